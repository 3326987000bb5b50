/**
 * A parent meeting through the real UI in real Chromium: the leader opens a
 * room for a parent meeting from /host, the projector pairs, three parents
 * join on tablets (separate browser contexts). The tablets and the projector
 * use adult wording in the question box, the word cloud and the quiz, and for
 * the help button; the console offers no children's games. axe checks each
 * surface; screenshots of the tablet and the projector are kept.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createFirstAccount, e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
const newPage = e2e.page;

describe("e2e: a parent meeting with adult wording", () => {
  it("question box, word cloud and quiz speak to adults on the tablets and the projector", { timeout: 120_000 }, async () => {
    // --- the leader opens a room for a parent meeting; the projector pairs through the console's link
    const host = await newPage();
    await createFirstAccount(host, e2e.url);
    await host.getByRole("button", { name: "Åpne rom for foreldremøte" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    await host.getByText("Foreldremøte: ord for voksne").waitFor();
    await host.getByText("Spill og aktiviteter laget for barn tilbys ikke her.", { exact: false }).waitFor();
    // No children's games on offer; the parents' quiz is.
    await expect(host.getByRole("button", { name: /Start .*Ballongen/ }).count()).resolves.toBe(0);
    await expect(host.getByRole("button", { name: /Start .*Bygg sammen/ }).count()).resolves.toBe(0);
    await host.getByRole("button", { name: "Start Quiz: Myter og fakta for foreldre" }).waitFor();
    await expectAxeClean(host, "/host parent meeting");

    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const screen = await newPage({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();

    // --- three parents join; the avatar page and the lobby already speak to adults
    const tablets: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await newPage({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join`);
      await page.getByLabel("Skriv koden du ser på skjermen").fill(code);
      await page.getByRole("button", { name: "Neste" }).click();
      await page.getByRole("heading", { name: "Velg et dyr" }).waitFor();
      await page.getByText("ingen trenger å skrive navnet sitt", { exact: false }).waitFor();
      await page.locator(".avatar-button").first().click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }
    const parent = tablets[0];
    await parent.getByText("Det du skriver, leser lederne først.", { exact: false }).waitFor();
    await parent.getByRole("button", { name: "Jeg vil snakke med en av lederne" }).waitFor();
    await expect(parent.getByRole("button", { name: "Jeg vil snakke med en voksen" }).count()).resolves.toBe(0);
    await host.getByText("her", { exact: true }).nth(2).waitFor();

    // --- the question box: parents' starters, "Send til lederne", never the children's framing
    await host.getByRole("button", { name: "Start Spørsmålsboksen for foreldre" }).click();
    await parent.getByText("Ikke skriv navn. Lederne leser alt før noe vises på skjermen.").waitFor();
    await parent.getByRole("button", { name: "Hvordan kan jeg snakke med barnet mitt om …" }).waitFor();
    await expect(parent.getByRole("button", { name: "Er det min skyld at …" }).count()).resolves.toBe(0);
    await screen.getByText("Skriv spørsmålet ditt på nettbrettet. Lederne leser alle spørsmål først.").waitFor();
    await parent.getByRole("button", { name: "Hvordan kan jeg snakke med barnet mitt om …" }).click();
    await parent.getByRole("button", { name: "Send til lederne" }).click();
    await parent.getByText("Sendt til lederne", { exact: true }).waitFor();
    await parent.getByText("Lederne kan se hvilket nettbrett det kom fra", { exact: false }).first().waitFor();
    await expect(parent.getByText("Send til de voksne").count()).resolves.toBe(0);
    await expect(parent.getByText("De andre barna", { exact: false }).count()).resolves.toBe(0);
    await expectAxeClean(parent, "/join parent question box");
    await screenshot(parent, "parent-meeting-tablet-questionbox");
    await expectAxeClean(screen, "/screen parent question box");

    // The leader sees the parent's question as sent and approves it onto the projector.
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("Hvordan kan jeg snakke med barnet mitt om sykdommen?").first().waitFor();
    await host.getByRole("button", { name: "Godkjenn", exact: true }).first().click();
    await screen.getByText("Hvordan kan jeg snakke med barnet mitt om sykdommen?").waitFor();
    await screenshot(screen, "parent-meeting-screen-questionbox");

    // --- the word cloud with a parents' prompt
    await host.getByLabel("Neste aktivitet").selectOption({ label: "Ordsky: Hva har du sett hos barnet ditt?" });
    await host.getByRole("button", { name: "Start neste" }).click();
    await parent.getByRole("heading", { name: "Hva har du sett hos barnet ditt?" }).waitFor();
    await parent.getByText("Bare ett ord, uten mellomrom. Bindestrek går fint. Ikke skriv navn.").waitFor();
    await screen.getByText("Skyen kommer når lederne har lest ordene.", { exact: false }).waitFor();
    await parent.getByLabel("Skriv ett ord").fill("omsorg");
    await parent.getByRole("button", { name: "Send ordet" }).click();
    await parent.getByText("Sendt. Lederne har ikke lest det ennå.").waitFor();
    await expectAxeClean(parent, "/join parent word cloud");

    // --- the parents' quiz
    await host.getByLabel("Neste aktivitet").selectOption({ label: "Quiz: Myter og fakta for foreldre" });
    await host.getByRole("button", { name: "Start neste" }).click();
    const card1 = "Barn merker lite av sykdommen hvis de voksne ikke snakker om den.";
    for (const t of tablets) await t.getByRole("heading", { name: card1 }).waitFor();
    await screen.getByRole("heading", { name: card1 }).waitFor();
    await parent.getByText("Velg det du mener stemmer. Du kan endre svaret til lederne viser svaret.").waitFor();
    for (const t of tablets) {
      await t.getByRole("button", { name: "Myte", exact: true }).click();
      await t.getByRole("button", { name: "Myte", exact: true, pressed: true }).waitFor();
    }
    await parent.getByRole("status").getByText("Takk! Du kan endre svaret til lederne viser svaret.", { exact: true }).waitFor();
    await expectAxeClean(parent, "/join parent quiz");
    await host.getByRole("button", { name: "Vis svaret på skjermen" }).click();
    // The fuller explanation, for adults.
    await screen.getByText("Uten ord lager de ofte sin egen forklaring", { exact: false }).waitFor();
    await parent.getByText("Uten ord lager de ofte sin egen forklaring", { exact: false }).waitFor();
    await expectAxeClean(screen, "/screen parent quiz");
    await screenshot(screen, "parent-meeting-screen-quiz");
    await screenshot(parent, "parent-meeting-tablet-quiz");

    // --- the help button works and speaks to an adult
    await tablets[2].getByRole("button", { name: "Jeg vil snakke med en av lederne" }).click();
    await tablets[2].getByText("En av lederne kommer til deg.").waitFor();
    await tablets[2].getByRole("heading", { name: "Snakk med en av oss lederne" }).waitFor();
    await expect(tablets[2].getByText("Kors på halsen").count()).resolves.toBe(0);
    await host.getByText("1 ting bør leses").first().waitFor();
    await screenshot(tablets[2], "parent-meeting-tablet-help");
  });
});
