/**
 * The whole foundation flow through the real UI in real Chromium: one host,
 * one projector and three tablets (separate browser contexts) run a check-in.
 * One tablet goes offline and comes back as the same seat with the current
 * view. axe checks every surface for WCAG 2.1 AA; screenshots are saved.
 */
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";
import { TEST_SETUP_CODE } from "../support/server.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
const newPage = e2e.open;

describe("e2e: host, screen and three tablets run a check-in", () => {
  it("runs the whole flow through the UI", { timeout: 120_000 }, async () => {
    // --- host: first account, sign in, open a room
    const { page: host } = await newPage();
    await host.goto(`${e2e.url}/host`);
    await host.getByRole("heading", { name: "Opprett den første lederkontoen" }).waitFor();
    await expectAxeClean(host, "/host setup");
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    await host.getByText("Tilkoblet").waitFor();

    // --- projector, paired through the console's link
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const { page: screen } = await newPage({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();
    await screen.locator("img.qr").waitFor({ state: "visible" });
    expect(await screen.locator("img.qr").count()).toBe(1);
    const qrOk = await screen.locator("img.qr").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(qrOk).toBe(true);

    // --- three tablets join with the code and pick an avatar each
    const tablets: { context: BrowserContext; page: Page; avatar: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const { context, page } = await newPage({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join`);
      await page.getByLabel("Skriv koden du ser på skjermen").fill(code.toLowerCase());
      await page.getByRole("button", { name: "Neste" }).click();
      await page.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
      if (i === 0) {
        await expectAxeClean(page, "/join avatar picker");
        await screenshot(page, "join-avatar-picker");
      }
      const first = page.locator(".avatar-button").first();
      const avatar = (await first.locator(".avatar-label").textContent())!;
      await first.click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push({ context, page, avatar });
    }
    expect(new Set(tablets.map((t) => t.avatar)).size).toBe(3);
    await screen.locator(".lobby-avatars li").nth(2).waitFor();
    await screenshot(screen, "screen-lobby");
    await expectAxeClean(screen, "/screen lobby");
    await expectAxeClean(tablets[0].page, "/join lobby");
    await screenshot(tablets[0].page, "join-lobby");

    // --- host sees who is here and starts the check-in
    await host.getByText("her", { exact: true }).nth(2).waitFor();
    await host.getByRole("button", { name: "Start Innsjekk", exact: true }).click();
    for (const t of tablets) await t.page.getByRole("heading", { name: "Hvordan har du det i dag?" }).waitFor();
    await screen.getByRole("heading", { name: "Hvordan har du det i dag?" }).waitFor();
    await expectAxeClean(tablets[0].page, "/join check-in");

    // Two tablets answer; the third goes offline before answering.
    for (const t of tablets.slice(0, 2)) {
      await t.page.getByRole("button", { name: "glad", exact: true }).click();
      await t.page.getByRole("button", { name: "veldig" }).click();
      await t.page.getByText("Takk! Du kan endre svaret ditt").waitFor();
    }
    await screenshot(tablets[0].page, "join-checkin-answered");
    const offline = tablets[2];
    await offline.context.setOffline(true);
    await offline.page.getByText(/Kobler til igjen|Frakoblet/).waitFor();
    await host.getByText("borte en liten stund").waitFor();

    // The curtain starts closed: no per-seat answers on the console until the leader opens it.
    await expect(host.getByText("Svar fra hvert nettbrett").count()).resolves.toBe(0);
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByRole("heading", { name: "Svar fra hvert nettbrett" }).waitFor();
    await expect(host.getByText("glad (veldig)").count()).resolves.toBe(2);
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();

    // Back online: the same seat, the current view, and it can answer.
    await offline.context.setOffline(false);
    await offline.page.getByText("Tilkoblet").waitFor({ timeout: 15_000 });
    await expect(offline.page.locator(".tablet-header .avatar-label").textContent()).resolves.toBe(offline.avatar);
    await offline.page.getByRole("button", { name: "glad", exact: true }).click();
    await offline.page.getByText("Takk! Du kan endre svaret ditt").waitFor();
    await host.getByText("her", { exact: true }).nth(2).waitFor();

    // Nothing is projected before the leader reveals; then only the k-safe picture.
    await expect(screen.getByText("glad").count()).resolves.toBe(0);
    await host.getByRole("button", { name: "Vis gruppebildet på skjermen" }).click();
    await screen.getByRole("heading", { name: "Rommet i dag" }).waitFor();
    // A word and a relative size, never a number (no total to read the passes from).
    await screen.locator(".picture-item", { hasText: "glad" }).getByText("mange").waitFor();
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);
    await screenshot(screen, "screen-checkin-picture");
    await expectAxeClean(screen, "/screen check-in picture");
    for (const t of tablets) await t.page.getByText("Se på skjermen. Der ser vi hele gruppa sammen.").waitFor();

    // Help: a tablet asks for an adult; the host's strip gets a neutral count, the screen nothing.
    await tablets[1].page.getByRole("button", { name: "Jeg vil snakke med en voksen" }).click();
    await tablets[1].page.getByText("En voksen kommer til deg.").waitFor();
    await host.getByText("1 ting bør leses").waitFor();
    await expect(screen.getByText(/ting bør leses|voksen/).count()).resolves.toBe(0);
    await screenshot(host, "host-console");
    await expectAxeClean(host, "/host console");
    await host.getByRole("button", { name: "Vis listen" }).click();
    await host.getByRole("button", { name: /Åpne nummer 1/ }).click();
    await host.locator(".sg-item-body").getByText(tablets[1].avatar).waitFor();
    await screenshot(host, "host-console-alert-open");
    await host.getByRole("button", { name: "Jeg har sett det" }).click();
    await host.getByText("Ingenting venter nå").waitFor();

    // A host action the server refuses is shown to the leader, and changes nothing. (An option
    // the console does not offer, as a stale console might send: k above the protocol's 10.)
    await host.locator("#setting-k").evaluate((el: HTMLSelectElement) => el.add(new Option("11", "11")));
    await host.locator("#setting-k").selectOption("11");
    await host.getByRole("alert").filter({ hasText: "Det gikk ikke. Prøv igjen." }).waitFor();
    await expect(host.locator("#setting-k").inputValue()).resolves.toBe("3");

    // End: nothing is open, so a plain confirmation; every tablet is told, clears its storage and goes back to the start.
    await host.getByRole("button", { name: "Avslutt økta" }).click();
    await host.getByRole("button", { name: "Ja, gjør det" }).click();
    for (const t of tablets) {
      await t.page.getByRole("heading", { name: "Takk for i dag!" }).waitFor();
      expect(await t.page.evaluate(() => localStorage.getItem("sammen.seat"))).toBeNull();
    }
    await screen.getByText("Takk for i dag!").waitFor();
    await screenshot(tablets[0].page, "join-ended");
    expect(e2e.server.sammen.registry.stats()).toEqual({ rooms: 0, seats: 0 });
  });
});
