/**
 * A 3-card feelings quiz through the real UI in real Chromium: one host, one
 * projector and four tablets (separate browser contexts). One tablet passes,
 * one says "vet ikke". The screen shows only what the disclosure rules allow
 * ("mange svarte …", "mange trodde …", a count of at least k, "noen"), and is
 * screenshotted after the reveal in both age bands. axe checks each surface.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";
import { TEST_SETUP_CODE } from "../support/server.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
const newPage = e2e.page;

describe("e2e: a 3-card feelings quiz and a detective round with four tablets", () => {
  it("runs answer → reveal → explanation per card through the UI", { timeout: 120_000 }, async () => {
    // --- host opens a room; the projector pairs through the console's link
    const host = await newPage();
    await host.goto(`${e2e.url}/host`);
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const screen = await newPage({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();

    // --- four tablets join
    const tablets: Page[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await newPage({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join`);
      await page.getByLabel("Skriv koden du ser på skjermen").fill(code);
      await page.getByRole("button", { name: "Neste" }).click();
      await page.locator(".avatar-button").first().click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }
    await host.getByText("her", { exact: true }).nth(3).waitFor();

    // --- the host starts the "Ikke din skyld" deck from its preset
    await host.getByRole("button", { name: "Start Quiz: Ikke din skyld – hva hjelper?" }).click();
    const card1 = "Er det barnets skyld når en voksen i familien blir syk eller ruser seg?";
    for (const t of tablets) await t.getByRole("heading", { name: card1 }).waitFor();
    await screen.getByRole("heading", { name: card1 }).waitFor();
    await screen.getByText("Svar på nettbrettet.", { exact: false }).waitFor();
    await expectAxeClean(tablets[0], "/join quiz card");

    /** Each tablet taps one button; checks the tablet thanks it. */
    async function answerAll(buttons: string[]) {
      for (const [i, name] of buttons.entries()) {
        await tablets[i].getByRole("button", { name, exact: true }).click();
        await tablets[i].getByRole("button", { name, exact: true, pressed: true }).waitFor();
        await tablets[i].getByRole("status").getByText(name === "Pass" ? "Du sa pass." : "Takk!", { exact: false }).waitFor();
      }
    }
    async function reveal() {
      await host.getByRole("button", { name: "Vis svaret på skjermen" }).click();
      await screen.getByRole("heading", { name: "Svaret", exact: true }).waitFor();
      for (const t of tablets) await t.getByRole("heading", { name: "Her er svaret" }).waitFor();
    }

    // --- card 1 (sensitive): three say "Nei", one passes → words, never a count
    await answerAll(["Ja", "Nei", "Nei", "Pass"]);
    await tablets[0].getByRole("button", { name: "Nei", exact: true }).click(); // changes its mind before the reveal
    await tablets[0].getByRole("button", { name: "Nei", exact: true, pressed: true }).waitFor();
    await screenshot(tablets[0], "quiz-tablet-answered");
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);

    // The curtain starts closed: per-seat answers only after the leader opens it.
    await expect(host.getByText("Svar fra hvert nettbrett").count()).resolves.toBe(0);
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByRole("heading", { name: "Svar fra hvert nettbrett" }).waitFor();
    await host.getByText("3 har svart, 0 vet ikke, 1 sa pass").waitFor();
    await expect(host.getByText("B: Nei", { exact: true }).count()).resolves.toBe(3);
    await screenshot(host, "quiz-host-curtain-open");
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();
    await expect(host.getByText("Svar fra hvert nettbrett").count()).resolves.toBe(0);

    await reveal();
    await screen.getByText("Nei. Det er aldri barnets skyld.", { exact: false }).waitFor();
    await screen.getByText("Mange lurer på dette.").waitFor();
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);
    await screenshot(screen, "quiz-screen-reveal-8-10");
    await expectAxeClean(screen, "/screen quiz revealed");
    await tablets[1].getByText("Svaret er: B: Nei").waitFor();
    await screenshot(tablets[1], "quiz-tablet-answer");
    await expectAxeClean(tablets[1], "/join quiz answer");
    for (const t of tablets) expect(await t.locator("main").innerText()).not.toMatch(/feil|riktig!|poeng/i);

    // Switching the age band shows the richer explanation; the picture stays the same.
    await host.getByLabel("Aldersgruppe").selectOption("11+");
    await screen.getByText("Nei. Sykdom og rus har mange grunner", { exact: false }).waitFor();
    await screen.getByText("Mange lurer på dette.").waitFor();
    await tablets[3].getByText("Nei. Sykdom og rus har mange grunner", { exact: false }).waitFor();
    await screenshot(screen, "quiz-screen-reveal-11plus");
    await host.getByLabel("Aldersgruppe").selectOption("8-10");

    // --- card 2: three believe the myth, one says "vet ikke" → "mange trodde …", no number
    await host.getByRole("button", { name: "Neste kort" }).click();
    const card2 = "Hvis barnet er snilt nok og hjelper til mye, blir den voksne frisk.";
    for (const t of tablets) await t.getByRole("heading", { name: card2 }).waitFor();
    await answerAll(["Sant", "Sant", "Sant", "Vet ikke"]);
    await reveal();
    await screen.getByText("Mange trodde «Sant».", { exact: false }).waitFor();
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);
    await screenshot(screen, "quiz-screen-many-thought");

    // --- card 3 (not sensitive): three "Sant", one "Ikke sant" → "mange" and "noen", no numbers
    await host.getByRole("button", { name: "Neste kort" }).click();
    const card3 = "Det er lov å snakke med en voksen om hvordan man har det hjemme.";
    for (const t of tablets) await t.getByRole("heading", { name: card3 }).waitFor();
    await answerAll(["Sant", "Ikke sant", "Sant", "Sant"]);
    await reveal();
    await screen.locator(".picture-item", { hasText: "Sant" }).first().getByText("mange", { exact: true }).waitFor();
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);
    await screen.locator(".picture-item", { hasText: "andre svar" }).getByText("noen").waitFor();
    await screenshot(screen, "quiz-screen-count");
    await expectAxeClean(host, "/host quiz panel");

    // The projector never shows an avatar or a seat during the quiz.
    const screenText = await screen.locator("main").innerText();
    expect(screenText).not.toMatch(/\b(rev|bjørn|ugle|kanin|katt|hund|pass|vet ikke)\b/i);

    // --- then a feelings detective round: one clue per tablet, the group names the feeling together
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();
    await host.getByRole("button", { name: "Start Følelsesdetektiven" }).click();
    for (const t of tablets) await t.getByRole("heading", { name: "Din ledetråd" }).waitFor();
    await screen.getByText("Hvilken følelse skjuler seg?", { exact: false }).waitFor();
    const clues = await Promise.all(tablets.map((t) => t.locator(".clue-text").innerText()));
    expect(new Set(clues).size).toBe(4);
    await screenshot(tablets[0], "detective-tablet-clue");
    await expectAxeClean(tablets[0], "/join detective clue");
    // The hidden feeling is in the host's (closed) solution box only.
    const hidden = (await host.locator(".quiz-key p").first().textContent())!.replace(/^.*: /, "").trim();
    for (const t of tablets) expect(await t.locator("main").innerText()).not.toContain(`Følelsen var`);
    for (const t of tablets.slice(0, 3)) await t.getByRole("button", { name: hidden, exact: true }).click();
    await tablets[3].getByRole("button", { name: "Pass", exact: true }).click();
    await tablets[3].getByText("Du sa pass.", { exact: false }).waitFor();
    await expect(screen.getByText(hidden, { exact: true }).count()).resolves.toBe(0);
    await host.getByRole("button", { name: "Vis ideene på skjermen" }).click();
    await screen.getByRole("heading", { name: "Dette tenker gruppa" }).waitFor();
    await screen.locator(".idea.is-many", { hasText: hidden }).waitFor();
    await screenshot(screen, "detective-screen-ideas");
    await expectAxeClean(screen, "/screen detective ideas");
    await host.getByRole("group", { name: "Gruppas svar" }).getByRole("button", { name: hidden, exact: true }).click();
    await screen.getByText(`Gruppa sier: ${hidden}`).waitFor();
    await host.getByRole("button", { name: "Vis løsningen" }).click();
    await screen.getByRole("heading", { name: `Følelsen var: ${hidden}` }).waitFor();
    await screen.getByText("Dere fant den sammen!").waitFor();
    for (const t of tablets) await t.getByText("Følelsen var:").waitFor();
    await screenshot(screen, "detective-screen-solved");
    await expectAxeClean(screen, "/screen detective solved");
  });
});
