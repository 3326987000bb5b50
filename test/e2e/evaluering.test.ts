/**
 * Evaluering and kept group results through the real UI, in real Chromium. The leader opts in on
 * the rooms page (off by default; the page says what is kept), opens the group's last meeting;
 * four tablets answer one statement at a time (read aloud through a fake speech engine, the one
 * boundary mocked, since headless Chromium has none), one child passes; the projector shows one
 * statement's k-safe picture at a time, in words; the meeting ends; the leader downloads the CSV and opens the
 * printable report, and the two hold the same cells. Axe on every surface; screenshots.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import type { Plan } from "../../shared/series/plan.js";
import { parseCsv, unformula } from "../../shared/series/results.js";
import { signedInDirect } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });

const PLAN: Plan = {
  title: "Avslutningsplan",
  language: "nb",
  meetings: [
    {
      id: "m12",
      kind: "children",
      title: "Siste møte",
      // All six statements (the default); the children answer three and skip three.
      steps: [{ kind: "evaluering", title: "Evaluering" }],
    },
  ],
};

async function fakeSpeech(context: BrowserContext) {
  await context.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    const voices = [{ name: "Nora", lang: "nb-NO", voiceURI: "Nora", localService: true, default: true }];
    class Utterance {
      lang = "";
      voice: unknown = null;
      rate = 1;
      constructor(readonly text: string) {}
    }
    const synth = Object.assign(new EventTarget(), { getVoices: () => voices, speak: (u: Utterance) => spoken.push(u.text), cancel: () => {}, speaking: false, pending: false });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    Object.defineProperty(window, "speechSynthesis", { get: () => synth, configurable: true });
  });
}

describe("e2e: Evaluering and the kept group results", () => {
  it("a child answers with pass, the projector shows k-safe words, the leader exports CSV and a printable report", { timeout: 180_000 }, async () => {
    const { api, token } = await signedInDirect(e2e.server, "leder", true);
    const planId = (await api.request<{ id: string }>("POST", "/api/plans", { plan: PLAN })).body.id;
    const made = await api.request<{ id: string }>("POST", "/api/groups", { group: { name: "Torsdagsgruppa", ageBand: "8-10", language: "nb", k: 3, planId } });
    expect(made.status).toBe(201);
    const { context, page: host } = await e2e.open({ width: 1280, height: 900 });
    await context.addCookies([{ name: "sammen_session", value: token, url: e2e.url, httpOnly: true, sameSite: "Strict" }]);

    // --- the opt-in: off by default, and the page says what is kept
    await host.goto(`${e2e.url}/host`);
    await host.getByText("Gruppesvar til rapportering for Torsdagsgruppa").click();
    const keep = host.getByRole("checkbox", { name: "Ta vare på gruppesvar fra Dagens tommel og Evaluering" });
    expect(await keep.isChecked()).toBe(false);
    await host.getByText("Aldri et enkelt barns svar, aldri pass", { exact: false }).waitFor();
    await host.getByText("Ingenting er lagret ennå.").waitFor();
    await keep.check();
    await expect.poll(async () => (await api.request<{ group: { keepResults: boolean } }>("GET", `/api/groups/${made.body.id}`)).body.group.keepResults).toBe(true);
    await expectAxeClean(host, "/host groups with the results opt-in");
    await screenshot(host, "host-group-results-opt-in");

    // --- the last meeting, four tablets, the projector
    await host.getByRole("button", { name: "Åpne møtet: Siste møte" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    const screen = await e2e.page({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href")}`);
    await screen.getByText(code, { exact: true }).waitFor();
    const tablets: Page[] = [];
    for (let i = 0; i < 4; i++) {
      const { context: c, page } = await e2e.open({ width: 820, height: 1180 });
      await fakeSpeech(c);
      await page.goto(`${e2e.url}/join?code=${code}`);
      await page.locator(".avatar-button").nth(i).click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }
    await host.getByRole("button", { name: "Start møtet →" }).click();
    for (const t of tablets) await t.getByRole("heading", { name: "Jeg er ikke alene" }).waitFor();
    await screen.getByText("Svar på nettbrettet ditt. Alle svar er lov.").waitFor();
    await tablets[0].getByText("Setning 1 av 6").waitFor();
    await expectAxeClean(tablets[0], "/join evaluering");

    // Read aloud: the statement, then its three words and pass; never the navigation.
    await tablets[0].getByRole("button", { name: "Les opp: Jeg er ikke alene" }).click();
    await expect.poll(() => tablets[0].evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice())).toEqual(["Jeg er ikke alene", "Ja", "Litt", "Nei", "Pass"]);

    // Statements 1, 2 and 6: three children answer, the fourth passes (pass is an answer).
    // Statements 3 to 5: every child moves on without answering (nobody has to).
    const answers = [
      ["Ja", "Ja", null, null, null, "Ja"],
      ["Ja", "Litt", null, null, null, "Ja"],
      ["Ja", "Nei", null, null, null, "Ja"],
      ["Pass", "Pass", null, null, null, "Pass"],
    ];
    for (const [i, t] of tablets.entries()) {
      for (const [s, answer] of answers[i].entries()) {
        await t.getByText(`Setning ${s + 1} av 6`).waitFor();
        if (answer) {
          await t.getByRole("button", { name: answer, exact: true }).click();
          await expect.poll(() => t.getByRole("button", { name: answer, exact: true }).getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("true");
          await t.getByText(answer === "Pass" ? "Du sa pass. Det er helt greit." : "Takk! Du kan endre svarene", { exact: false }).waitFor();
        }
        if (i === 3 && s === 0) await screenshot(t, "join-evaluering-pass");
        await t.getByRole("button", { name: s === 5 ? "Ferdig" : "Neste" }).click();
      }
      await t.getByText("Takk for at du svarte!", { exact: false }).waitFor();
    }
    await screenshot(tablets[0], "join-evaluering-done");

    // Nothing on the projector before the leader shows it; the counts are behind the curtain.
    await expect(screen.locator(".picture-item").count()).resolves.toBe(0);
    await host.getByText("Antallene vises når du åpner private detaljer.").first().waitFor();
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("Ja: 3 · litt: 0 · nei: 0 · pass: 1").first().waitFor();
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();
    await expectAxeClean(host, "/host evaluering");
    await host.getByRole("button", { name: "Vis bildene på skjermen" }).click();

    // --- the projector: one statement at a time, words and sizes only, never a number or a pass
    const picture = screen.locator(".evaluering-screen");
    await screen.getByRole("heading", { level: 1, name: "Jeg er ikke alene" }).waitFor();
    await screen.getByText("Sånn har vi hatt det i gruppa · Setning 1 av 6").waitFor();
    await picture.locator(".picture-item", { hasText: "Ja" }).getByText("mange").waitFor();
    await expect(picture.locator(".picture-item").count()).resolves.toBe(1);
    await expect(picture.locator(".picture").innerText()).resolves.not.toMatch(/\d|pass/i);
    await screenshot(screen, "screen-evaluering");
    await expectAxeClean(screen, "/screen evaluering");
    // "Det er ikke min skyld": one ja, one litt, one nei: no answer reaches k, so only a word for a mix.
    await host.getByRole("button", { name: "Neste setning på skjermen" }).click();
    await screen.getByRole("heading", { level: 1, name: "Det er ikke min skyld" }).waitFor();
    await picture.locator(".picture-item", { hasText: "Litt av hvert" }).waitFor();
    await expect(picture.locator(".picture-item").count()).resolves.toBe(1);
    await expect(picture.locator(".picture").innerText()).resolves.not.toMatch(/\d|pass/i);
    // Nobody answered "Jeg vet mer om sykdommen": too few for a picture, said in words.
    await host.getByRole("button", { name: "Neste setning på skjermen" }).click();
    await screen.getByRole("heading", { level: 1, name: "Jeg vet mer om sykdommen" }).waitFor();
    await screen.getByText("For få svar til å vise et bilde.").waitFor();
    await expect(picture.locator(".picture-item").count()).resolves.toBe(0);
    await host.getByText("Skjermen viser setning 3 av 6").waitFor();
    for (const t of tablets) await t.getByText("Se på skjermen. Der ser vi hele gruppa sammen.").waitFor();

    // --- the meeting ends; the group keeps only its k-safe pictures
    await host.getByRole("button", { name: "Avslutt økta" }).click();
    await host.getByRole("button", { name: "Ja, gjør det" }).click();
    await host.getByRole("button", { name: "Tilbake", exact: true }).click();
    await host.getByText("Gruppesvar til rapportering for Torsdagsgruppa").click();
    await host.getByText("1 lagret bilde.").waitFor();

    // The CSV file.
    const downloading = host.waitForEvent("download");
    await host.getByRole("button", { name: "Last ned gruppesvarene for Torsdagsgruppa som CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^sammen-gruppesvar-.+\.csv$/);
    const csvText = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const csv = parseCsv(csvText).map((row) => row.map(unformula));
    expect(csv[0]).toEqual(["Dato", "Møte", "Aktivitet", "Setning", "Svar", "Antall", "k"]);
    const body = csv.slice(1).map((r) => r.slice(1));
    expect(body).toEqual([
      ["Siste møte", "Evaluering", "Jeg er ikke alene", "Ja", "3", "3"],
      ["Siste møte", "Evaluering", "Det er ikke min skyld", "Litt av hvert", "3", "3"],
      ["Siste møte", "Evaluering", "Det var fint å være her", "Ja", "3", "3"],
    ]);

    // The printable report: the same cells.
    await host.getByRole("button", { name: "Vis rapport for utskrift for Torsdagsgruppa" }).click();
    const report = host.getByRole("dialog", { name: "Gruppesvar: Torsdagsgruppa" });
    await report.getByRole("heading", { name: "Gruppesvar: Torsdagsgruppa" }).waitFor();
    const cells = await report.locator("table tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
    expect(cells).toEqual(csv);
    await expectAxeClean(host, "/host printable report");
    await host.emulateMedia({ media: "print" });
    await screenshot(host, "host-group-results-report-print");
    // Printed (print media, as pdf() takes it from emulateMedia), it is one A4 page with the report alone.
    const pdf = (await host.pdf({ format: "A4" })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await host.emulateMedia({ media: "screen" });
    await report.getByRole("button", { name: "Lukk rapporten" }).click();
    await expect(report.count()).resolves.toBe(0);
  });

  it("the short list in a nynorsk group: every statement on one page, each read with its own options, pass on one", { timeout: 120_000 }, async () => {
    const { api, token } = await signedInDirect(e2e.server, "leiar", true);
    const made = await api.request<{ id: string }>("POST", "/api/groups", { group: { name: "Onsdagsgruppa", ageBand: "8-10", language: "nn", k: 3, planId: null } });
    expect(made.status).toBe(201);
    const { context, page: host } = await e2e.open({ width: 1280, height: 900 });
    await context.addCookies([{ name: "sammen_session", value: token, url: e2e.url, httpOnly: true, sameSite: "Strict" }]);
    await host.goto(`${e2e.url}/host`);
    await host.locator(".group-card", { hasText: "Onsdagsgruppa" }).getByRole("button", { name: "Åpne rom for gruppa" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    const { context: c, page: tablet } = await e2e.open({ width: 820, height: 1180 });
    await fakeSpeech(c);
    await tablet.goto(`${e2e.url}/join?code=${code}`);
    await tablet.locator(".avatar-button").first().click();
    await tablet.locator(".avatar-button").first().waitFor({ state: "detached" });
    await host.getByRole("button", { name: "Start Evaluering som liste" }).click();

    // All six statements in nynorsk on one page, each its own group of options.
    for (const statement of ["Eg er ikkje åleine", "Det er ikkje mi skuld", "Eg veit meir om sjukdomen", "Eg tør å snakke om det", "Eg har ein vaksen å snakke med", "Det var fint å vere her"]) {
      await tablet.getByRole("heading", { level: 2, name: statement }).waitFor();
    }
    await expect(tablet.getByRole("button", { name: "Neste" }).count()).resolves.toBe(0);
    const adult = tablet.getByRole("group", { name: "Eg har ein vaksen å snakke med" });
    await adult.getByRole("button", { name: "Pass", exact: true }).click();
    await expect.poll(() => adult.getByRole("button", { name: "Pass", exact: true }).getAttribute("aria-pressed")).toBe("true");
    const alone = tablet.getByRole("group", { name: "Eg er ikkje åleine" });
    await alone.getByRole("button", { name: "Litt", exact: true }).click();
    await expect.poll(() => alone.getByRole("button", { name: "Litt", exact: true }).getAttribute("aria-pressed")).toBe("true");
    // Read-aloud of one statement reads that statement and its own four options, not the others.
    await tablet.getByRole("button", { name: "Les opp: Det er ikkje mi skuld" }).click();
    await expect.poll(() => tablet.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice())).toEqual(["Det er ikkje mi skuld", "Ja", "Litt", "Nei", "Pass"]);
    await expectAxeClean(tablet, "/join evaluering list (nn)");
    await screenshot(tablet, "join-evaluering-list-nn");
  });
});
