/**
 * Check-in tools for 11+ through the real UI: the host sets the age band, runs a
 * thermometer check-in with three tablets (one adds "vil du si mer?" text that
 * only the host sees), then a check-out whose screen shows a k-safe change
 * picture. Screenshots of the screen after reveal; axe on every surface.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";
import { TEST_SETUP_CODE } from "../support/server.js";

const e2e = e2eSession();
const newPage = e2e.page;

describe("e2e: thermometer check-in and check-out for 11+", () => {
  it("runs through the UI with three tablets", { timeout: 120_000 }, async () => {
    const host = await newPage();
    await host.goto(`${e2e.url}/host`);
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    await host.getByLabel("Aldersgruppe").selectOption("11+");

    const screen = await newPage({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href")}`);
    await screen.getByText(code, { exact: true }).waitFor();

    const tablets: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await newPage({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join?code=${code}`);
      await page.locator(".avatar-button").first().click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }

    await host.getByRole("button", { name: "Start Innsjekk med termometer" }).click();
    for (const t of tablets) await t.getByRole("heading", { name: /Kjenn etter hva som er størst i deg nå/ }).waitFor();
    await expectAxeClean(tablets[0], "/join thermometer");
    const values = [8, 9, 2];
    for (const [i, t] of tablets.entries()) {
      await t.getByRole("button", { name: `${values[i]} av 10`, exact: true }).click();
      await t.getByText("Takk! Du kan endre svaret ditt").waitFor();
    }
    await tablets[2].getByLabel(/Vil du si mer/).fill("Jeg er redd for å gå hjem i dag");
    await tablets[2].getByRole("button", { name: "Send til de voksne" }).click();
    await tablets[2].getByText("Sendt til de voksne.").waitFor();
    await screenshot(tablets[2], "join-thermometer");

    // The leader sees the flagged note behind the curtain; the projector never does.
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("Mulig avsløring", { exact: false }).waitFor();
    await host.getByText("Jeg er redd for å gå hjem i dag").waitFor();
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();

    await host.getByRole("button", { name: "Vis gruppebildet på skjermen" }).click();
    await screen.getByRole("heading", { name: "Rommet i dag" }).waitFor();
    // 3 answered, k = 3: the light band has 2 (< k), so nothing but merged words can show.
    // And no number at all on the projector: amounts are words and relative sizes.
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);
    await expect(screen.locator(".picture-word").count()).resolves.toBeGreaterThan(0);
    await expect(screen.getByText(/hjem|redd/).count()).resolves.toBe(0);
    await screenshot(screen, "screen-thermometer-11plus");
    await expectAxeClean(screen, "/screen thermometer");

    // Check-out straight away; every tablet now feels lighter.
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();
    await host.getByRole("button", { name: "Start Utsjekk" }).click();
    for (const t of tablets) {
      await t.getByRole("heading", { name: /Hvordan har du det nå, etter det vi har gjort i dag/ }).waitFor();
      await t.getByRole("button", { name: "10 av 10", exact: true }).click();
      await t.getByRole("button", { name: "Jeg er ikke alene" }).click();
    }
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("før: 2 av 10").waitFor();
    await host.getByRole("button", { name: "Vis gruppebildet på skjermen" }).click();
    await screen.getByRole("heading", { name: "Sammenlignet med innsjekken" }).waitFor();
    await screen.getByText("Dette tar vi med oss").waitFor();
    await screenshot(screen, "screen-checkout-change");
    await expectAxeClean(screen, "/screen check-out");
    await expectAxeClean(host, "/host check-out with curtain open");

    // Same screen in the 8–10 band: the faces check-in reads the simpler prompt.
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();
    await host.getByLabel("Aldersgruppe").selectOption("8-10");
    await host.getByRole("button", { name: "Start Innsjekk", exact: true }).click();
    await tablets[0].getByRole("heading", { name: "Hvordan har du det i dag?", exact: true }).waitFor();
    for (const t of tablets) await t.getByRole("button", { name: "rolig", exact: true }).click();
    await host.getByRole("button", { name: "Vis gruppebildet på skjermen" }).click();
    await screen.locator(".picture-item", { hasText: "rolig" }).getByText("mange").waitFor();
    await screenshot(screen, "screen-faces-8-10");
  });
});
