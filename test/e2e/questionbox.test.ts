/**
 * The question box and the word cloud through the real UI in real Chromium:
 * one host, one projector and three tablets (separate browser contexts).
 * Three tablets send questions, one of them flagged; the host queue shows the
 * flagged one first with its marker; the host approves one with a rephrase and
 * the screen shows only that one. A tablet asks for an adult and the host gets
 * the badge, the screen nothing. Then a short word cloud. axe checks every
 * surface; screenshots are saved for review.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";
import { TEST_SETUP_CODE } from "../support/server.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
const newPage = e2e.page;

const PLAIN = "Hva er angst?";
const REPHRASED = "Hva er egentlig angst?";
const STARTED = "Kan det gå over når mamma er trist";
const FLAGGED = "Jeg er redd for å gå hjem";

describe("e2e: question box and word cloud with three tablets", () => {
  it("moderates questions from the tablets to the screen through the UI", { timeout: 120_000 }, async () => {
    // --- host: first account, open a room; the projector pairs through the console's link
    const host = await newPage({ width: 1280, height: 900 });
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

    // --- three tablets join
    const tablets: { page: Page; avatar: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await newPage({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join`);
      await page.getByLabel("Skriv koden du ser på skjermen").fill(code);
      await page.getByRole("button", { name: "Neste" }).click();
      const first = page.locator(".avatar-button").first();
      const avatar = (await first.locator(".avatar-label").textContent())!;
      await first.click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push({ page, avatar });
    }
    await host.getByText("her", { exact: true }).nth(2).waitFor();

    // --- the host starts the question box from its preset
    await host.getByRole("button", { name: "Start Spørsmålsboksen", exact: true }).click();
    for (const t of tablets) await t.page.getByRole("heading", { name: "Hva lurer du på?" }).waitFor();
    await screen.getByRole("heading", { name: "Spørsmål vi lurer på" }).waitFor();

    // Tablet 0 writes a question; the live counter follows.
    const [a, b, c] = tablets.map((t) => t.page);
    await a.getByLabel("Skriv spørsmålet ditt").fill(PLAIN);
    await a.getByText("13 av 280 tegn").waitFor();
    await a.getByRole("button", { name: "Send til de voksne" }).click();
    await a.getByText("Sendt til de voksne", { exact: true }).waitFor();
    await a.getByText("116 111").first().waitFor();
    await a.getByText("Sendt. De voksne har ikke lest det ennå.").waitFor();
    expect(await a.getByText(/hemmelig/i).count()).toBe(0);

    // Tablet 1 taps a starter sentence: it fills the box, the child writes the rest.
    await b.getByRole("button", { name: "Kan det gå over …" }).click();
    await expect(b.getByLabel("Skriv spørsmålet ditt").inputValue()).resolves.toBe("Kan det gå over ");
    await b.getByLabel("Skriv spørsmålet ditt").pressSequentially("når mamma er trist");
    await b.getByRole("button", { name: "Send til de voksne" }).click();
    await b.getByText("Sendt til de voksne", { exact: true }).waitFor();

    // Tablet 2 writes something that should reach a leader first.
    await c.getByLabel("Skriv spørsmålet ditt").fill(FLAGGED);
    await c.getByRole("button", { name: "Send til de voksne" }).click();
    await c.getByText("Sendt til de voksne", { exact: true }).waitFor();
    await screenshot(c, "join-questionbox-sent");

    // --- host, curtain closed: only how many wait, never the words
    await host.getByText("3 spørsmål venter.", { exact: false }).waitFor();
    await host.getByText("Noe i køen bør leses snart.").waitFor();
    expect(await host.getByText(FLAGGED).count()).toBe(0);
    expect(await host.getByText(PLAIN).count()).toBe(0);
    await screenshot(host, "host-questionbox-curtain-closed");

    // --- curtain open: the flagged question first, with its marker, category and a suggested action
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    const queue = host.locator("section[aria-labelledby='qb-queue-title'] li.qb-item");
    await queue.nth(2).waitFor();
    await expect(queue.first().locator(".qb-item-text").textContent()).resolves.toBe(FLAGGED);
    await queue.first().getByText("Merket: Redd hjemme").waitFor();
    await queue.first().getByText("Snakk med barnet i dag.", { exact: false }).waitFor();
    await queue.first().getByText(tablets[2].avatar).waitFor();
    await expect(queue.nth(1).locator(".qb-item-text").textContent()).resolves.toBe(PLAIN);
    await expect(queue.nth(2).locator(".qb-item-text").textContent()).resolves.toBe(STARTED);
    expect(await queue.nth(1).locator(".flag-box").count()).toBe(0);

    // Nothing has reached the projector.
    for (const text of [PLAIN, STARTED, FLAGGED]) expect(await screen.getByText(text).count()).toBe(0);

    // --- the host approves one question with a rephrase
    const plainItem = queue.filter({ hasText: PLAIN });
    await plainItem.getByRole("button", { name: "Omformuler" }).click();
    await plainItem.getByLabel("Slik vises det på skjermen").fill(REPHRASED);
    await plainItem.getByRole("button", { name: "Godkjenn ny tekst" }).click();
    await screen.getByText(REPHRASED).waitFor();
    await host.locator("section[aria-labelledby='qb-shown-title'] .qb-item-text", { hasText: REPHRASED }).waitFor();
    await a.locator(".qb-mine .qb-status", { hasText: "Vises med andre ord" }).waitFor();

    // The screen shows only that one: not the child's words, not the others.
    expect(await screen.locator(".qb-screen-item").count()).toBe(1);
    for (const text of [PLAIN, STARTED, FLAGGED, "redd", "mamma"]) {
      expect(await screen.getByText(text).count(), `"${text}" must not be on the screen`).toBe(0);
    }
    for (const t of tablets) expect(await screen.getByText(t.avatar).count()).toBe(0);

    // "Me too" from another tablet: the screen shows a word under k, never the number.
    await b.getByRole("button", { name: /Jeg lurer også på det/ }).click();
    await b.getByRole("button", { name: /Jeg lurer også på det/, pressed: true }).waitFor();
    await screen.getByText("Noen lurer også på dette").waitFor();
    expect(await screen.locator(".qb-screen-item").textContent()).not.toMatch(/\d/);

    // --- a tablet asks for an adult: the host gets a badge, the screen nothing
    await c.getByRole("button", { name: "Jeg vil snakke med en voksen" }).click();
    await c.getByText("En voksen kommer til deg.").waitFor();
    await c.locator("#help-lines-panel").getByText("116 111").waitFor();
    // The strip counts the help alert and the flagged question still waiting.
    await host.getByText("2 ting bør leses").waitFor();
    expect(await screen.getByText(/ting bør leses|snakke med/).count()).toBe(0);
    // One axe pass covers the tablet's form, starters, the "sent" card, help lines, own questions and the group list.
    await expectAxeClean(c, "/join question box after sending and asking for an adult");
    await screenshot(c, "join-questionbox-help");

    await screenshot(host, "host-questionbox-queue");
    await expectAxeClean(host, "/host question box queue, curtain open");
    await screenshot(screen, "screen-questionbox");
    await expectAxeClean(screen, "/screen question box");
    await screenshot(b, "join-questionbox-group");

    // The host marks it answered: a symbol and a word on the screen, not a colour only.
    await host.locator("section[aria-labelledby='qb-shown-title']").getByRole("button", { name: "Marker som besvart" }).click();
    await screen.locator(".qb-screen-item").getByText("Besvart").waitFor();
    await host.getByRole("button", { name: "Vis listen" }).click();
    await host.getByRole("button", { name: /Åpne nummer 1/ }).click();
    await host.locator(".sg-item-body").getByText("Vil snakke med en voksen").waitFor();
    await host.getByRole("button", { name: "Jeg har sett det" }).click();
    await host.getByText("1 ting bør leses").waitFor();

    // --- word cloud: one word each, approved by the host, sized only as the view says
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();
    await host.getByRole("button", { name: "Start Ordsky: Hva gjør deg glad?" }).click();
    for (const t of tablets) await t.page.getByRole("heading", { name: "Hva gjør deg glad?" }).waitFor();
    await screen.getByRole("heading", { name: "Hva gjør deg glad?" }).waitFor();
    await a.getByLabel("Skriv ett ord").fill("to ord");
    await a.getByText("Skriv bare ett ord, med bokstaver.").waitFor();
    await expect(a.getByRole("button", { name: "Send ordet" }).isDisabled()).resolves.toBe(true);
    const words = ["sol", "fotball", "is-krem"];
    for (const [i, t] of tablets.entries()) {
      await t.page.getByLabel("Skriv ett ord").fill(words[i]);
      await t.page.getByRole("button", { name: "Send ordet" }).click();
      await t.page.getByText("Sendt til de voksne", { exact: true }).waitFor();
    }
    await screenshot(a, "join-wordcloud-sent");
    await expectAxeClean(a, "/join word cloud");
    const wcQueue = host.locator("section[aria-labelledby='wc-queue-title'] li.qb-item");
    await wcQueue.nth(2).waitFor();
    for (const word of words) {
      expect(await screen.getByText(word, { exact: true }).count()).toBe(0);
      await wcQueue.filter({ hasText: word }).getByRole("button", { name: /^Godkjenn\b/ }).click();
    }
    for (const word of words) await screen.locator(".wc-word", { hasText: word }).waitFor();
    expect(await screen.locator(".wc-cloud").textContent()).not.toMatch(/\d/);
    await screenshot(screen, "screen-wordcloud");
    await expectAxeClean(screen, "/screen word cloud");
    await screenshot(host, "host-wordcloud");
    await expectAxeClean(host, "/host word cloud");
  });
});
