/**
 * The console by keyboard alone, and its targets, in real Chromium.
 *
 * Keyboard: after signing in, a whole session is run with Tab, Shift+Tab, Enter and Space only
 * (tablets join and answer over socket.io-client): open the privacy curtain, start the question
 * box, approve a child's question, lower a raised hand, go back to the lobby, start the
 * check-in, show its picture, lock the room, end the session through its confirmation. At every
 * Tab stop the focused element must show a focus indicator (an outline of at least 2 px) and lie
 * inside the viewport, not under the pinned safeguarding strip (WCAG 2.4.7, 2.4.11).
 *
 * Targets: every button, link, select, summary, text input and checkbox (its label, when the
 * label holds it) measures at least 44×44 px, at 1366×768 and at 390×844, in the lobby and with a
 * running activity and the curtain open (WCAG 2.5.8, the product's 44 px rule).
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { claimSeat, closeAllConnections, connect, waitFor } from "../support/server.js";
import { createFirstAccount, e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

/** Targets under 44×44 px on the page as it is now. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && !el.closest("[hidden], .visually-hidden, dialog:not([open])") && getComputedStyle(el).visibility !== "hidden";
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} «${(el.textContent ?? (el as HTMLInputElement).value ?? "").trim().slice(0, 40)}»`;
    const found: string[] = [];
    const targets = document.querySelectorAll("button, a[href], select, summary, input");
    for (const el of targets) {
      if (!shown(el)) continue;
      // A checkbox or radio is pressed through its label when the label holds it.
      const target = (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") && el.closest("label")) || el;
      const r = target.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) found.push(`${Math.round(r.width)}×${Math.round(r.height)}: ${name(target)}`);
    }
    return [...new Set(found)];
  });
}

/** Where focus is, whether it is visible and whether the pinned strip covers it. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== "none";
    const strip = document.querySelector(".sg-strip");
    const s = strip?.getBoundingClientRect();
    // The strip is pinned at the top: an element is obscured when any of it is under the strip.
    const under = s !== undefined && !strip!.contains(el) && r.top < s.bottom - 1 && r.bottom > s.top;
    const labelled = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : null;
    const text = (el.getAttribute("aria-label") ?? labelled ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
    return { text, tag: el.tagName.toLowerCase(), visible: outline || ring, inViewport: r.top >= 0 && r.bottom <= innerHeight + 1, under };
  });
}

const stops: string[] = [];
let accountMade = false;

/**
 * Tab (or Shift+Tab) until the focused element's text matches, checking every stop on the
 * way; then the caller presses Enter or Space. Fails if the target is not reachable.
 */
async function tabTo(page: Page, match: RegExp, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (opts.max ?? 120); i++) {
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
    // Measured once the browser has scrolled the focused element into view and laid out (a
    // view update from the server may land in the same frame on a busy machine).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    let f = await focusState(page);
    if (!f) continue;
    // On a busy machine (several Chromiums on two cores) a view update can land between the key
    // and the measurement and re-lay the page; give the browser up to a second to settle, then
    // the checks below must hold.
    for (let wait = 0; wait < 10 && !(f.inViewport && !f.under); wait++) {
      await page.waitForTimeout(100);
      f = (await focusState(page)) ?? f;
    }
    stops.push(f.text);
    expect(f.visible, `focus indicator on «${f.text}»`).toBe(true);
    expect(f.inViewport, `«${f.text}» in the viewport when focused`).toBe(true);
    expect(f.under, `«${f.text}» not under the pinned strip`).toBe(false);
    if (match.test(f.text)) return;
  }
  throw new Error(`not reachable by ${opts.back ? "Shift+Tab" : "Tab"}: ${match} (last stops: ${stops.slice(-8).join(" | ")})`);
}

async function press(page: Page, match: RegExp, key: "Enter" | " " = "Enter", back = false) {
  await tabTo(page, match, { back });
  await page.keyboard.press(key);
}

