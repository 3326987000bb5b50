/**
 * Flagged text and what children are told, through the real UI in Chromium:
 * the host's flagged card offers a rephrase first and "Vis likevel ordrett"
 * only as a second step that names the flag; the child's tablet says the truth
 * after a rephrase ("Vises med andre ord"), a merge ("slått sammen med et
 * likt") and a take-down ("Tatt av skjermen"); "Si fra" asks why. axe on each
 * changed screen.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { TEST_SETUP_CODE } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });

const DISCLOSURE = "Pappa slår meg når han drikker";
const PLAIN = "Hva er angst?";
const SAME = "Hva er egentlig angst?";
const REPHRASED = "Noen lurer på hva man kan gjøre hvis en voksen hjemme er voldelig.";

describe("e2e: flagged approval and truthful statuses", () => {
  it("rephrase first, verbatim only when named; merge, rephrase and take-down are told truthfully", { timeout: 120_000 }, async () => {
    const host = await e2e.page({ width: 1280, height: 900 });
    await host.goto(`${e2e.url}/host`);
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const screen = await e2e.page({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${screenHref}`);

    const tablets: Page[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await e2e.page({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join?code=${code}`);
      await page.locator(".avatar-button").first().click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }
    const [a, b, c, d] = tablets;
    await host.getByText("her", { exact: true }).nth(3).waitFor();
    await host.getByRole("button", { name: "Start Spørsmålsboksen", exact: true }).click();
    for (const [page, text] of [[a, DISCLOSURE], [b, PLAIN], [c, SAME]] as const) {
      await page.getByLabel("Skriv spørsmålet ditt").fill(text);
      await page.getByRole("button", { name: "Send til de voksne" }).click();
      await page.getByText("Sendt. De voksne har ikke lest det ennå.").waitFor();
    }

    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    const queue = host.locator("section[aria-labelledby='qb-queue-title'] li.qb-item");
    await queue.nth(2).waitFor();
    const flagged = queue.filter({ hasText: DISCLOSURE });
    // No one-click approve on a flagged card: rephrasing is the primary action.
    expect(await flagged.getByRole("button", { name: /^Godkjenn/ }).count()).toBe(0);
    await flagged.locator(".button-primary", { hasText: "Omformuler" }).waitFor();
    // The verbatim path names the flag before anything is shown.
    await flagged.getByRole("button", { name: /Vis ordrett/ }).click();
    await flagged.getByText("Markert: Vold.").waitFor();
    await flagged.getByRole("button", { name: "Vis likevel ordrett (Vold)" }).waitFor();
    await expectAxeClean(host, "/host flagged card, verbatim confirmation open");
    await screenshot(host, "host-flagged-verbatim-confirm");
    await flagged.getByRole("button", { name: "Avbryt" }).click();
    expect(await screen.getByText(DISCLOSURE).count()).toBe(0);

    // Rephrase and approve: the screen shows the leader's words; the child is told so.
    await flagged.locator(".button-primary", { hasText: "Omformuler" }).click();
    await flagged.getByLabel("Slik vises det på skjermen").fill(REPHRASED);
    await flagged.getByRole("button", { name: "Godkjenn ny tekst" }).click();
    await screen.getByText(REPHRASED).waitFor();
    expect(await screen.getByText(/slår/).count()).toBe(0);
    await a.locator(".qb-mine .qb-status", { hasText: "Vises med andre ord" }).waitFor();
    await expectAxeClean(a, "/join question shown in other words");

    // The unflagged one approves in one action.
    await queue.filter({ hasText: PLAIN }).getByRole("button", { name: /^Godkjenn/ }).click();
    await screen.getByText(PLAIN).waitFor();
    await b.locator(".qb-mine .qb-status", { hasText: "Vises på skjermen" }).waitFor();

    // Merge the duplicate into the shown one: its child is told, not "not read yet".
    await queue.filter({ hasText: SAME }).getByRole("checkbox").check();
    await host.locator("section[aria-labelledby='qb-shown-title'] li.qb-item", { hasText: PLAIN }).getByRole("checkbox").check();
    await host.getByLabel("Behold teksten fra").selectOption({ label: PLAIN });
    await host.getByRole("button", { name: "Slå sammen", exact: true }).click();
    await c.locator(".qb-mine .qb-status", { hasText: "Spørsmålet ditt er slått sammen med et likt" }).waitFor();
    expect(await c.getByText("De voksne har ikke lest det ennå").count()).toBe(0);
    await expectAxeClean(c, "/join question merged");
    await screenshot(c, "join-question-merged");

    // "Si fra" asks why; the question comes off the screen and back to the host with the reason.
    await d.locator(".qb-group-item", { hasText: PLAIN }).getByRole("button", { name: /Si fra/ }).click();
    await d.getByRole("dialog").getByText("Hvorfor vil du si fra?").waitFor();
    await expectAxeClean(d, "/join report reasons");
    await d.getByRole("button", { name: "Det handler om meg eller noen jeg kjenner" }).click();
    await screen.getByText(PLAIN).waitFor({ state: "detached" });
    await queue.filter({ hasText: PLAIN }).getByText(/Grunn: Det handler om meg eller noen jeg kjenner/).waitFor();
    await b.locator(".qb-mine .qb-status", { hasText: "Tatt av skjermen" }).waitFor();

    // Taken off by the host: "Tatt av skjermen".
    await host.locator("section[aria-labelledby='qb-shown-title'] li.qb-item", { hasText: REPHRASED }).getByRole("button", { name: "Ta av skjermen" }).click();
    await screen.getByText(REPHRASED).waitFor({ state: "detached" });
    await a.locator(".qb-mine .qb-status", { hasText: "Tatt av skjermen" }).waitFor();
    await expectAxeClean(a, "/join question taken off the screen");
    await screenshot(a, "join-question-taken-down");
  });
});
