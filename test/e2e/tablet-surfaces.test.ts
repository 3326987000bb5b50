/**
 * The child's tablet without font or reading barriers, in both orientations a
 * group's tablets are held (768×1024 and 1024×768): avatars and icons drawn as
 * SVG (no character from an emoji font anywhere), no clipped label, round
 * avatar circles, every target at least 44 px, nothing wider than the screen;
 * a reload on the avatar picker keeps the code; "between activities" after the
 * leader returns to the lobby; text size and high contrast per tablet (kept
 * over a reload); forced colours. Every activity is visited on both tablets
 * with axe (WCAG 2.1 AA + 2.2 AA) and a screenshot (tablet-*.png).
 * The host drives the room over socket.io-client; the tablets are real Chromium.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { HostView } from "../../shared/protocol.js";
import { closeAllConnections, connect, facilitator, openRoom, waitFor } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };

/** What would trip a child up on this page: emoji, clipped words, ovals, small targets, sideways scrolling. */
function barriers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} «${(el.textContent ?? "").trim().slice(0, 30)}»`;
    const shown = (el: Element) => {
      if (el.closest("[hidden], .visually-hidden, details:not([open]) > :not(summary)")) return false;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.display !== "none" && s.visibility !== "hidden" && r.width > 0 && r.height > 0;
    };
    // Any character an emoji font would be needed for (empty boxes where there is none).
    const text = document.body.innerText;
    const emoji = text.match(/\p{Extended_Pictographic}/gu)?.filter((c) => !/[©®™↔↕⏸▶◀✓✗✔✕✦✿★☆⚠✉↑↓←→▸▾]/u.test(c));
    if (emoji?.length) found.push(`emoji: ${[...new Set(emoji)].join(" ")}`);
    if (document.documentElement.scrollWidth > innerWidth) found.push(`page is ${document.documentElement.scrollWidth}px wide in ${innerWidth}px`);
    for (const el of document.querySelectorAll(".avatar-label, .avatar-button, button, .button, .qb-starter")) {
      if (!shown(el) || !(el instanceof HTMLElement)) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`clipped: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    for (const el of document.querySelectorAll(".avatar-glyph")) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (Math.abs(r.width - r.height) > 1) found.push(`oval avatar ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    // Targets: what a finger presses. A checkbox's target is its label.
    const targets = [...document.querySelectorAll("button, a[href], select, summary, input:not([type=checkbox]):not([type=radio]), label.check")];
    for (const el of targets) {
      if (!shown(el) || el.closest(".check") !== null && el.tagName !== "LABEL") continue;
      const r = el.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) found.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${name(el)}`);
    }
    return found;
  });
}

