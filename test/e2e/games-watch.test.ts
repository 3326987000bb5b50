/**
 * "Jeg ser på" and Bygg sammen's "Gi bort" by avatar, in real Chromium, as
 * children would use them (docs/rules.md, "Watching is a first-class way to take part", "Handing on is the child's choice"): three tablets
 * (portrait 768×1024 and landscape 1024×768), the host and the projector.
 * A tablet chooses to watch Ballongen and the other two still breathe the
 * balloon to the top, with the projector's words saying it rises while it
 * does; the watcher comes back. In Bygg sammen each piece shows its place on a
 * small picture of the target, a child hands a piece to a chosen avatar, and a
 * child who watches is no longer offered. Screenshots, axe, and targets of at
 * least 44 px.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { HostView } from "../../shared/protocol.js";
import { closeAllConnections, connect, facilitator, openRoom, waitFor } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

async function expectTargetsAtLeast44(page: Page, selector: string) {
  const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
  expect(boxes.length, selector).toBeGreaterThan(0);
  for (const [w, h] of boxes) {
    expect(w, selector).toBeGreaterThanOrEqual(44);
    expect(h, selector).toBeGreaterThanOrEqual(44);
  }
}

async function pressHold(page: Page) {
  const button = page.getByRole("button", { name: /^(Hold|Du holder)$/ });
  await button.waitFor();
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.getByRole("button", { name: "Du holder" }).waitFor();
}

describe("e2e: watching and handing on in the games", () => {
  it("a tablet watches Ballongen and comes back; Bygg sammen shows where pieces go and gives by avatar", { timeout: 150_000 }, async () => {
    const api = await facilitator(e2e.url);
    const room = await openRoom(api);
    const host = connect<HostView>(e2e.url, room.hostToken);
    await waitFor(host, (s) => s.envelope !== null, 3000, "host");
    const screen = await e2e.page({ width: 1280, height: 720 }, "reduce");
    await screen.goto(`${e2e.url}/screen#t=${room.screenToken}`);
    await screen.getByText(room.code, { exact: true }).first().waitFor();

    const join = async (viewport: { width: number; height: number }, animal: RegExp) => {
      const page = await e2e.page(viewport, "reduce");
      await page.goto(`${e2e.url}/join?code=${room.code}`);
      await page.getByRole("button", { name: animal }).first().click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      return page;
    };
    const fox = await join({ width: 768, height: 1024 }, /^blå rev/);
    const bear = await join({ width: 768, height: 1024 }, /^grønn bjørn/);
    const owl = await join({ width: 1024, height: 768 }, /^oransje ugle/);
    await waitFor(host, (s) => s.envelope!.view.seats.filter((x) => x.presence === "present").length === 3, 5000, "three tablets");
    const start = async (kind: string, config: unknown) => {
      const ack = await host.send("activity:start", { kind, config });
      expect(ack).toMatchObject({ ok: true });
      return (await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, kind)).envelope!.view.activity!.id;
    };

    // ================= Ballongen: the owl watches =================
    await start("ballongen", { targetSeconds: 8, pattern: "4-4" });
    await owl.getByRole("button", { name: "Hold", exact: true }).waitFor();
    await fox.getByRole("button", { name: "Jeg ser på", exact: true }).waitFor();
    await screenshot(fox, "games-watch-ballongen-offer-portrait");
    await expectAxeClean(fox, "/join Ballongen with \"Jeg ser på\" (portrait)");
    await expectTargetsAtLeast44(owl, ".watch-button");
    await owl.getByRole("button", { name: "Jeg ser på", exact: true }).click();
    await owl.getByText("Du ser på. Det er helt greit.").waitFor();
    await expect(owl.getByRole("button", { name: "Hold", exact: true }).count()).resolves.toBe(0);
    await expectTargetsAtLeast44(owl, ".watch-back");
    await screenshot(owl, "games-watch-ballongen-landscape");
    await expectAxeClean(owl, "/join Ballongen watching (landscape)");
    // The host sees how many watch, never who; the projector sees nothing of it.
    await waitFor(host, (s) => (s.envelope?.view.activity?.view as { watchers?: number } | undefined)?.watchers === 1, 3000, "host sees one watching");

    // The other two breathe; the words on the projector say it rises while it does.
    await screen.locator(".lift-words", { hasText: "Ballongen venter på oss" }).waitFor();
    await pressHold(fox);
    await pressHold(bear);
    await screen.locator(".lift-words", { hasText: /Ballongen stiger/ }).waitFor({ timeout: 5000 });
    await screenshot(screen, "games-watch-ballongen-screen-rising");
    expect(await screen.locator("main").innerText()).not.toMatch(/ser på|ugle/i);
    // Let go (both), and the words go back to waiting once the breath out is over.
    await fox.mouse.up();
    await bear.mouse.up();
    await screen.locator(".lift-words", { hasText: "Ballongen venter på oss" }).waitFor({ timeout: 12_000 });
    await pressHold(fox);
    await pressHold(bear);
    // Two breathing, sized for two: the top comes in about the promised time (8 s, level 3; holding through costs a little).
    await screen.getByText("Ballongen nådde toppen! Vi klarte det sammen!").waitFor({ timeout: 25_000 });
    await fox.mouse.up();
    await bear.mouse.up();
    // The owl comes back: in the next round it can hold again.
    await owl.getByRole("button", { name: "Bli med igjen", exact: true }).click();
    await owl.getByText("Vi klarte det sammen!").waitFor();
    await waitFor(host, (s) => (s.envelope?.view.activity?.view as { watchers?: number } | undefined)?.watchers === 0, 3000, "nobody watching");

    // ================= Bygg sammen: where pieces go, and Gi bort by avatar =================
    const id = await start("byggsammen", { motif: "regnbue" });
    await fox.getByRole("heading", { name: "Dine brikker" }).waitFor();
    // Each piece has a small picture with its place marked, and words instead of row numbers.
    const pictures = fox.getByRole("img", { name: /Plassen til brikken er merket/ });
    await pictures.first().waitFor();
    expect(await pictures.count()).toBe(await fox.getByRole("button", { name: /^Legg på/ }).count());
    expect(await fox.locator(".piece-label").allInnerTexts()).not.toContainEqual(expect.stringMatching(/\d/));
    await screenshot(fox, "games-watch-bygg-pieces-portrait");
    await expectAxeClean(fox, "/join Bygg sammen pieces (portrait)");

    const bearPieces = await bear.getByRole("button", { name: /^Legg på/ }).count();
    const firstLabel = (await fox.locator(".piece-label").first().innerText()).trim();
    await fox.getByRole("button", { name: /^Gi bort/ }).first().click();
    await fox.getByRole("heading", { name: "Hvem skal få brikken?" }).waitFor();
    // The other two tablets, by avatar (SVG animal and words), and "til noen som trenger den".
    await fox.getByRole("button", { name: /grønn bjørn/ }).waitFor();
    await fox.getByRole("button", { name: /oransje ugle/ }).waitFor();
    await expect(fox.getByRole("button", { name: /blå rev/ }).count()).resolves.toBe(0);
    await fox.getByRole("button", { name: "Til noen som trenger den" }).waitFor();
    await expectTargetsAtLeast44(fox, ".give-to, .give-any, .give-chooser .button");
    await screenshot(fox, "games-watch-bygg-give-portrait");
    await expectAxeClean(fox, "/join Bygg sammen give chooser");
    await fox.getByRole("button", { name: /grønn bjørn/ }).click();
    await fox.getByText("Brikken ble gitt til grønn bjørn.").waitFor();
    await expect.poll(() => bear.getByRole("button", { name: /^Legg på/ }).count(), { timeout: 5000 }).toBe(bearPieces + 1);
    await bear.locator(".piece-label", { hasText: firstLabel }).first().waitFor();

    // The owl (landscape) watches Bygg sammen: its pieces go to the others, and it is no longer offered.
    await owl.getByRole("heading", { name: "Dine brikker" }).waitFor();
    await screenshot(owl, "games-watch-bygg-pieces-landscape");
    await owl.getByRole("button", { name: "Jeg ser på", exact: true }).click();
    await owl.getByText("Du ser på. Det er helt greit.").waitFor();
    await screenshot(owl, "games-watch-bygg-watching-landscape");
    await expectAxeClean(owl, "/join Bygg sammen watching (landscape)");
    await fox.getByRole("button", { name: /^Gi bort/ }).first().click();
    await fox.getByRole("button", { name: /grønn bjørn/ }).waitFor();
    await expect(fox.getByRole("button", { name: /oransje ugle/ }).count()).resolves.toBe(0);
    await fox.getByRole("button", { name: "Avbryt" }).click();

    // The two taking part finish the picture without the watcher.
    const placeAll = async (page: Page) => {
      for (let guard = 0; guard < 40; guard++) {
        const buttons = page.getByRole("button", { name: /^Legg på/ });
        if ((await buttons.count()) === 0) return;
        const handle = await buttons.first().elementHandle({ timeout: 5000 }).catch(() => null);
        if (!handle) return;
        await handle.click();
        await page.waitForFunction((el) => !el.isConnected, handle);
      }
    };
    await placeAll(fox);
    await placeAll(bear);
    await screen.getByText("Bildet er ferdig! Dere bygde det sammen!").waitFor();
    void id;
  });
});
