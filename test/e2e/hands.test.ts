/**
 * "Jeg vil si noe" as people use it, in real Chromium: two tablets (portrait and landscape) raise
 * their hands in the lobby and during a check-in, the console shows a neutral count with the
 * privacy curtain closed and the ordered list (avatar, time) on "Vis hvem", the leader lowers one
 * and then all, and the projector never shows a thing about it. axe on every surface.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createFirstAccount, e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });

async function joinTablet(code: string, viewport: { width: number; height: number }): Promise<{ page: Page; avatar: string }> {
  const page = await e2e.page(viewport);
  await page.goto(`${e2e.url}/join`);
  await page.getByLabel("Skriv koden du ser på skjermen").fill(code);
  await page.getByRole("button", { name: "Neste" }).click();
  await page.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
  const first = page.locator(".avatar-button").first();
  const avatar = (await first.locator(".avatar-label").textContent())!;
  await first.click();
  await page.getByRole("heading", { name: "Du er med!" }).waitFor();
  return { page, avatar };
}

const handButton = (page: Page) => page.getByRole("button", { name: "Jeg vil si noe" });
const handList = (host: Page) => host.locator("#hand-list li .avatar-label").allTextContents();

describe("e2e: Jeg vil si noe", () => {
  it("tablets raise and lower, the leader sees the line in order and lowers it, the projector shows nothing", { timeout: 120_000 }, async () => {
    const host = await e2e.page({ width: 1366, height: 768 });
    await createFirstAccount(host, e2e.url);
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    await host.getByText("Tilkoblet").first().waitFor();
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const screen = await e2e.page({ width: 1920, height: 1080 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();

    const a = await joinTablet(code, { width: 768, height: 1024 });
    const b = await joinTablet(code, { width: 1024, height: 768 });
    await host.getByText("Ingen hender oppe").waitFor();

    // ---- lobby: the first child raises its hand
    await handButton(a.page).click();
    await a.page.getByText("Hånden din er oppe. De voksne ser det.").waitFor();
    expect(await handButton(a.page).getAttribute("aria-pressed")).toBe("true");
    // It is not the help button: no help alert, no help confirmation.
    await expect(a.page.getByText("En voksen kommer til deg.").count()).resolves.toBe(0);
    await expectAxeClean(a.page, "tablet lobby, hand up");
    await screenshot(a.page, "hand-tablet-lobby-up-768x1024");

    // ---- the console: a neutral count while the curtain is closed, the list only on "Vis hvem"
    await host.getByText("1 vil si noe").waitFor();
    expect(await host.locator("#hand-list").count()).toBe(0);
    await expect(host.locator(".sg-count").textContent()).resolves.toContain("Ingenting venter nå");
    await host.getByRole("button", { name: "Vis hvem" }).click();
    expect(await handList(host)).toEqual([a.avatar]);
    await expect(host.locator("#hand-list li").first().textContent()).resolves.toMatch(/kl\. \d{2}[.:]\d{2}/);

    // ---- during a check-in the second child raises its hand (landscape): it goes after the first
    await host.getByRole("button", { name: "Start Innsjekk", exact: true }).click();
    await b.page.getByRole("heading", { name: "Hvordan har du det i dag?" }).waitFor();
    await handButton(b.page).click();
    await b.page.getByText("Hånden din er oppe. De voksne ser det.").waitFor();
    await expectAxeClean(b.page, "tablet check-in, hand up");
    await screenshot(b.page, "hand-tablet-checkin-up-1024x768");
    await host.getByText("2 vil si noe").waitFor();
    expect(await handList(host)).toEqual([a.avatar, b.avatar]);
    await expectAxeClean(host, "console with two hands up");
    await screenshot(host, "hand-console-two-up-1366x768");

    // ---- the projector: nothing of it, in the lobby or the check-in
    const screenText = (await screen.locator("body").innerText()).toLowerCase();
    expect(screenText).not.toContain("si noe");
    expect(screenText).not.toContain("hånd");
    expect(await screen.locator(".hand-area, .hands-panel, #hand-list").count()).toBe(0);

    // ---- the leader lowers the first (its turn); the second child lowers its own
    await host.getByRole("button", { name: `Ta ned ${a.avatar}` }).click();
    await host.getByText("1 vil si noe").waitFor();
    await a.page.getByText("Hånden din er oppe").waitFor({ state: "detached" });
    expect(await handButton(a.page).getAttribute("aria-pressed")).toBe("false");
    await handButton(b.page).click();
    await host.getByText("Ingen hender oppe").waitFor();
    expect(await handButton(b.page).getAttribute("aria-pressed")).toBe("false");

    // ---- both up again, then "Ta ned alle"
    await handButton(b.page).click();
    await handButton(a.page).click();
    await host.getByText("2 vil si noe").waitFor();
    expect(await handList(host)).toEqual([b.avatar, a.avatar]);
    await host.getByRole("button", { name: "Ta ned alle" }).click();
    await host.getByText("Ingen hender oppe").waitFor();
    for (const t of [a, b]) await t.page.getByText("Hånden din er oppe").waitFor({ state: "detached" });
  });
});
