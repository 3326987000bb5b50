/**
 * The console as a new leader meets it, on a 1366×768 laptop and on a phone
 * as a second device (390×844): the running activity is at the top and can be
 * acted on without scrolling past it, the next activity starts straight from
 * the running one, "N har svart" is visible with the privacy curtain closed,
 * no button label wraps and nothing is wider than the screen. Tablets answer
 * over socket.io-client; the console is real Chromium.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { SeatView } from "../../shared/protocol.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { claimSeat, closeAllConnections, connect, TEST_SETUP_CODE, waitFor } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

/** Buttons whose label runs over more than one line, and sideways scrolling. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) {
      // Name the innermost elements that reach past the edge, so the failure says what to fix.
      const wide = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > innerWidth + 1));
      found.push(`page is ${document.documentElement.scrollWidth}px wide in ${innerWidth}px: ${wide.slice(0, 4).map((el) => `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join(".")} in ${el.parentElement?.className}`).join(", ")}`);
    }
    for (const b of document.querySelectorAll<HTMLElement>("button, a.button, summary")) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 || b.closest("[hidden], .visually-hidden")) continue;
      // The lines the visible words sit on (words only a screen reader gets are not on any line).
      const tops = new Set<number>();
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim() || n.parentElement?.closest(".visually-hidden")) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const x of range.getClientRects()) if (x.width > 1) tops.add(Math.round(x.top / 6));
      }
      if (tops.size > 1) found.push(`wrapped: «${b.textContent?.trim()}» (${tops.size} lines)`);
      if (r.right > innerWidth + 1) found.push(`outside: «${b.textContent?.trim()}»`);
      const panel = b.closest(".panel")?.getBoundingClientRect();
      if (panel && r.right > panel.right + 1) found.push(`sticks out of its panel: «${b.textContent?.trim()}»`);
    }
    return found;
  });
}

const inView = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });

describe("e2e: the console layout", () => {
  it("activity on top, next activity from the running one, response count, at 1366×768 and 390×844", { timeout: 120_000 }, async () => {
    const { page: host } = await e2e.open({ width: 1366, height: 768 }, "reduce");
    await host.goto(`${e2e.url}/host`);
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    await host.getByText("Tilkoblet").first().waitFor();
    expect(await layoutProblems(host), "lobby at 1366×768").toEqual([]);
    await screenshot(host, "console-lobby-1366x768");

    const tablets: ReturnType<typeof connect<SeatView>>[] = [];
    for (let i = 0; i < 4; i++) {
      const claim = await claimSeat(e2e.url, code, ALL_AVATARS[i]);
      const conn = connect<SeatView>(e2e.url, claim.token);
      await waitFor(conn, (s) => s.envelope !== null, 3000, "tablet");
      tablets.push(conn);
    }
    await host.getByText("her", { exact: true }).nth(3).waitFor();

    // ---- start the check-in: its panel is the first thing under the header
    await host.getByRole("button", { name: "Start Innsjekk", exact: true }).click();
    await host.getByRole("heading", { name: "Pågår nå: Innsjekk" }).waitFor();
    expect(await inView(host, "#activity-title")).toBe(true);
    const order = await host.evaluate(() => {
      const a = document.querySelector(".activity-panel")!.getBoundingClientRect().top;
      const p = document.querySelector("[aria-labelledby='pairing-title']")!.getBoundingClientRect().top;
      return a < p;
    });
    expect(order, "activity above the room panel").toBe(true);
    await host.getByText("0 har svart").waitFor();

    // ---- tablets answer: the leader sees how many, curtain closed, no names
    const answer = async (conn: (typeof tablets)[number], feeling: string) => {
      const a = conn.getSnapshot().envelope!.view.activity!;
      expect(await conn.send("activity:act", { activityId: a.id, action: { type: "answer", feeling } })).toMatchObject({ ok: true });
    };
    await answer(tablets[0], "glad");
    await answer(tablets[1], "trist");
    const pass = tablets[2].getSnapshot().envelope!.view.activity!;
    await tablets[2].send("activity:act", { activityId: pass.id, action: { type: "pass" } });
    await host.getByText("3 har svart").waitFor();
    await expect(host.getByRole("button", { name: "Personvernforheng lukket", exact: false }).count()).resolves.toBeGreaterThanOrEqual(0);
    expect(await inView(host, ".response-count")).toBe(true);
    expect(await layoutProblems(host), "check-in at 1366×768").toEqual([]);
    await screenshot(host, "console-checkin-1366x768");
    await expectAxeClean(host, "console with a running check-in");

    // ---- the next activity straight from the running one
    await host.getByLabel("Neste aktivitet").selectOption({ label: "Quiz: psykisk helse" }).catch(async () => {
      const labels = await host.locator("#next-activity option").allTextContents();
      await host.getByLabel("Neste aktivitet").selectOption({ label: labels.find((l) => /quiz/i.test(l))! });
    });
    await host.getByRole("button", { name: "Start neste" }).click();
    await host.getByRole("heading", { name: /^Pågår nå: Quiz/ }).waitFor();
    await host.getByText("0 har svart").waitFor();

    // ---- a phone as a second device
    await host.setViewportSize({ width: 390, height: 844 });
    await host.waitForTimeout(200);
    expect(await layoutProblems(host), "quiz at 390×844").toEqual([]);
    expect(await inView(host, "#activity-title")).toBe(true);
    await screenshot(host, "console-quiz-390x844");
    await expectAxeClean(host, "console on a phone");
  });
});
