/**
 * Dagens tommel through the real UI: four tablets answer (one passes), the host
 * sees counts only behind the curtain, shows the picture, and the projector
 * shows a k-safe group picture (a count only from k, never the pass). Axe on
 * every surface; screenshots of the tablet and the projector.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createFirstAccount, e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession();

describe("e2e: Dagens tommel", () => {
  it("four tablets, one pass, a k-safe picture on the projector", { timeout: 150_000 }, async () => {
    const host = await e2e.page();
    await createFirstAccount(host, e2e.url);
    await host.getByRole("button", { name: "Åpne nytt rom" }).click();
    const code = (await host.getByRole("heading", { level: 1, name: /^Rom / }).textContent())!.replace("Rom ", "").trim();
    const screen = await e2e.page({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href")}`);
    await screen.getByText(code, { exact: true }).waitFor();

    const tablets: Page[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await e2e.page({ width: 820, height: 1180 });
      await page.goto(`${e2e.url}/join?code=${code}`);
      await page.locator(".avatar-button").nth(i).click();
      await page.getByRole("heading", { name: "Du er med!" }).waitFor();
      tablets.push(page);
    }

    await host.getByRole("button", { name: "Start Dagens tommel" }).click();
    for (const t of tablets) await t.getByRole("heading", { name: "Hvordan var i dag?" }).waitFor();
    await screen.getByText("Velg på nettbrettet ditt. Alle svar er lov.").waitFor();
    await expectAxeClean(tablets[0], "/join tommel");

    const answers = ["Tommel opp", "Tommel opp", "Tommel opp", null];
    for (const [i, t] of tablets.entries()) {
      const answer = answers[i];
      if (answer) {
        await t.getByRole("button", { name: answer, exact: true }).click();
        await t.getByText("Takk! Du kan endre svaret").waitFor();
      } else {
        await t.getByRole("button", { name: "Pass", exact: true }).click();
      }
      // The pressed state comes back with the tablet's next view: wait for it, do not read it once.
      await expect.poll(() => t.getByRole("button", { name: answer ?? "Pass", exact: true }).getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("true");
    }
    await screenshot(tablets[0], "join-tommel");

    // Counts are private: behind the curtain only. Nothing on the projector before the reveal.
    await host.getByText("Antallene vises når du åpner private detaljer.").waitFor();
    await host.getByRole("button", { name: "Vis private detaljer" }).click();
    await host.getByText("Opp: 3 · midt imellom: 0 · ned: 0 · pass: 1").waitFor();
    await host.getByRole("button", { name: "Lukk personvernteppet" }).click();
    await expect(screen.locator(".picture-item").count()).resolves.toBe(0);
    await expectAxeClean(host, "/host tommel");

    await host.getByRole("button", { name: "Vis bildet på skjermen" }).click();
    await screen.getByRole("heading", { name: "Sånn var dagen i dag" }).waitFor();
    // Amounts are words on the projector, never a number (docs/rules.md, "Small-group disclosure control"): three of the
    // four answered "up", the only bin shown, so it reads "mange".
    await screen.locator(".picture-item", { hasText: "Tommel opp" }).getByText("mange").waitFor();
    await expect(screen.locator(".picture-item").count()).resolves.toBe(1);
    await expect(screen.locator(".picture-item").innerText()).resolves.not.toMatch(/\d/);
    await expect(screen.getByText(/pass/i).count()).resolves.toBe(0);
    for (const t of tablets) await t.getByText("Se på skjermen. Der ser vi hele gruppa sammen.").waitFor();
    await screenshot(screen, "screen-tommel");
    await expectAxeClean(screen, "/screen tommel");
  });
});