describe("e2e: the console by keyboard, and its targets", () => {
  // One retry: in two clean-clone runs on a loaded 2-core machine a focus stop was once found
  // out of view after the page re-laid (not reproduced alone); a real regression fails twice.
  it("a whole session with Tab, Shift+Tab, Enter and Space; focus always visible and never under the strip", { timeout: 180_000, retry: 1 }, async () => {
    const host = await e2e.page({ width: 1366, height: 768 });
    if (!accountMade) {
      await createFirstAccount(host, e2e.url);
      accountMade = true;
    } else {
      // The retry: the install already has its first account.
      await host.goto(`${e2e.url}/host`);
      await host.getByLabel("Brukernavn").fill("leder");
      await host.getByLabel("Passord").fill("et-langt-passord-123");
      await host.getByRole("button", { name: "Logg inn" }).click();
      await host.getByRole("button", { name: "Åpne nytt rom" }).waitFor();
    }
    // From here on: keyboard only.
    await host.locator("body").focus();
    await press(host, /^Åpne nytt rom$/);
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    await host.getByText("Tilkoblet").first().waitFor();

    expect(await smallTargets(host), "lobby at 1366×768").toEqual([]);
    await host.setViewportSize({ width: 390, height: 844 });
    expect(await smallTargets(host), "lobby at 390×844").toEqual([]);
    await host.setViewportSize({ width: 1366, height: 768 });

    const tablets: RoomConnection<SeatView>[] = [];
    for (let i = 0; i < 4; i++) {
      const claim = await claimSeat(e2e.url, code, ALL_AVATARS[i]);
      const conn = connect<SeatView>(e2e.url, claim.token);
      await waitFor(conn, (s) => s.envelope !== null, 3000, "tablet");
      tablets.push(conn);
    }
    await host.getByText("her", { exact: true }).nth(3).waitFor();

    // Open the privacy curtain (Space on a toggle button).
    await press(host, /Vis private detaljer/, " ");
    await host.getByRole("button", { name: /Lukk personvernteppet/ }).waitFor();

    // Start the question box; a child asks; the leader approves it.
    await press(host, /^Start\s+Spørsmålsboksen$/);
    await host.getByRole("heading", { name: /^Pågår nå: Spørsmålsboksen/ }).waitFor();
    const qb = await waitFor(tablets[0], (s) => s.envelope?.view.activity?.kind === "questionbox", 3000, "question box");
    expect(await tablets[0].send("activity:act", { activityId: qb.envelope!.view.activity!.id, action: { type: "ask", text: "Kan det gå over?" } })).toMatchObject({ ok: true });
    await host.getByText("Kan det gå over?").first().waitFor();
    await press(host, /^Godkjenn/);
    await host.getByRole("button", { name: /^Godkjenn/ }).waitFor({ state: "detached" });

    // A hand goes up; the leader shows who and lowers it.
    expect(await tablets[1].send("hand:raise", {})).toMatchObject({ ok: true });
    await host.getByText("1 vil si noe").waitFor();
    await press(host, /^Ta ned /);
    await host.getByText("Ingen hender oppe").waitFor();
    await expectAxeClean(host, "console: question box by keyboard");

    // Targets with a running activity and the curtain open, at both sizes.
    expect(await smallTargets(host), "question box at 1366×768").toEqual([]);
    await host.setViewportSize({ width: 390, height: 844 });
    expect(await smallTargets(host), "question box at 390×844").toEqual([]);
    await host.setViewportSize({ width: 1366, height: 768 });

    // Back to the lobby (reached backwards with Shift+Tab), then the check-in.
    await press(host, /^Tilbake til lobbyen$/, "Enter", true);
    await host.getByRole("heading", { name: "Aktiviteter" }).waitFor();
    await press(host, /^Start\s+Innsjekk$/);
    await host.getByRole("heading", { name: "Pågår nå: Innsjekk" }).waitFor();
    const ci = await waitFor(tablets[0], (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "check-in");
    for (const [i, feeling] of ["glad", "glad", "glad", "trist"].entries()) {
      expect(await tablets[i].send("activity:act", { activityId: ci.envelope!.view.activity!.id, action: { type: "answer", feeling } })).toMatchObject({ ok: true });
    }
    await host.getByText("4 har svart").first().waitFor();
    await press(host, /^Vis gruppebildet på skjermen$/);
    await host.getByText("Gruppebildet vises. Svarene er stengt.").waitFor();
    expect(await smallTargets(host), "check-in at 1366×768").toEqual([]);
    await host.setViewportSize({ width: 390, height: 844 });
    expect(await smallTargets(host), "check-in at 390×844").toEqual([]);
    await screenshot(host, "console-keyboard-checkin-390x844");
    await host.setViewportSize({ width: 1366, height: 768 });

    // 2.4.11 where it bites: from the bottom of the page back up with Shift+Tab, each control
    // scrolls into view at the top, where the strip is pinned.
    await tabTo(host, /myk lyd/);
    await host.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await host.evaluate(() => scrollY), "the page scrolled").toBeGreaterThan(100);
    // Lock the room (reached backwards from the bottom), then end the session through its confirmation.
    await press(host, /^Lås rommet$/, "Enter", true);
    await host.getByRole("button", { name: "Lås opp rommet" }).waitFor();
    await press(host, /^Avslutt økta$/);
    await host.locator("dialog[open]").waitFor();
    await screenshot(host, "console-keyboard-end-dialog-1366x768");
    await press(host, /^Ja, gjør det$/);
    await host.getByRole("heading", { name: "Takk for i dag!" }).waitFor();
    for (const t of tablets) await waitFor(t, (s) => s.closed !== null, 3000, "tablet sent away");
    expect(stops.length).toBeGreaterThan(20);
  });
});
