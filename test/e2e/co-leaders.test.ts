/**
 * Two leaders of one group, each in their own browser context (their own
 * account, their own device), in real Chromium: the owner names the other as a
 * co-leader on the rooms page and opens the group's meeting; the co-leader
 * finds that room in their own list and opens the same console. A tablet asks
 * for an adult: both consoles get the alert. A child's question is in both
 * queues; both leaders press "Godkjenn" at once and the projector shows it
 * once. axe on the new rooms page with groups.
 */
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import type { PlanRecord } from "../../shared/series/plan.js";
import { BUILTIN_SERIES_IDS } from "../../shared/series/builtin-series.js";
import { signedInDirect } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
const QUESTION = "Hva er angst?";

async function asLeader(username: string, admin: boolean): Promise<{ context: BrowserContext; page: Page; id: number; api: Awaited<ReturnType<typeof signedInDirect>>["api"] }> {
  const { api, id, token } = await signedInDirect(e2e.server, username, admin);
  const { context, page } = await e2e.open({ width: 1280, height: 900 });
  await context.addCookies([{ name: "sammen_session", value: token, url: e2e.url, httpOnly: true, sameSite: "Strict" }]);
  return { context, page, id, api };
}

describe("e2e: co-leaders", () => {
  it("the owner adds a co-leader; both consoles moderate one room, both get the help alert, a double press does one thing", { timeout: 150_000 }, async () => {
    const owner = await asLeader("eier", true);
    const co = await asLeader("medleder", false);
    const plan = (await owner.api.request<PlanRecord>("POST", `/api/plans/${BUILTIN_SERIES_IDS.nb}/copy`)).body;
    const made = await owner.api.request("POST", "/api/groups", { group: { name: "Torsdagsgruppa", ageBand: "8-10", language: "nb", k: 3, planId: plan.id } });
    expect(made.status).toBe(201);

    // --- the owner names the co-leader on the rooms page
    await owner.page.goto(`${e2e.url}/host`);
    await owner.page.getByRole("heading", { name: "Grupper" }).waitFor();
    await owner.page.getByText("Du har laget gruppa").waitFor();
    const box = owner.page.getByRole("group", { name: "Medledere i Torsdagsgruppa" }).getByRole("checkbox", { name: "medleder" });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(async () => (await owner.api.request<{ group: { coLeaders: number[] } }>("GET", `/api/groups/${(made.body as { id: string }).id}`)).body.group.coLeaders).toEqual([co.id]);
    await expectAxeClean(owner.page, "/host rooms page with groups");
    await screenshot(owner.page, "host-groups-co-leaders");

    // --- the owner opens the group's next meeting
    await owner.page.getByRole("button", { name: /^Åpne møtet: / }).click();
    const heading = await owner.page.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace("Rom ", "").trim();
    const screenHref = await owner.page.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    const screen = await e2e.page({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();

    // --- the co-leader, on their own device, sees the group and the room, and opens the same console
    await co.page.goto(`${e2e.url}/host`);
    await co.page.getByText("Gruppa til eier").waitFor();
    await co.page.getByText(code, { exact: true }).waitFor();
    await expectAxeClean(co.page, "/host rooms page as a co-leader");
    await co.page.locator(".room-list li", { hasText: code }).getByRole("button", { name: "Åpne" }).click();
    await co.page.getByRole("heading", { level: 1, name: `Rom ${code}` }).waitFor();

    // --- a tablet joins and asks for an adult: both consoles get the alert
    const { page: tablet } = await e2e.open({ width: 820, height: 1180 });
    await tablet.goto(`${e2e.url}/join?code=${code}`);
    await tablet.locator(".avatar-button").first().click();
    await tablet.getByRole("heading", { name: "Du er med!" }).waitFor();
    await tablet.getByRole("button", { name: "Jeg vil snakke med en voksen" }).click();
    await tablet.getByText("En voksen kommer til deg.").waitFor();
    for (const page of [owner.page, co.page]) await page.getByText("1 ting bør leses").waitFor();
    expect(await screen.getByText(/voksen/i).count()).toBe(0);

    // --- one queue: the co-leader starts the question box, the child asks, both see it
    await co.page.getByRole("button", { name: "Start Spørsmålsboksen", exact: true }).click();
    await tablet.getByRole("heading", { name: "Hva lurer du på?" }).waitFor();
    await tablet.getByLabel("Skriv spørsmålet ditt").fill(QUESTION);
    await tablet.getByRole("button", { name: "Send til de voksne" }).click();
    await tablet.getByText("Sendt til de voksne", { exact: true }).waitFor();
    const items: ReturnType<Page["locator"]>[] = [];
    for (const page of [owner.page, co.page]) {
      await page.getByText("1 spørsmål venter.", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Vis private detaljer" }).click();
      const item = page.locator("section[aria-labelledby='qb-queue-title'] li.qb-item", { hasText: QUESTION });
      await item.waitFor();
      items.push(item);
    }
    await screenshot(co.page, "host-co-leader-queue");
    await screenshot(owner.page, "host-owner-queue");
    await expectAxeClean(co.page, "/host co-leader console, curtain open");

    // --- both press "Godkjenn" at once: the projector shows the question once
    // Both buttons are found first, then pressed in the same moment (a locator click would wait for
    // the second console's item, which the first press has already taken off its queue).
    const buttons = await Promise.all(items.map((item) => item.getByRole("button", { name: /^Godkjenn\b/ }).first().elementHandle()));
    await Promise.all(buttons.map((b) => b!.evaluate((el) => (el as HTMLButtonElement).click())));
    await screen.getByText(QUESTION).waitFor();
    for (const page of [owner.page, co.page]) {
      await page.locator("section[aria-labelledby='qb-shown-title'] .qb-item-text", { hasText: QUESTION }).waitFor();
      await expect.poll(() => page.locator("section[aria-labelledby='qb-queue-title'] li.qb-item").count()).toBe(0);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await screen.locator(".qb-screen-item").count()).toBe(1);
    expect(await owner.page.locator("section[aria-labelledby='qb-shown-title'] .qb-item-text").count()).toBe(1);
  });
});
