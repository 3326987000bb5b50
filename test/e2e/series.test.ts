/**
 * A group's series through the real UI in real Chromium: a leader makes a plan
 * from the ritual template (two meetings), a group that follows it, opens the
 * group's next meeting (its agenda on top of the console), runs two steps with
 * two tablets (Neste by button and by keyboard), ends the meeting, opens the
 * group's next meeting, exports the plan and imports it on a fresh server.
 * axe checks the series page, the plan editor and the console with its agenda.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { e2eSession, expectAxeClean, launchBrowser, screenshot } from "./browser.js";
import { startServer, TEST_SETUP_CODE } from "../support/server.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });

/** A plan in the plans list (its title is also an option in the group form). */
const planItem = (page: Page, title: string) => page.locator(".series-list strong", { hasText: title });

async function firstAccount(page: Page, url: string) {
  await page.goto(`${url}/host`);
  await page.getByRole("heading", { name: "Opprett den første lederkontoen" }).waitFor();
  await page.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
  await page.getByLabel("Brukernavn").fill("leder");
  await page.getByLabel("Passord").fill("et-langt-passord-123");
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await page.getByRole("heading", { name: "Planer" }).waitFor();
}

describe("e2e: a group's series", () => {
  it("plan from the template, a group, two steps with two tablets, the next meeting, export and import", { timeout: 180_000 }, async () => {
    const { page: host } = await e2e.open({ width: 1280, height: 900 });
    await firstAccount(host, e2e.url);
    await planItem(host, "Eksempelserie: 12 gruppemøter og 2 foreldremøter").waitFor();
    await expectAxeClean(host, "/host series page");

    // --- a new plan from the ritual template, with a second meeting
    await host.getByRole("button", { name: "Ny plan" }).click();
    await host.getByRole("heading", { name: "Ny plan", level: 2 }).waitFor();
    await host.getByLabel("Planens navn").fill("Torsdagsplanen");
    await host.getByRole("button", { name: "Legg til møte" }).click();
    await host.getByText("Møte 2: Møte 2").waitFor();
    // Meeting 2 gets a quiz step playing a deck from the content library.
    await host.getByLabel("Type steg").nth(1).selectOption({ label: "Quiz" });
    await host.getByRole("button", { name: "Legg til steg" }).nth(1).click();
    await host.getByLabel("Kortstokk").selectOption({ label: "Følelser i kroppen (innebygd)" });
    await expectAxeClean(host, "plan editor");
    await screenshot(host, "series-plan-editor");
    await host.getByRole("button", { name: "Lagre" }).last().click();
    await host.getByText("Lagret.").waitFor();
    await host.getByRole("button", { name: "← Tilbake til planene" }).click();
    await planItem(host, "Torsdagsplanen").waitFor();

    // --- a group that follows it
    await host.getByText("Lag en ny gruppe", { exact: true }).click();
    await host.getByLabel("Navn på gruppa").fill("Torsdagsgruppa høst 2027");
    await host.getByLabel("Plan", { exact: true }).selectOption({ label: "Torsdagsplanen" });
    await host.getByRole("button", { name: "Lag gruppa" }).click();
    await host.getByRole("heading", { name: "Grupper" }).waitFor();
    await host.getByRole("button", { name: "Åpne møtet: Møte 1" }).waitFor();
    await expectAxeClean(host, "/host with a group");
    await screenshot(host, "series-home");

    // --- open the group's next meeting: the agenda is on top of the console
    await host.getByRole("button", { name: "Åpne møtet: Møte 1" }).click();
    await host.getByRole("heading", { name: "Dagens plan: Møte 1" }).waitFor();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    await host.getByText("Ikke startet. Første steg: Ankomst og måltid").waitFor();

    // --- two tablets
    const tablets: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const { page } = await e2e.open({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join`);
      await page.getByLabel("Skriv koden du ser på skjermen").fill(code.toLowerCase());
      await page.getByRole("button", { name: "Neste" }).click();
      await page.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
      await page.locator(".avatar-button").nth(i).click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }

    // Step 1 (the meal) by the button, step 2 (the check-in) by the keyboard.
    await host.getByRole("button", { name: "Start møtet →" }).click();
    await host.getByText("Steg 1 av 6").waitFor();
    await host.getByText("Vi starter alltid med et måltid", { exact: false }).waitFor();
    await host.keyboard.press("Alt+ArrowRight");
    await host.getByText("Steg 2 av 6").waitFor();
    for (const t of tablets) await t.getByRole("heading", { name: "Hvordan har du det i dag?" }).waitFor();
    for (const t of tablets) {
      await t.getByRole("button", { name: "glad", exact: true }).click();
      await t.getByText("Takk! Du kan endre svaret ditt").waitFor();
    }
    // The agenda and its notes are the leader's: no tablet shows them.
    for (const t of tablets) expect(await t.getByText("Dagens plan").count()).toBe(0);
    // The soft clock shows only behind the open curtain.
    await host.getByText("Klokka vises bare når personvernteppet er åpent.").waitFor();
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText(/min i dette steget · planlagt 10 min/).waitFor();
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();
    await expectAxeClean(host, "console with agenda");
    await screenshot(host, "series-console-agenda");

    // --- end the meeting; the group remembers it was held
    await host.getByRole("button", { name: "Avslutt økta" }).click();
    await host.getByRole("button", { name: "Ja, gjør det" }).click();
    await host.getByRole("button", { name: "Tilbake", exact: true }).click();
    await host.getByRole("button", { name: "Åpne møtet: Møte 2" }).waitFor();
    const groups = (await host.evaluate(async () => (await fetch("/api/groups")).json())) as { groups: { held: { meetingId: string }[] }[] };
    expect(groups.groups[0].held).toHaveLength(1);
    await host.getByRole("button", { name: "Åpne møtet: Møte 2" }).click();
    await host.getByRole("heading", { name: "Dagens plan: Møte 2" }).waitFor();
    await host.getByRole("button", { name: "Tilbake" }).first().click();

    // --- export the plan
    const downloading = host.waitForEvent("download");
    await host.getByRole("link", { name: "Eksporter Torsdagsplanen" }).click();
    const download = await downloading;
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, "utf8")) as { format: string; plans: { title: string; meetings: unknown[] }[] };
    expect(exported).toMatchObject({ format: "sammen-export", plans: [{ title: "Torsdagsplanen" }] });
    expect(exported.plans[0].meetings).toHaveLength(2);
    const quizStep = (exported.plans[0].meetings[1] as { steps: { kind: string; config?: unknown }[] }).steps.at(-1);
    expect(quizStep).toMatchObject({ kind: "quiz", config: { deck: "kropp" } });

    // --- and import it on a fresh server
    const fresh = await startServer();
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nb-NO", reducedMotion: "reduce" });
      const other = await context.newPage();
      await firstAccount(other, fresh.url);
      expect(await planItem(other, "Torsdagsplanen").count()).toBe(0);
      await other.getByLabel("Importer fra fil").setInputFiles(file);
      await other.getByText("Importert: 1 planer og 0 innhold.").waitFor();
      await planItem(other, "Torsdagsplanen").waitFor();
      // A bad file changes nothing and says where it is wrong.
      await other.getByLabel("Importer fra fil").setInputFiles({ name: "feil.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...exported, plans: [{ ...exported.plans[0], meetings: "x" }] })) });
      await other.getByText("plans[0].meetings").waitFor();
      expect(await planItem(other, "Torsdagsplanen").count()).toBe(1);
      await expectAxeClean(other, "series page after a refused import");
      await screenshot(other, "series-import-refused");
      await context.close();
    } finally {
      await browser.close();
      await fresh.close();
    }
  });
});
