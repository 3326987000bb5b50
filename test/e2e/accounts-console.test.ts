/**
 * The accounts console in real Chromium: an admin invites a leader and gets a
 * one-time link; the leader opens it on their own device, chooses a password
 * and signs in; the admin removes the leader, whose open room ends and whose
 * console is signed out. axe on the console and the link screen.
 */
import { describe, expect, it } from "vitest";
import { signedInDirect } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession();

describe("e2e: accounts console", () => {
  it("invite by a one-time link, choose a password, sign in; removing the leader ends their room", { timeout: 150_000 }, async () => {
    const admin = await signedInDirect(e2e.server, "admin", true);
    const { context, page } = await e2e.open({ width: 1280, height: 900 });
    await context.addCookies([{ name: "sammen_session", value: admin.token, url: e2e.url, httpOnly: true, sameSite: "Strict" }]);
    await page.goto(`${e2e.url}/host`);
    await page.getByRole("heading", { name: "Kontoer" }).waitFor();
    await page.getByLabel("Brukernavn").first().fill("nyleder");
    await page.getByRole("button", { name: "Lag invitasjonslenke" }).click();
    const url = await page.getByLabel("Engangslenke for nyleder").inputValue();
    expect(url).toMatch(/\/host#link=[A-Za-z0-9_-]+$/);
    await page.getByText("Invitert, har ikke valgt passord ennå").waitFor();
    await expectAxeClean(page, "/host accounts console");
    await screenshot(page, "host-accounts-console");

    // --- the new leader, on their own device
    const leader = await e2e.page({ width: 820, height: 1180 });
    await leader.goto(url);
    await leader.getByRole("heading", { name: "Velkommen, nyleder. Velg et passord." }).waitFor();
    await expectAxeClean(leader, "/host invitation link");
    await leader.getByLabel("Passord").fill("et-langt-passord-123");
    await leader.getByRole("button", { name: "Lagre passordet" }).click();
    await leader.getByText("Passordet er lagret. Nå kan du logge inn.").waitFor();
    expect(await leader.evaluate(() => location.hash)).toBe("");
    await leader.getByRole("button", { name: "Til innloggingen" }).click();
    await leader.getByLabel("Brukernavn").fill("nyleder");
    await leader.getByLabel("Passord").fill("et-langt-passord-123");
    await leader.getByRole("button", { name: "Logg inn" }).click();
    await leader.getByRole("button", { name: "Åpne nytt rom" }).click();
    await leader.getByRole("heading", { level: 1, name: /^Rom / }).waitFor();

    // The same link a second time: used up.
    const again = await e2e.page();
    await again.goto(url);
    await again.getByText("Lenken er brukt eller gått ut. Be en administrator om en ny.").waitFor();

    // --- the admin removes the leader: their room ends, their console is signed out
    await page.reload();
    await page.getByRole("button", { name: "Fjern nyleder" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ja, gjør det" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Fjern nyleder" }).count()).toBe(0);
    await expect.poll(() => e2e.server.sammen.registry.stats().rooms).toBe(0);
    await leader.reload();
    await leader.getByRole("button", { name: "Logg inn" }).waitFor();
  });
});
