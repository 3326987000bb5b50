/**
 * The check-out reads the check-in of the same session, end to end: a faces check-in and then a
 * check-out run from the real console in Chromium, five tablets answer over socket.io-client.
 * The console calls it "Utsjekk", shows before/after per tablet behind the privacy curtain, and
 * the projector (real Chromium, four sizes) shows the k-safe "kjente seg lettere" in words and
 * relative sizes, with no number. axe on both surfaces; screenshots saved.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { claimSeat, closeAllConnections, connect, waitFor } from "../support/server.js";
import { createFirstAccount, e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

const AVATARS = ["fox-blue", "bear-green", "owl-orange", "cat-purple", "frog-blue"];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

async function answerAll(tablets: RoomConnection<SeatView>[], kindId: string, answers: (string | null)[]) {
  for (const [i, feeling] of answers.entries()) {
    const conn = tablets[i];
    await waitFor(conn, (s) => s.envelope?.view.activity?.id === kindId, 3000, "tablet follows");
    const action = feeling === null ? { type: "pass" } : { type: "answer", feeling };
    expect(await conn.send("activity:act", { activityId: kindId, action })).toMatchObject({ ok: true });
  }
}

const fits = (page: Page) =>
  page.evaluate(() => ({ h: document.documentElement.scrollHeight <= innerHeight, w: document.documentElement.scrollWidth <= innerWidth }));

describe("e2e: the check-out's link to the check-in", () => {
  it("before/after per tablet on the console, 'kjente seg lettere' on the projector", { timeout: 120_000 }, async () => {
    const host = await e2e.page({ width: 1366, height: 768 });
    await createFirstAccount(host, e2e.url);
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    await host.getByText("Tilkoblet").first().waitFor();
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const screen = await e2e.page({ width: 1920, height: 1080 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();

    const tablets: RoomConnection<SeatView>[] = [];
    for (const avatar of AVATARS) {
      const claim = await claimSeat(e2e.url, code, avatar);
      tablets.push(connect<SeatView>(e2e.url, claim.token));
    }
    await host.getByText("her", { exact: true }).nth(AVATARS.length - 1).waitFor();

    // ---- the check-in: three heavy feelings and a worried one; the fifth tablet passes
    await host.getByRole("button", { name: "Start Innsjekk", exact: true }).click();
    await host.getByRole("heading", { name: "Pågår nå: Innsjekk" }).waitFor();
    const checkinId = tablets[0].getSnapshot().envelope?.view.activity?.id ?? (await waitFor(tablets[0], (s) => s.envelope?.view.activity !== null)).envelope!.view.activity!.id;
    await answerAll(tablets, checkinId, ["trist", "trist", "redd", "bekymret", null]);
    await host.getByText("5 har svart").waitFor();
    await host.getByRole("button", { name: "Tilbake til lobbyen" }).click();

    // ---- the check-out, from the same console: it is called what it is
    await host.getByRole("button", { name: "Start Utsjekk", exact: true }).click();
    await host.getByRole("heading", { name: "Pågår nå: Utsjekk" }).waitFor();
    const checkout = await waitFor(tablets[0], (s) => s.envelope?.view.activity?.id !== checkinId && s.envelope?.view.activity?.kind === "checkin", 3000, "check-out");
    const checkoutId = checkout.envelope!.view.activity!.id;
    // Three feel lighter, one about the same (worried → sad: both heavy), the fifth passes again.
    await answerAll(tablets, checkoutId, ["glad", "rolig", "lettet", "trist", null]);
    await host.getByText("5 har svart").waitFor();

    // ---- the console: before/after per tablet, only behind the curtain
    expect(await host.getByText("før: trist").count()).toBe(0);
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("før: trist").first().waitFor();
    const rows = await host.locator(".activity-panel .answer-list > li").allTextContents();
    const withBefore = rows.filter((r) => r.includes("før:"));
    // Every tablet's check-in answer is there, the pass included ("før: pass"); a pass has no change.
    expect(withBefore, rows.join("\n")).toHaveLength(5);
    expect(rows.filter((r) => r.includes("kjente seg lettere"))).toHaveLength(3);
    expect(rows.filter((r) => r.includes("omtrent som før"))).toHaveLength(1);
    await expectAxeClean(host, "console: check-out with before/after");
    await screenshot(host, "checkout-console-before-after-1366x768");
    await host.getByRole("button", { name: "Skjul private detaljer" }).click().catch(() => undefined);

    // ---- the projector: the change as words and relative sizes, never a number
    await host.getByRole("button", { name: "Vis gruppebildet på skjermen" }).click();
    await screen.getByRole("heading", { name: "Sammenlignet med innsjekken" }).waitFor();
    const change = screen.locator("section[aria-labelledby='checkin-change-title']");
    await change.getByText("kjente seg lettere").waitFor();
    const changeText = await change.innerText();
    expect(changeText).toMatch(/mange|flere/);
    const pictureText = await screen.locator(".checkin-screen-pictures").innerText();
    expect(pictureText, "no number in the projector's pictures").not.toMatch(/\d/);
    await expectAxeClean(screen, "projector: check-out picture");
    for (const size of SIZES) {
      await screen.setViewportSize(size);
      await screen.waitForTimeout(150);
      expect(await fits(screen), `no scrolling at ${size.width}×${size.height}`).toEqual({ h: true, w: true });
      await screenshot(screen, `projector-checkout-change-${size.width}x${size.height}`);
    }
  });
});
