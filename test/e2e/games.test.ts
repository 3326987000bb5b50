/**
 * The cooperative games through the real UI in real Chromium: one host, a
 * projector (plus a second projector with prefers-reduced-motion) and three
 * tablets (separate browser contexts, one with reduced motion) play Ballongen
 * (with a soft "Nesten!" and trying again) and Bygg sammen, with a
 * celebration and a calm-down in between. Screenshots of the screen at start,
 * midway and success; axe on every surface; no running animation where the
 * user asked for reduced motion; the help button on every tablet throughout.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { e2eSession, expectAxeClean as expectAxeCleanNow, screenshot } from "./browser.js";
import { TEST_SETUP_CODE } from "../support/server.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
const newPage = e2e.page;

async function expectAxeClean(page: Page, label: string) {
  await settle(page);
  await expectAxeCleanNow(page, label);
}

/** Let one-off entrance animations finish (endless, gentle ones keep going) before a screenshot or an axe run. */
async function settle(page: Page) {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => {
        const timing = a.effect?.getComputedTiming();
        // Endless or long ones (drifting clouds, a breathing guide) are the calm life of the screen.
        // Transitions (the balloon gliding up between updates) never need waiting for either.
        if (typeof CSSTransition !== "undefined" && a instanceof CSSTransition) return true;
        return a.playState !== "running" || timing?.iterations === Infinity || Number(timing?.activeDuration ?? 0) > 5000;
      }),
    undefined,
    { timeout: 5000, polling: 50 },
  );
}

async function shot(page: Page, name: string) {
  await settle(page);
  await screenshot(page, name);
}

const runningAnimations = (page: Page) => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length);

/** Percent of the way up, from the scene's accessible label ("Ballongen er 40 prosent av veien opp"). */
async function waitForHeight(screen: Page, percent: number) {
  await screen.waitForFunction(
    (min) => {
      const label = document.querySelector(".ballongen-scene")?.getAttribute("aria-label") ?? "";
      const n = Number(/(\d+) prosent/.exec(label)?.[1] ?? "0");
      return n >= min;
    },
    percent,
    { timeout: 20_000, polling: 100 },
  );
}

async function pressHold(page: Page) {
  const button = page.getByRole("button", { name: /^(Hold|Du holder)$/ });
  await button.waitFor();
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.getByRole("button", { name: "Du holder" }).waitFor();
}

