/**
 * Read-aloud on the tablet in real Chromium. The boundary mocked is the
 * device's speech engine (window.speechSynthesis and its voices), since
 * headless Chromium has none: the fake records every utterance with the
 * voice and lang the page set. It proves: the prompt and every option are
 * read; a Norwegian voice is chosen explicitly (voice + lang), also for
 * nynorsk (nb-NO); a tablet without a Norwegian voice tells the child and
 * reads nothing in a wrong voice; the host's "les alt høyt" makes tablets
 * read a new prompt by themselves.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import type { HostView } from "../../shared/protocol.js";
import { closeAllConnections, connect, facilitator, openRoom, waitFor } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

/** A speech engine with the given voices that records what it is asked to say. */
async function fakeSpeech(context: BrowserContext, voices: { name: string; lang: string }[]) {
  await context.addInitScript((list) => {
    const spoken: unknown[] = [];
    (window as unknown as { __spoken: unknown[] }).__spoken = spoken;
    const all = list.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
    class Utterance {
      text: string;
      lang = "";
      voice: { name: string } | null = null;
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => all,
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
      cancel: () => {},
      speaking: false,
      pending: false,
    });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    Object.defineProperty(window, "speechSynthesis", { get: () => synth, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken.slice());
const clearSpoken = (page: Page) => page.evaluate(() => void ((window as unknown as { __spoken: Spoken[] }).__spoken.length = 0));

describe("e2e: read-aloud", () => {
  it("reads prompt and options in a Norwegian voice, says when there is none, and reads by itself when the host asks", { timeout: 90_000 }, async () => {
    const api = await facilitator(e2e.url);
    const room = await openRoom(api);
    const host = connect<HostView>(e2e.url, room.hostToken);
    await waitFor(host, (s) => s.envelope !== null, 3000, "host");

    const join = async (voices: { name: string; lang: string }[], animal: RegExp) => {
      const { context, page } = await e2e.open({ width: 768, height: 1024 }, "reduce");
      await fakeSpeech(context, voices);
      await page.goto(`${e2e.url}/join?code=${room.code}`);
      await page.getByRole("button", { name: animal }).first().click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      return page;
    };
    const withNorwegian = await join([{ name: "Samantha", lang: "en-US" }, { name: "Nora", lang: "nb-NO" }], /rev/);
    const englishOnly = await join([{ name: "Samantha", lang: "en-US" }, { name: "Daniel", lang: "en-GB" }], /bjørn/);

    expect(await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).toMatchObject({ ok: true });
    await withNorwegian.getByRole("heading", { name: "Hvordan har du det i dag?" }).waitFor();

    // ---- the prompt, then every option, all in the Norwegian voice with its lang
    await withNorwegian.getByRole("button", { name: /^Les opp/ }).click();
    const said = await spoken(withNorwegian);
    expect(said[0].text).toBe("Hvordan har du det i dag?");
    expect(said.map((s) => s.text)).toEqual(expect.arrayContaining(["glad", "trist", "Vet ikke", "Pass"]));
    expect(said.length).toBeGreaterThan(6);
    for (const s of said) expect(s).toMatchObject({ voice: "Nora", lang: "nb-NO" });
    // The help button is not an option of the question.
    expect(said.map((s) => s.text)).not.toContain("Jeg vil snakke med en voksen");

    // ---- nynorsk is read with the bokmål voice (no platform has nn-NO)
    expect(await host.send("room:configure", { language: "nn" })).toMatchObject({ ok: true });
    await withNorwegian.getByRole("heading", { name: "Korleis har du det i dag?" }).waitFor();
    await clearSpoken(withNorwegian);
    await withNorwegian.getByRole("button", { name: /^Les opp/ }).click();
    const nynorsk = await spoken(withNorwegian);
    expect(nynorsk[0].text).toBe("Korleis har du det i dag?");
    for (const s of nynorsk) expect(s).toMatchObject({ voice: "Nora", lang: "nb-NO" });
    expect(await host.send("room:configure", { language: "nb" })).toMatchObject({ ok: true });

    // ---- no Norwegian voice: the child is told, and nothing is read in an English voice
    await englishOnly.getByRole("heading", { name: "Hvordan har du det i dag?" }).waitFor();
    await englishOnly.getByRole("button", { name: /^Les opp/ }).click();
    await englishOnly.getByText("Dette nettbrettet har ingen norsk stemme for opplesing", { exact: false }).waitFor();
    expect(await spoken(englishOnly)).toEqual([]);
    await expectAxeClean(englishOnly, "tablet with the no-voice note");
    await screenshot(englishOnly, "read-aloud-no-voice");

    // ---- "les alt høyt": the next prompt is read without a tap
    const checkin = host.getSnapshot().envelope!.view.activity!;
    expect(await host.send("activity:stop", { activityId: checkin.id })).toMatchObject({ ok: true });
    expect(await host.send("room:configure", { readAloud: true })).toMatchObject({ ok: true });
    await clearSpoken(withNorwegian);
    expect(await host.send("activity:start", { kind: "quiz", config: { deck: "skyld" } })).toMatchObject({ ok: true });
    await withNorwegian.waitForFunction(() => (window as unknown as { __spoken: Spoken[] }).__spoken.length > 0, undefined, { timeout: 5000 });
    const auto = await spoken(withNorwegian);
    expect(auto[0].text).toContain("Er det barnets skyld");
    expect(auto[0]).toMatchObject({ voice: "Nora", lang: "nb-NO" });
    // Read once, not again on every update of the same card.
    const count = auto.length;
    await withNorwegian.locator(".quiz-choice", { hasText: "Nei" }).click();
    await withNorwegian.locator(".quiz-choice[aria-pressed=true]").waitFor();
    await withNorwegian.waitForTimeout(400);
    expect((await spoken(withNorwegian)).length, JSON.stringify(await spoken(withNorwegian))).toBe(count);
  });
});