async function settle(page: Page) {
  await page.waitForFunction(() => ![...document.querySelectorAll("p.calm-note")].some((p) => p.textContent === "…"), undefined, { timeout: 5000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function check(page: Page, label: string) {
  await settle(page);
  expect(await barriers(page), label).toEqual([]);
  await screenshot(page, `tablet-${label}`);
}

describe("e2e: tablets without barriers", () => {
  it("every activity in both orientations, display settings, reload and wording", { timeout: 180_000 }, async () => {
    const api = await facilitator(e2e.url);
    const room = await openRoom(api);
    const host = connect<HostView>(e2e.url, room.hostToken);
    await waitFor(host, (s) => s.envelope !== null, 3000, "host view");

    // ---------- portrait: the code typed by hand, then a reload on the avatar picker keeps it
    const portrait = await e2e.page(PORTRAIT, "reduce");
    await portrait.goto(`${e2e.url}/join`);
    await portrait.getByLabel("Skriv koden du ser på skjermen").fill(room.code);
    await portrait.getByRole("button", { name: "Neste" }).click();
    await portrait.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
    await portrait.reload();
    await portrait.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
    await check(portrait, "avatar-picker-portrait");
    await expectAxeClean(portrait, "avatar picker, portrait");

    // ---------- landscape: the long animal names fit too
    const landscape = await e2e.page(LANDSCAPE, "reduce");
    await landscape.goto(`${e2e.url}/join?code=${room.code}`);
    await landscape.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
    await check(landscape, "avatar-picker-landscape");

    await portrait.getByRole("button", { name: /pinnsvin/ }).first().click();
    await portrait.getByRole("heading", { name: "Du er med!" }).waitFor();
    await landscape.getByRole("button", { name: /skilpadde/ }).first().click();
    await landscape.getByRole("heading", { name: "Du er med!" }).waitFor();
    await check(portrait, "lobby-portrait");
    await check(landscape, "lobby-landscape");
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 2, 5000, "two tablets");

    const start = async (kind: string, config: unknown) => {
      expect(await host.send("activity:start", { kind, config }), kind).toMatchObject({ ok: true });
      await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, kind);
    };
    const stop = async () => {
      const a = host.getSnapshot().envelope!.view.activity!;
      expect(await host.send("activity:stop", { activityId: a.id })).toMatchObject({ ok: true });
    };
    const activities: [string, string, unknown][] = [
      ["checkin", "checkin", { moment: "checkin" }],
      ["thermometer", "checkin", { moment: "checkin", tool: "thermometer" }],
      ["grid", "checkin", { moment: "checkin", tool: "grid" }],
      ["checkout", "checkin", { moment: "checkout" }],
      ["quiz", "quiz", { deck: "skyld" }],
      ["questionbox", "questionbox", {}],
      ["questionbox-starters", "questionbox", { allowFreeText: false }],
      ["wordcloud", "wordcloud", { prompt: "Hva gjør deg glad?", maxPerSeat: 1 }],
      ["detective", "detective", { rounds: 1 }],
      ["ballongen", "ballongen", { targetSeconds: 60, pattern: "4-5" }],
      ["byggsammen", "byggsammen", { motif: "regnbue" }],
      ["styrkehagen", "styrkehagen", { allowText: true, perSeat: 3 }],
      ["hvahjelper", "hvahjelper", {}],
    ];
    for (const [label, kind, config] of activities) {
      await start(kind, config);
      for (const [page, orientation] of [[portrait, "portrait"], [landscape, "landscape"]] as const) {
        // The activity is on the tablet: the lobby is gone and its view has loaded.
        await page.waitForFunction(() => !document.querySelector(".tablet-page .lobby") && !!document.querySelector(".tablet-page h1, .tablet-page h2"), undefined, { timeout: 5000 });
        await check(page, `${label}-${orientation}`);
      }
      await expectAxeClean(portrait, `tablet ${label}`);
      await stop();
    }

    // ---------- back in the lobby mid-session: between activities, not "we start soon"
    await portrait.getByRole("heading", { name: "Litt pause" }).waitFor();
    await expect(portrait.getByText("Vi er mellom to aktiviteter", { exact: false }).isVisible()).resolves.toBe(true);
    await expect(portrait.getByText("Vi venter på at vi skal begynne").count()).resolves.toBe(0);
    await check(portrait, "between-portrait");

    // ---------- text size and high contrast on this tablet only, kept over a reload
    const rootSize = (p: Page) => p.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize(portrait);
    await portrait.getByText("Visning").click();
    await portrait.getByRole("button", { name: "Stor tekst" }).click();
    await portrait.getByRole("button", { name: "Sterk kontrast" }).click();
    expect(await rootSize(portrait)).toBeGreaterThan(before * 1.15);
    await expect(portrait.getByRole("button", { name: "Stor tekst" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await check(portrait, "large-contrast-portrait");
    await expectAxeClean(portrait, "tablet, large text and high contrast");
    await portrait.reload();
    await portrait.getByRole("heading", { name: "Litt pause" }).waitFor();
    expect(await rootSize(portrait)).toBeGreaterThan(before * 1.15);
    expect(await portrait.evaluate(() => document.documentElement.classList.contains("theme-contrast"))).toBe(true);
    // The other tablet did not change.
    expect(await rootSize(landscape)).toBe(before);
    // A running activity in large text still fits the portrait tablet.
    await start("quiz", { deck: "skyld" });
    await portrait.getByText("Er det barnets skyld", { exact: false }).first().waitFor();
    await check(portrait, "quiz-large-contrast-portrait");
    await expectAxeClean(portrait, "quiz, large text and high contrast");
    await stop();

    // ---------- forced colours (Windows high contrast) keep every control visible and axe-clean
    await landscape.emulateMedia({ forcedColors: "active" });
    await start("checkin", { moment: "checkin" });
    await landscape.getByText("Hvordan har du det i dag?").first().waitFor();
    await check(landscape, "checkin-forced-colors-landscape");
    await expectAxeClean(landscape, "check-in, forced colours");
    await stop();
  });
});
