/**
 * A room's pages carry its code in the path (/r/<code>/…; docs/operations.md,
 * "Routing: the room code"), in real Chromium as a leader and a child use
 * them: the console opens at /r/<code>/host, its projector link is
 * /r/<code>/screen and the projector keeps that address once it has read its
 * token; the join link a tablet scans is /r/<code>/join and opens the avatar
 * picker straight away, a reload stays there, and an old /join?code= link
 * lands on the same page. axe on the tablet's and the projector's page.
 */
import { describe, expect, it } from "vitest";
import type { HostView } from "../../shared/protocol.js";
import { signedInDirect, connect, waitFor, closeAllConnections } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession();

describe("e2e: room pages under /r/<code>/", () => {
  it("console, projector and tablet each open the room from its own address", { timeout: 90_000 }, async () => {
    const leader = await signedInDirect(e2e.server, "leder", true);
    const opened = await leader.api.request<{ room: { code: string; hostToken: string } }>("POST", "/api/rooms");
    expect(opened.status).toBe(201);
    const { code } = opened.body.room;
    const probe = connect<HostView>(e2e.url, opened.body.room.hostToken);
    const joinUrl = (await waitFor(probe, (s) => s.envelope !== null, 3000, "console view")).envelope!.view.joinUrl;
    closeAllConnections();
    expect(joinUrl).toBe(`${e2e.url}/r/${code}/join`);

    // --- the console of this one room, from its own address
    const { context, page: host } = await e2e.open({ width: 1280, height: 900 });
    await context.addCookies([{ name: "sammen_session", value: leader.token, url: e2e.url, httpOnly: true, sameSite: "Strict" }]);
    await host.goto(`${e2e.url}/r/${code}/host`);
    await host.getByRole("heading", { level: 1, name: `Rom ${code}` }).waitFor();
    const screenHref = await host.getByRole("link", { name: "Åpne projektorskjermen" }).getAttribute("href");
    expect(screenHref).toMatch(new RegExp(`^/r/${code}/screen#t=`));

    // --- the projector: the token read from the fragment, the address names the room
    const screen = await e2e.page({ width: 1280, height: 720 });
    await screen.goto(`${e2e.url}${screenHref}`);
    await screen.getByText(code, { exact: true }).waitFor();
    expect(new URL(screen.url()).pathname).toBe(`/r/${code}/screen`);
    expect(new URL(screen.url()).hash).toBe("");
    // What the projector tells children to type: the join page, not this room's link.
    await screen.getByText(`${e2e.url}/join`, { exact: true }).waitFor();
    await screen.reload();
    await screen.getByText(code, { exact: true }).waitFor();
    await expectAxeClean(screen, "/r/<code>/screen");

    // --- a tablet scans the QR code: the avatar picker at once, and a reload stays on it
    const tablet = await e2e.page({ width: 820, height: 1180 });
    await tablet.goto(joinUrl);
    await tablet.locator(".avatar-button").first().waitFor();
    expect(new URL(tablet.url()).pathname).toBe(`/r/${code}/join`);
    await expectAxeClean(tablet, "/r/<code>/join avatar picker");
    await screenshot(tablet, "join-room-path");
    await tablet.reload();
    await tablet.locator(".avatar-button").first().waitFor();

    // --- a link from before (/join?code=) lands on the same page
    const old = await e2e.page({ width: 820, height: 1180 });
    await old.goto(`${e2e.url}/join?code=${code.toLowerCase()}`);
    await old.locator(".avatar-button").first().waitFor();
    expect(new URL(old.url()).pathname).toBe(`/r/${code}/join`);
    await old.locator(".avatar-button").first().click();
    await old.getByRole("heading", { name: "Du er med!" }).waitFor();
    await host.goto(`${e2e.url}/r/${code}/host`);
    await host.getByRole("heading", { level: 1, name: `Rom ${code}` }).waitFor();
  });
});
