/**
 * A room's pages carry its code in the path (server/http/room-pages.ts,
 * docs/operations.md "Routing: the room code"): /r/<code>/join, /screen and
 * /host serve the built surfaces; the join link and QR code hold
 * /r/<code>/join; the old addresses redirect there; a malformed code or an
 * unknown page is a 404 error envelope. Through a real server and the built
 * client (dist/client).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostView } from "../../shared/protocol.js";
import { closeAllConnections, connect, facilitator, openRoom, startServer, waitFor, type TestServer } from "../support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  closeAllConnections();
  await server.close();
});

const html = (file: string) => readFileSync(path.resolve("dist", "client", file), "utf8");
const get = (route: string) => fetch(`${server.url}${route}`, { redirect: "manual" });

describe("room pages under /r/<code>/", () => {
  it("serve the tablet, projector and console pages for a well-formed code, open room or not", async () => {
    for (const [surface, file] of [["join", "join.html"], ["screen", "screen.html"], ["host", "host.html"]] as const) {
      // ZZZZZ names no open room: the page is the same (only /api/join/<code> says whether one is open).
      for (const code of ["ABCDE", "ZZZZZ"]) {
        const res = await get(`/r/${code}/${surface}`);
        expect(res.status, `/r/${code}/${surface}`).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        expect(res.headers.get("cache-control")).toBe("no-cache");
        expect(await res.text()).toBe(html(file));
      }
    }
  });

  it("the join link and the QR code of a room hold its /r/<code>/join page", async () => {
    const api = await facilitator(server.url);
    const room = await openRoom(api);
    const host = connect<HostView>(server.url, room.hostToken);
    const view = (await waitFor(host, (s) => s.envelope !== null, 3000, "console")).envelope!.view;
    expect(view.joinUrl).toBe(`${server.url}/r/${room.code}/join`);
    const qr = await get(`/api/join/${room.code}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(await qr.text()).toMatch(/^<svg/);
    // The page the link opens is the tablet's.
    expect(await (await get(new URL(view.joinUrl).pathname)).text()).toBe(html("join.html"));
  });

  it("redirect the old addresses and loose spellings to the room's page, keeping other query arguments", async () => {
    const cases: [string, number, string][] = [
      ["/join?code=ABCDE", 302, "/r/ABCDE/join"],
      ["/join?code=abcde&lang=nn", 302, "/r/ABCDE/join?lang=nn"],
      ["/host?room=ABCDE", 302, "/r/ABCDE/host"],
      ["/r/ABCDE", 302, "/r/ABCDE/join"],
      ["/r/abcde/", 302, "/r/ABCDE/join"],
      ["/r/abcde/screen", 301, "/r/ABCDE/screen"],
    ];
    for (const [from, status, to] of cases) {
      const res = await get(from);
      expect(res.status, from).toBe(status);
      expect(res.headers.get("location"), from).toBe(to);
    }
    // Without a usable code the old pages are served as before (the code is typed there).
    for (const route of ["/join", "/join?code=", "/join?code=NOT-A-CODE", "/host", "/host?room=<script>"]) {
      const res = await get(route);
      expect(res.status, route).toBe(200);
    }
  });

  it("answer a malformed code or an unknown page with a 404 error envelope, and serve nothing else", async () => {
    for (const route of ["/r/ABC/join", "/r/ABCDE0/join", "/r/AB%2FDE/join", "/r/ABCDE/admin", "/r/ABCDE/join/extra", "/r/", "/r/ABCDE/..%2F..%2Fpackage.json"]) {
      const res = await get(route);
      expect(res.status, route).toBe(404);
      expect(await res.json(), route).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
  });
});