describe("e2e: cooperative games", () => {
  it("Ballongen and Bygg sammen with three tablets", { timeout: 180_000 }, async () => {
    // --- host signs up and opens a room
    const host = await newPage({ width: 1280, height: 900 }, "reduce");
    await host.goto(`${e2e.url}/host`);
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    const screenHref = (await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href"))!;

    // --- two projectors: one as usual (for the screenshots), one that asked for reduced motion
    const screen = await newPage({ width: 1280, height: 800 }, "no-preference");
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();
    const calmScreen = await newPage({ width: 1280, height: 800 }, "reduce");
    await calmScreen.goto(`${e2e.url}${screenHref}`);
    await calmScreen.getByText(code, { exact: true }).waitFor();
    // --- three tablets join (the first asked for reduced motion)
    const tablets: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await newPage({ width: 820, height: 1180 }, i === 0 ? "reduce" : "no-preference");
      await page.goto(`${e2e.url}/join?code=${code}`);
      await page.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
      await page.locator(".avatar-button").nth(i).click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }
    await host.getByText("her", { exact: true }).nth(2).waitFor();
    // ================= Ballongen =================
    await host.getByRole("button", { name: "Start Ballongen – kort prøverunde" }).click();
    await screen.getByRole("heading", { name: "Ballongen" }).waitFor();
    for (const t of tablets) await t.getByRole("button", { name: "Hold", exact: true }).waitFor();
    await screen.locator(".breath-word").filter({ hasText: /Pust (inn og hold|ut og slipp)/ }).waitFor();
    await shot(screen, "games-ballongen-start");
    await expectAxeClean(screen, "/screen Ballongen");
    await expectAxeClean(tablets[0], "/join Ballongen");
    // The projector is alive (drifting clouds, a swaying balloon, the breathing circle) …
    expect(await runningAnimations(screen)).toBeGreaterThan(0);
    // … and still where reduced motion was asked for.
    expect(await runningAnimations(calmScreen)).toBe(0);
    expect(await runningAnimations(tablets[0])).toBe(0);

    // Everyone holds; the host makes it a little easier, live.
    for (const t of tablets) await pressHold(t);
    await host.getByRole("button", { name: "Lettere" }).click();
    await host.getByText("Nivå 2 av 5").waitFor();

    // The soft ending early on: "Nesten!" keeps the height; trying again carries on from it.
    await waitForHeight(screen, 15);
    await host.getByRole("button", { name: "Nesten! Avslutt mykt" }).click();
    await screen.getByText("Nesten! Vi prøver igjen sammen").waitFor();
    for (const t of tablets) {
      await t.getByText("Nesten! Vi prøver igjen sammen").waitFor();
      await t.mouse.up();
    }
    await shot(screen, "games-ballongen-almost");
    await host.getByRole("button", { name: "Prøv igjen sammen" }).click();
    for (const t of tablets) await pressHold(t);

    // Midway, still rising.
    await waitForHeight(screen, 45);
    await shot(screen, "games-ballongen-midway");
    await shot(tablets[1], "games-tablet-ballongen");
    expect(await runningAnimations(calmScreen)).toBe(0);
    await screen.getByText("Ballongen nådde toppen! Vi klarte det sammen!").waitFor({ timeout: 25_000 });
    for (const t of tablets) await t.mouse.up();
    await shot(screen, "games-ballongen-success");
    // The shared goal: one lamp, on every screen.
    await screen.getByText("Fyret: 1 av 5 lys tent").waitFor();
    for (const t of tablets) await t.getByRole("button", { name: "Jeg vil snakke med en voksen" }).waitFor();

    // The leader names the strengths the group used.
    await host.getByText("Hva gjorde at vi klarte det?").waitFor();
    // Only real strengths to pick from: no generic "Flink!".
    await expect(host.getByLabel(/flink/i).count()).resolves.toBe(0);
    await host.getByLabel("Dere samarbeidet").check();
    await host.getByLabel("Dere ga ikke opp").check();
    await host.getByRole("button", { name: "Vis feiringen" }).click();
    await screen.getByRole("heading", { name: "Dere klarte det sammen!" }).waitFor();
    await screen.getByText("Dere ga ikke opp").waitFor();
    await shot(screen, "games-celebration");
    await expectAxeClean(screen, "/screen celebration");
    await tablets[1].getByText("Dere samarbeidet").waitFor();
    await host.getByRole("button", { name: "Ta bort feiringen" }).click();
    // ================= Pusterommet =================
    await host.getByRole("button", { name: "Start Pusterommet" }).click();
    await screen.getByRole("heading", { name: "Pusterommet" }).waitFor();
    for (const t of tablets) {
      await t.getByRole("heading", { name: "Pusterommet" }).waitFor();
      // "Jeg vil snakke med en voksen" stays on every tablet, also during the calm-down.
      await expect(t.getByRole("button", { name: "Jeg vil snakke med en voksen" }).isVisible()).resolves.toBe(true);
    }
    await screen.locator(".breath-word", { hasText: "Pust inn" }).waitFor({ timeout: 5000 });
    await shot(screen, "games-calm");
    await shot(tablets[2], "games-tablet-calm");
    expect(await runningAnimations(calmScreen)).toBe(0);
    expect(await runningAnimations(screen)).toBeGreaterThan(0);
    await expectAxeClean(tablets[0], "/join calm-down");
    await host.getByRole("button", { name: "Avslutt Pusterommet" }).click();
    // Back where everyone was: the finished balloon round.
    await screen.getByText("Ballongen nådde toppen! Vi klarte det sammen!").waitFor();
    await tablets[2].getByText("Vi klarte det sammen!").waitFor();
    // ================= Bygg sammen =================
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();
    await host.getByRole("button", { name: "Start Bygg sammen: regnbuen" }).click();
    await screen.getByRole("heading", { name: "Bygg sammen: Regnbuen" }).waitFor();
    for (const t of tablets) await t.getByRole("heading", { name: "Dine brikker" }).waitFor();
    await shot(screen, "games-bygg-start");
    await shot(tablets[1], "games-tablet-bygg");
    await expectAxeClean(tablets[1], "/join Bygg sammen");
    // Every tablet has its own pieces.
    const counts = await Promise.all(tablets.map((t) => t.getByRole("button", { name: /^Legg på/ }).count()));
    expect(counts.every((n) => n > 0)).toBe(true);
    // One tablet hands a piece on.
    await tablets[0].getByRole("button", { name: /^Gi bort/ }).first().click();
    await tablets[0].getByRole("button", { name: "Til noen som trenger den" }).click();
    await tablets[0].getByText("Brikken ble gitt videre.").waitFor();
    // Place pieces until about half the picture is there, then the rest.
    // "none": this tablet has no piece left; "placed": one went on; "moved": its last piece went
    // between counting and reading (placed or handed on), so there is nothing to read.
    const placeOne = async (t: Page): Promise<"none" | "placed" | "moved"> => {
      const buttons = t.getByRole("button", { name: /^Legg på/ });
      if ((await buttons.count()) === 0) return "none";
      // Hold on to the very element (not a name: the button's accessible name is not its text),
      // so the click and the wait are about the same piece. Bounded for the last-button race.
      const handle = await buttons.first().elementHandle({ timeout: 15_000 }).catch(() => null);
      if (!handle) return "moved";
      await handle.click();
      await t.waitForFunction((el) => !el.isConnected, handle);
      return "placed";
    };
    for (const t of tablets) await placeOne(t);
    for (const t of tablets) await placeOne(t);
    await shot(screen, "games-bygg-midway");
    expect(await runningAnimations(calmScreen)).toBe(0);
    for (let guard = 0; guard < 80; guard++) {
      const results = [];
      for (const t of tablets) results.push(await placeOne(t));
      if (results.every((r) => r === "none")) break;
    }
    await screen.getByText("Bildet er ferdig! Dere bygde det sammen!").waitFor();
    await shot(screen, "games-bygg-success");
    await expectAxeClean(screen, "/screen Bygg sammen success");
    await expectAxeClean(host, "/host Bygg sammen");
    await shot(host, "games-host-bygg");
    await screen.getByText("Fyret: 2 av 5 lys tent").waitFor();
    expect(await runningAnimations(calmScreen)).toBe(0);
    for (const t of tablets) await expect(t.getByRole("button", { name: "Jeg vil snakke med en voksen" }).isVisible()).resolves.toBe(true);

    // The projector never showed an avatar during the games, nor any number per tablet.
    const text = await screen.locator("main").innerText();
    expect(text).not.toMatch(/rev|bjørn|ugle|poeng|vinner/i);
  });
});
