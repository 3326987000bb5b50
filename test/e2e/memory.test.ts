/**
 * The group's memory through the real UI in real Chromium (docs/series.md,
 * docs/series.md, "The group's memory"). Meeting 1: a tablet plants "modig" in the garden, the leader
 * lights two lamps and celebrates "Dere samarbeidet" and "Dere hørte på
 * hverandre", and in "Gruppas minne" leaves the second one out, adds a
 * "Dette har vi lært" line and saves. Meeting 2: the console's "Sist gang…"
 * shows that entry; the leader rewrites the line and shows it; the projector
 * shows "Sist gang…" with the lamps, the strengths kept, the garden's strength
 * and the line as edited (and not the strength left out). axe checks the
 * console's memory panels and the projector.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";
import type { HostView, Recap } from "../../shared/protocol.js";
import { closeAllConnections, connect, facilitator, openRoom, TEST_SETUP_CODE, waitFor } from "../support/server.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });

async function firstAccount(page: Page, url: string) {
  await page.goto(`${url}/host`);
  await page.getByRole("heading", { name: "Opprett den første lederkontoen" }).waitFor();
  await page.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
  await page.getByLabel("Brukernavn").fill("leder");
  await page.getByLabel("Passord").fill("et-langt-passord-123");
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await page.getByRole("heading", { name: "Planer" }).waitFor();
}

const memoryPanel = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Gruppas minne", level: 2 }) });
const recapPanel = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Sist gang…", level: 2 }) });

describe("e2e: the group's memory", () => {
  it("meeting 1 keeps lamps, named strengths, the garden and a learned line; meeting 2's projector shows Sist gang… with them", { timeout: 180_000 }, async () => {
    const { page: host } = await e2e.open({ width: 1280, height: 900 });
    await firstAccount(host, e2e.url);
    // A two-meeting plan and a group that follows it, made through the same REST calls the series page uses.
    const made = await host.evaluate(async () => {
      const post = async (route: string, body: unknown) => (await fetch(route, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json();
      const plan = await post("/api/plans", {
        plan: {
          title: "Minneplanen",
          language: "nb",
          meetings: [
            { id: "m1", title: "Møte 1: Hvem er vi?", theme: "Hvem vi er", steps: [{ kind: "styrkehagen", title: "Styrkehagen" }] },
            { id: "m2", title: "Møte 2: Følelser", steps: [{ kind: "talk", title: "Ankomst" }] },
          ],
        },
      });
      return post("/api/groups", { group: { name: "Minnegruppa", ageBand: "8-10", language: "nb", k: 3, planId: plan.id } });
    });
    expect(made).toMatchObject({ group: { name: "Minnegruppa" } });
    await host.reload();

    // --- meeting 1
    await host.getByRole("button", { name: "Åpne møtet: Møte 1: Hvem er vi?" }).click();
    await host.getByRole("heading", { name: "Dagens plan: Møte 1: Hvem er vi?" }).waitFor();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    // Nothing from an earlier meeting yet.
    await recapPanel(host).getByText("Gruppa har ikke noe i minnet fra et tidligere møte ennå.").waitFor();

    const { page: tablet } = await e2e.open({ width: 820, height: 1180 });
    await tablet.goto(`${e2e.url}/join`);
    await tablet.getByLabel("Skriv koden du ser på skjermen").fill(code.toLowerCase());
    await tablet.getByRole("button", { name: "Neste" }).click();
    await tablet.getByRole("heading", { name: "Velg ditt dyr" }).waitFor();
    await tablet.locator(".avatar-button").first().click();
    await tablet.getByRole("heading", { name: "Du er med!" }).waitFor();

    await host.getByRole("button", { name: "Start møtet →" }).click();
    await tablet.getByRole("button", { name: "modig", exact: true }).click();
    await memoryPanel(host).getByRole("checkbox", { name: "modig", exact: true }).waitFor();

    await host.getByRole("button", { name: "Tenn et lys" }).click();
    await host.getByRole("button", { name: "Tenn et lys" }).click();
    const goal = host.locator("section.goal-tools");
    await goal.getByRole("checkbox", { name: "Dere samarbeidet" }).check();
    await goal.getByRole("checkbox", { name: "Dere hørte på hverandre" }).check();
    await goal.getByRole("button", { name: "Vis feiringen" }).click();

    const memory = memoryPanel(host);
    await memory.getByText("Fyret: 2 lys tent i dag").waitFor();
    await memory.getByRole("checkbox", { name: "Dere hørte på hverandre" }).waitFor();
    expect(await memory.getByRole("checkbox", { name: "Dere samarbeidet" }).isChecked()).toBe(true);
    expect(await memory.getByRole("checkbox", { name: "modig", exact: true }).isChecked()).toBe(true);
    await memory.getByRole("checkbox", { name: "Dere hørte på hverandre" }).uncheck();
    await memory.getByLabel("Noe gruppa lærte", { exact: true }).fill("Det er ikke barnas skyld");
    await memory.getByRole("button", { name: "Legg til Noe gruppa lærte" }).click();
    await memory.getByRole("button", { name: "Ta bort «Det er ikke barnas skyld»" }).waitFor();
    await memory.getByRole("button", { name: "Lagre i gruppas minne" }).click();
    await memory.getByText("Lagret i gruppas minne.").waitFor();
    await expectAxeClean(host, "console with the group's memory");
    await memory.scrollIntoViewIfNeeded();
    await screenshot(host, "memory-console-today");

    await host.getByRole("button", { name: "Avslutt økta" }).click();
    // The end dialog of a group's meeting reminds the leader to keep what the group did first.
    await host.getByText("lagre det i «Gruppas minne» før dere avslutter", { exact: false }).waitFor();
    await host.getByRole("button", { name: "Ja, gjør det" }).click();
    await host.getByRole("button", { name: "Tilbake", exact: true }).click();

    // --- meeting 2
    await host.getByRole("button", { name: "Åpne møtet: Møte 2: Følelser" }).click();
    await host.getByRole("heading", { name: "Dagens plan: Møte 2: Følelser" }).waitFor();
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const { page: screen } = await e2e.open({ width: 1920, height: 1080 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.locator(".join-box, .join-corner").first().waitFor();

    const recap = recapPanel(host);
    await recap.getByLabel("Møtets navn").waitFor();
    expect(await recap.getByLabel("Møtets navn").inputValue()).toBe("Møte 1: Hvem er vi?");
    await recap.getByText("Vi tente 2 lys i fyret · 2 lys så langt").waitFor();
    await recap.getByText("Tema så langt i serien: Hvem vi er").waitFor();
    expect(await recap.getByRole("checkbox", { name: "Dere samarbeidet" }).isChecked()).toBe(true);
    expect(await recap.getByRole("checkbox", { name: "Dere hørte på hverandre" }).count()).toBe(0);
    // The leader rewrites the line before it is shown.
    await recap.getByLabel("Dette har vi lært 1").fill("Det er aldri barnas skyld");
    await recap.getByRole("button", { name: "Vis «Sist gang…» på skjermen" }).click();
    await recap.getByText("«Sist gang…» vises på skjermen nå.").waitFor();

    await screen.getByRole("heading", { name: "Sist gang…" }).waitFor();
    await screen.getByText("Det er aldri barnas skyld").waitFor();
    await screen.getByText("Dere samarbeidet").waitFor();
    await screen.getByText("modig", { exact: true }).waitFor();
    await screen.getByText("Vi tente 2 lys i fyret").waitFor();
    expect(await screen.getByText("Dere hørte på hverandre").count()).toBe(0);
    expect(await screen.getByText("Det er ikke barnas skyld").count()).toBe(0);
    await expectAxeClean(screen, "projector with Sist gang…");
    await screenshot(screen, "memory-screen-recap");
    await expectAxeClean(host, "console with Sist gang…");
    await recap.scrollIntoViewIfNeeded();
    await screenshot(host, "memory-console-recap");

    // Saving the edit back keeps it for later; taking it off the screen clears the projector.
    await recap.getByRole("button", { name: "Lagre endringene i minnet" }).click();
    await recap.getByRole("button", { name: "Ta «Sist gang…» bort fra skjermen" }).click();
    await screen.getByRole("heading", { name: "Sist gang…" }).waitFor({ state: "detached" });
    const stored = (await host.evaluate(async () => (await fetch("/api/groups")).json())) as { groups: { id: string }[] };
    const mem = (await host.evaluate(async (id) => (await fetch(`/api/groups/${id}/memory`)).json(), stored.groups[0].id)) as { entries: { key: string; version: number; entry: Record<string, unknown> }[] };
    expect(mem.entries).toHaveLength(1);
    expect(mem.entries[0]).toMatchObject({ key: "m1", version: 2, entry: { lamps: 2, strengths: ["cooperated"], garden: ["modig"], learned: ["Det er aldri barnas skyld"], themes: ["Hvem vi er"] } });

    // On the groups list: the series so far, and each remembered meeting.
    await host.getByRole("button", { name: "Tilbake" }).first().click();
    await host.getByText("Gruppas minne: Minnegruppa").click();
    const summary = host.locator("details.memory-summary");
    await summary.getByText("Tema så langt i serien: Hvem vi er").waitFor();
    await summary.getByText("Det er aldri barnas skyld").waitFor();
    await summary.getByText("2 lys så langt").waitFor();
    await expectAxeClean(host, "groups list with the group's memory open");
    await summary.scrollIntoViewIfNeeded();
    await screenshot(host, "memory-groups-summary");
  });

  it("a full Sist gang… fits the projector with no scrolling at 1280×720 and 1920×1080", { timeout: 60_000 }, async () => {
    // The first test made the account; this one signs in as it (no browser needed to open a room).
    const api = await facilitator(e2e.url, "leder", "et-langt-passord-123");
    const room = await openRoom(api);
    const host = connect<HostView>(e2e.url, room.hostToken);
    await waitFor(host, (s) => !!s.envelope, 3000, "console");
    const recap: Recap = {
      title: "Møte 4: Hva er rus?",
      lamps: 4,
      lampsSoFar: 11,
      strengths: ["cooperated", "listened", "supported", "brave", "talked", "included"],
      garden: ["modig", "hjelpsom", "lytter"],
      words: ["Dere holdt ut helt til tårnet sto", "Dere lyttet når noen fortalte noe vanskelig"],
      learned: [
        "Rus er når noen bruker alkohol eller andre stoffer så mye at det blir vanskelig hjemme",
        "Det er aldri barnas skyld at en voksen drikker",
        "Vi kan snakke med en voksen vi stoler på",
        "Mange barn har det sånn, vi er ikke alene",
        "Det er lov å være glad i en forelder som drikker",
      ],
      themes: ["Hva rus er", "Hvem vi kan snakke med"],
    };
    expect((await host.send("recap:show", { recap })).ok).toBe(true);
    try {
      for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
        const { page: screen } = await e2e.open(size);
        await screen.goto(`${e2e.url}/screen#t=${encodeURIComponent(room.screenToken)}`);
        await screen.getByRole("heading", { name: "Sist gang…" }).waitFor();
        await screen.getByText("Det er lov å være glad i en forelder som drikker").waitFor();
        await screenshot(screen, `memory-screen-full-${size.width}`);
        const fit = await screen.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, ih: innerHeight, iw: innerWidth }));
        expect(fit.h, `${size.width}×${size.height} height`).toBeLessThanOrEqual(fit.ih);
        expect(fit.w, `${size.width}×${size.height} width`).toBeLessThanOrEqual(fit.iw);
        await expectAxeClean(screen, `full Sist gang… at ${size.width}×${size.height}`);
      }
    } finally {
      closeAllConnections();
    }
  });
});
