/**
 * Scenario s8, /join on a slow tablet: real Chromium with the DevTools
 * protocol's network throttling (1.6 Mbps down, 750 kbps up, 150 ms RTT, the
 * usual "slow 4G" profile) and a 4× CPU slowdown, a cold cache every round.
 * A child opens /join, types the room code and taps "Neste"; measured:
 *   load:   navigation → the code field is there (the page's JS has run),
 *   picker: "Neste" tapped → the avatar picker is interactive (first animal button enabled),
 *   total:  load + picker (the time the child waits, typing excluded). Target: total ≤ 2.5 s.
 */
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const SLOW_TABLET = { downloadKbps: 1600, uploadKbps: 750, rttMs: 150, cpuSlowdown: 4 };

function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && existsSync(p));
  if (!found) throw new Error("No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.");
  return found;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const summary = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] };
};

/** `openRoom()` gives a fresh room ({ code }) for each round, so no round finds the previous one's seat. */
export async function slowJoin(baseUrl, openRoom, rounds) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage"] });
  const load = [];
  const picker = [];
  const total = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const room = await openRoom();
      const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "nb-NO" });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: SLOW_TABLET.rttMs,
          downloadThroughput: (SLOW_TABLET.downloadKbps * 1000) / 8,
          uploadThroughput: (SLOW_TABLET.uploadKbps * 1000) / 8,
        });
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_TABLET.cpuSlowdown });
        const t0 = performance.now();
        await page.goto(`${baseUrl}/join`, { waitUntil: "commit" });
        const field = page.getByLabel("Skriv koden du ser på skjermen");
        await field.waitFor({ timeout: 60_000 });
        const t1 = performance.now();
        await field.fill(room.code);
        const t2 = performance.now();
        await page.getByRole("button", { name: "Neste" }).click();
        await page.getByRole("heading", { name: "Velg ditt dyr" }).waitFor({ timeout: 60_000 });
        await page.locator(".avatar-button:not([disabled])").first().waitFor({ timeout: 60_000 });
        const t3 = performance.now();
        load.push(t1 - t0);
        picker.push(t3 - t2);
        total.push(t1 - t0 + (t3 - t2));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { conditions: SLOW_TABLET, rounds, loadMs: summary(load), pickerMs: summary(picker), totalMs: summary(total) };
}
