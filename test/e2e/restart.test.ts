/**
 * A graceful restart as a child and a leader see it, in real Chromium: a tablet
 * that joined through /join and sent a question, and the host console. The
 * server drains (as on SIGTERM): both pages say "Sammen starter på nytt, et
 * øyeblikk" (axe-clean), then a new server starts on the same data folder and
 * port, and both pages come back by themselves: the tablet as the same animal
 * with its question still "sent", the console with the question held.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type SammenInstance } from "../../server/app.js";
import { defaultConfig } from "../../server/config.js";
import { freePort } from "../support/process-server.js";
import { createFirstAccount, expectAxeClean, launchBrowser, screenshot, TEST_SETUP_CODE } from "./browser.js";

let dir: string;
let port: number;
let browser: Browser;
const servers: SammenInstance[] = [];
const requests: string[] = [];

function start(): Promise<string> {
  const sammen = createServer(
    defaultConfig({
      port,
      host: "127.0.0.1",
      dbPath: path.join(dir, "sammen.db"),
      clientDir: path.resolve("dist", "client"),
      setupCode: TEST_SETUP_CODE,
      tokenSecret: "",
      log: () => {},
    }),
  );
  servers.push(sammen);
  return sammen.listen();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "sammen-e2e-restart-"));
  port = await freePort();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  expect(requests.filter((u) => !u.startsWith(`http://127.0.0.1:${port}/`) && !u.startsWith("data:")), "requests to any other origin").toEqual([]);
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "nb-NO", reducedMotion: "reduce" });
  context.on("request", (req) => requests.push(req.url()));
  const page = await context.newPage();
  page.on("pageerror", (err) => {
    throw err;
  });
  return page;
}

describe("graceful restart in the browser", () => {
  it("tablet and console say Sammen is restarting, then come back by themselves as the same seat with the same question", { timeout: 90_000 }, async () => {
    const url = await start();
    const host = await newPage({ width: 1280, height: 800 });
    await createFirstAccount(host, url);
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const heading = await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent();
    const code = heading!.replace(/^Rom /, "").trim();

    const tablet = await newPage({ width: 820, height: 1180 });
    await tablet.goto(`${url}/join`);
    await tablet.getByLabel("Skriv koden du ser på skjermen").fill(code);
    await tablet.getByRole("button", { name: "Neste" }).click();
    const first = tablet.locator(".avatar-button").first();
    const avatar = (await first.locator(".avatar-label").textContent())!;
    await first.click();
    await tablet.getByRole("heading", { name: "Du er med!" }).waitFor();
    await host.getByRole("button", { name: "Start Spørsmålsboksen", exact: true }).click();
    await tablet.getByRole("heading", { name: "Hva lurer du på?" }).waitFor();
    await tablet.getByLabel("Skriv spørsmålet ditt").fill("Hvorfor er pappa så sliten?");
    await tablet.getByRole("button", { name: "Send til de voksne" }).click();
    await tablet.getByText("Sendt. De voksne har ikke lest det ennå.").waitFor();

    // SIGTERM does exactly this (server/main.ts): drain, then exit.
    const draining = servers[0].drain();
    await tablet.getByText("Sammen starter på nytt, et øyeblikk").waitFor();
    await host.getByText("Sammen starter på nytt, et øyeblikk").waitFor();
    await draining;
    await expectAxeClean(tablet, "/join while restarting");
    await screenshot(tablet, "join-restarting");
    // Still the restart notice, not "closed": the tablet keeps its seat and waits.
    await tablet.waitForTimeout(300);
    await tablet.getByText("Sammen starter på nytt, et øyeblikk").waitFor();

    await start();
    await tablet.getByText("Tilkoblet").waitFor({ timeout: 15_000 });
    await expect(tablet.locator(".tablet-header .avatar-label").textContent()).resolves.toBe(avatar);
    await tablet.getByText("Sendt. De voksne har ikke lest det ennå.").waitFor();
    await host.getByText("Tilkoblet").waitFor({ timeout: 15_000 });
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("Hvorfor er pappa så sliten?").first().waitFor();
    await screenshot(host, "host-after-restart");
  });
});
