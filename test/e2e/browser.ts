/**
 * Browser e2e support: Debian's Chromium through playwright-core (Playwright
 * cannot download its own browser here), axe for WCAG 2.1 AA, and screenshots
 * saved under test-results/screenshots as artifacts.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { ServerConfig } from "../../server/config.js";
import { startServer, TEST_SETUP_CODE, type TestServer } from "../support/server.js";

export { TEST_SETUP_CODE };

export const SCREENSHOT_DIR = path.resolve("test-results", "screenshots");

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error("No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.");
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** WCAG 2.1 A/AA and the 2.2 AA additions: violations on the page as it is now, formatted for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export interface E2eSession {
  /** Base URL of this file's server (valid inside tests). */
  readonly url: string;
  readonly server: TestServer;
  /** A new browser context (its own storage, like its own device) and its page. */
  open(viewport?: Viewport, reducedMotion?: "reduce" | "no-preference"): Promise<{ context: BrowserContext; page: Page }>;
  page(viewport?: Viewport, reducedMotion?: "reduce" | "no-preference"): Promise<Page>;
}
type Viewport = { width: number; height: number };

/**
 * One real server and one Chromium per e2e file, started before its tests and
 * closed after them. A test fails when any of its pages had an uncaught error.
 */
export function e2eSession(overrides: Partial<ServerConfig> = {}): E2eSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  /** Every request any page made; all must go to this server (docs/rules.md, "Zero third parties"). */
  const requests: string[] = [];
  /** Uncaught errors in any page during the current test. */
  const pageErrors: string[] = [];
  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors, "uncaught errors in the pages").toEqual([]);
  });
  beforeAll(async () => {
    server = await startServer(overrides);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    const origin = server ? new URL(server.url).origin : "";
    await server?.close();
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && u !== "about:blank");
    expect(requests.length, "the pages made requests").toBeGreaterThan(0);
    expect(foreign, "requests to any other origin").toEqual([]);
  });
  const open = async (viewport: Viewport = { width: 1280, height: 800 }, reducedMotion: "reduce" | "no-preference" = "reduce") => {
    const context = await browser!.newContext({ viewport, locale: "nb-NO", reducedMotion });
    contexts.push(context);
    context.on("request", (req) => requests.push(req.url()));
    const page = await context.newPage();
    // Collected, not thrown: a throw inside the listener would surface as an unhandled error far
    // from the test that caused it. Each test checks its own list when it ends.
    page.on("pageerror", (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    return { context, page };
  };
  return {
    get url() {
      return server!.url;
    },
    get server() {
      return server!;
    },
    open,
    page: async (viewport, reducedMotion) => (await open(viewport, reducedMotion)).page,
  };
}

export async function expectAxeClean(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${violations.join("\n")}`).toEqual([]);
}

/**
 * The first facilitator account through /host's first-run screen, as a leader does it: the setup
 * code from the start log (the test server's is TEST_SETUP_CODE), a name and a password.
 */
export async function createFirstAccount(page: Page, url: string, username = "leder", password = "et-langt-passord-123"): Promise<void> {
  await page.goto(`${url}/host`);
  await page.getByLabel("Oppsettkode").fill(TEST_SETUP_CODE);
  await page.getByLabel("Brukernavn").fill(username);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await page.getByRole("button", { name: "Åpne nytt rom" }).waitFor();
}
