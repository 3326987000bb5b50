/**
 * Safeguarding on the leader's console and the tablets, in real Chromium:
 * the strip with the curtain closed (a check-in "say more" disclosure raises
 * it; its words stay hidden until that one item is opened), help pressed on
 * an offline tablet (shown at once, reaches the host after setOffline(false),
 * taken back with "Det går bra nå"), the end-of-session list, the console's
 * own language and the sign-in error in it. axe on every changed screen.
 */
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { TEST_SETUP_CODE } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });

const DISCLOSURE = "jeg gruer meg til å dra hjem i dag";
const OFFLINE_TEXT = "Beskjeden sendes når nettet er tilbake. Du kan også gå til en voksen nå.";

async function joinTablet(code: string): Promise<{ context: BrowserContext; page: Page; avatar: string }> {
  const { context, page } = await e2e.open({ width: 820, height: 1180 });
  await page.goto(`${e2e.url}/join?code=${code}`);
  const first = page.locator(".avatar-button").first();
  const avatar = (await first.locator(".avatar-label").textContent())!;
  await first.click();
  await page.getByRole("heading", { name: "Du er med!" }).waitFor();
  return { context, page, avatar };
}

describe("e2e: safeguarding on the console", () => {
  it("sign-in errors speak the console's language, which is set apart from the room's", { timeout: 60_000 }, async () => {
    const host = await e2e.page();
    await host.goto(`${e2e.url}/host`);
    // A wrong setup code: the console's words for it, not the server's English.
    await host.getByLabel("Oppsettkode").fill("feil-kode-123");
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("alert").getByText("Det er ikke oppsettkoden.", { exact: false }).waitFor();
    await host.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
    await host.getByRole("button", { name: "Opprett konto" }).click();
    await host.getByRole("button", { name: "Logg ut" }).click();
    // The signed-in page has username fields of its own (new account, invite): wait for the sign-in form.
    await host.getByRole("button", { name: "Logg inn" }).waitFor();

    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("feil-passord");
    await host.getByRole("button", { name: "Logg inn" }).click();
    await host.getByRole("alert").getByText("Feil brukernavn eller passord.").waitFor();
    // Neither the child-facing words nor the server's English message.
    expect(await host.getByText("Du må bli med i rommet på nytt.").count()).toBe(0);
    expect(await host.getByText(/Wrong username/).count()).toBe(0);
    await expectAxeClean(host, "/host sign-in error");

    await host.getByLabel("Språk i konsollen").selectOption("en");
    await host.getByRole("alert").getByText("Wrong username or password.").waitFor();
    expect(await host.evaluate(() => document.documentElement.lang)).toBe("en");
    await screenshot(host, "host-login-error-en");
    // The choice is kept on this browser.
    await host.reload();
    await host.getByLabel("Console language").waitFor();
    await host.getByLabel("Console language").selectOption("nb");
    await host.getByLabel("Språk i konsollen").waitFor();
  });

  it("a check-in disclosure raises the strip with the curtain closed; an offline help press shows at once and arrives on reconnect; the end lists what is open", { timeout: 150_000 }, async () => {
    const { page: host } = await e2e.open({ width: 1280, height: 900 });
    // Count the chimes at the browser's audio boundary (the sound is off by default).
    await host.addInitScript(() => {
      const w = window as unknown as { __oscillators: number; AudioContext: typeof AudioContext };
      w.__oscillators = 0;
      const Real = w.AudioContext;
      w.AudioContext = class extends Real {
        override createOscillator() {
          w.__oscillators++;
          return super.createOscillator();
        }
      } as typeof AudioContext;
    });
    await host.goto(`${e2e.url}/host`);
    await host.getByLabel("Brukernavn").fill("leder");
    await host.getByLabel("Passord").fill("et-langt-passord-123");
    await host.getByRole("button", { name: "Logg inn" }).click();
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    const baseTitle = await host.title();
    await host.getByText("Ingenting venter nå").waitFor();

    const a = await joinTablet(code);
    const b = await joinTablet(code);
    // The room speaks nynorsk to the children; the console stays in bokmål.
    await host.getByLabel("Språk", { exact: true }).selectOption("nn");
    await expect.poll(() => a.page.evaluate(() => document.documentElement.lang)).toBe("nn");
    expect(await host.evaluate(() => document.documentElement.lang)).toBe("nb");
    await host.getByText("her", { exact: true }).nth(1).waitFor();
    await host.getByRole("heading", { name: "Aktiviteter" }).waitFor();

    // --- check-in with "say more": the disclosure goes to the leader only
    await host.getByRole("button", { name: "Start Innsjekk", exact: true }).click();
    await a.page.getByRole("button", { name: "glad", exact: true }).click();
    await a.page.getByRole("button", { name: "veldig" }).click();
    await a.page.locator(".say-more textarea").waitFor();
    await a.page.locator(".say-more textarea").fill(DISCLOSURE);
    await a.page.locator(".say-more").getByRole("button").last().click();
    await host.getByText("1 ting bør leses").waitFor();
    expect(await host.title()).toBe(`(1) ${baseTitle}`);
    // Curtain closed: a neutral count only. Not the words, not the avatar, not the kind of flag.
    expect(await host.getByText(DISCLOSURE).count()).toBe(0);
    expect(await host.getByText(/Redd hjemme|Vold/).count()).toBe(0);
    await expectAxeClean(host, "/host strip, curtain closed");
    await screenshot(host, "host-strip-closed");

    // The list shows numbers and times only; opening one item shows that item alone.
    await host.getByRole("button", { name: "Vis listen" }).click();
    await host.getByText(/^Nummer 1, kl\. \d\d[:.]\d\d$/).waitFor();
    expect(await host.getByText(DISCLOSURE).count()).toBe(0);
    await host.getByRole("button", { name: /Åpne nummer 1/ }).click();
    await host.locator(".sg-item-body blockquote", { hasText: DISCLOSURE }).waitFor();
    await host.locator(".sg-item-body").getByText(a.avatar).waitFor();
    await host.locator(".sg-item-body").getByText(/Redd hjemme/).waitFor();
    // Still behind the curtain: the per-seat answers are not shown.
    await host.getByRole("button", { name: "Vis private detaljer" }).waitFor();
    expect(await host.getByText("Svar fra hvert nettbrett").count()).toBe(0);
    await expectAxeClean(host, "/host strip, one item open");
    await screenshot(host, "host-strip-item-open");
    await host.getByRole("button", { name: "Merk som lest" }).click();
    await host.getByText("Ingenting venter nå").waitFor();
    expect(await host.title()).toBe(baseTitle);

    // Turn the soft sound on (console setting, off by default).
    await host.getByLabel("Spill en myk lyd når noe nytt bør leses").check();
    const chimesBefore = await host.evaluate(() => (window as unknown as { __oscillators: number }).__oscillators);
    expect(chimesBefore).toBe(0);

    // --- tablet B goes offline and asks for an adult: it is told at once
    await b.context.setOffline(true);
    await b.page.getByText(/Koplar til att|Fråkopla/).waitFor({ timeout: 30_000 });
    await b.page.getByRole("button", { name: "Eg vil snakke med ein vaksen" }).click();
    await b.page.getByText("Beskjeden blir send når nettet er tilbake. Du kan òg gå til ein vaksen no.").waitFor({ timeout: 2_000 });
    await expectAxeClean(b.page, "/join help while offline");
    await screenshot(b.page, "join-help-offline");
    await new Promise((r) => setTimeout(r, 500));
    expect(await host.getByText("Ingenting venter nå").count()).toBe(1);

    // Back online: it reaches the host, once.
    await b.context.setOffline(false);
    await host.getByText("1 ting bør leses").waitFor({ timeout: 20_000 });
    await b.page.getByText("Ein vaksen kjem til deg.").waitFor();
    await expect.poll(() => host.evaluate(() => (window as unknown as { __oscillators: number }).__oscillators)).toBeGreaterThan(0);

    // "Det går bra nå": the leader sees it was taken back.
    await b.page.getByRole("button", { name: "Det går bra no" }).click();
    await b.page.getByText("Greitt. Du kan trykke igjen når du vil.").waitFor();
    await host.getByRole("button", { name: /Åpne nummer 1/ }).click();
    await host.locator(".sg-item-body").getByText(/Trakk tilbake hjelp/).waitFor();
    await host.locator(".sg-item-body").getByText(b.avatar).waitFor();

    // --- a question put aside to talk later, with a private note
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();
    await host.getByRole("button", { name: "Start Spørsmålsboksen", exact: true }).click();
    await a.page.getByLabel(/Skriv spørsmålet ditt/).fill("Hvorfor er pappa så sliten");
    await a.page.getByRole("button", { name: /Send til dei vaksne|Send til de voksne/ }).click();
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    const item = host.locator("section[aria-labelledby='qb-queue-title'] li.qb-item").first();
    await item.getByRole("button", { name: "Snakk senere" }).click();
    await item.getByLabel("Privat notat til deg selv (valgfritt)").fill("reven i pausen");
    await item.getByRole("button", { name: "Legg til side" }).click();
    await host.locator("section[aria-labelledby='qb-later-title']").waitFor();
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();

    // --- end: the open alert and the talk-later item are listed once, here only
    await host.getByRole("button", { name: "Avslutt økta" }).click();
    const dialog = host.getByRole("dialog", { name: "Før du avslutter økta" });
    await dialog.waitFor();
    await dialog.getByText(/Trakk tilbake hjelp/).waitFor();
    await dialog.getByText("Hvorfor er pappa så sliten").waitFor();
    await dialog.getByText("Snakk senere").first().waitFor();
    await dialog.getByText("Ditt notat: reven i pausen").waitFor();
    await dialog.getByText(DISCLOSURE).waitFor();
    await dialog.getByText(b.avatar).first().waitFor();
    await expectAxeClean(host, "/host end dialog");
    await screenshot(host, "host-end-dialog");
    await dialog.getByRole("button", { name: "Jeg har notert det jeg trenger" }).click();
    await a.page.getByRole("heading", { name: /Takk for i dag/ }).waitFor();
    await b.page.getByRole("heading", { name: /Takk for i dag/ }).waitFor();
    expect(e2e.server.sammen.registry.stats()).toEqual({ rooms: 0, seats: 0 });
  });
});
