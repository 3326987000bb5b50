/**
 * The start log and the console never offer an address tablets cannot reach: a real server
 * bound to 127.0.0.1 says tablets cannot join (no LAN address printed), and with PUBLIC_URL that
 * address is the one in the log, in the host's join URL and in the projector's.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { HostView, ScreenView } from "../../shared/protocol.js";
import { startLog } from "../../server/start-log.js";
import { closeAllConnections, connect, facilitator, openRoom, startServer, waitFor, type TestServer } from "../support/server.js";

let server: TestServer | null = null;
afterEach(async () => {
  closeAllConnections();
  await server?.close();
  server = null;
});

const logFor = (s: TestServer) =>
  startLog({ local: s.url, publicUrl: s.sammen.publicUrl, host: s.sammen.config.host, publicUrlSet: s.sammen.config.publicUrl !== "", dbPath: "x.db", setupCode: null }).join("\n");

describe("start log and join addresses", () => {
  it("HOST=127.0.0.1: the log says tablets cannot join and prints no other address", async () => {
    server = await startServer({ host: "127.0.0.1" });
    const log = logFor(server);
    expect(log).toContain("Bound to 127.0.0.1 (HOST): only this machine can open Sammen, tablets cannot join.");
    expect(log).not.toMatch(/WiFi/);
    const addresses = [...log.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => new URL(m[0]).hostname);
    expect(new Set(addresses)).toEqual(new Set(["127.0.0.1"]));
  });

  it("PUBLIC_URL wins in the log, the console and on the projector", async () => {
    server = await startServer({ host: "127.0.0.1", publicUrl: "http://sammen.skole.lan:8080" });
    expect(logFor(server)).toContain("Tablets and leaders:  http://sammen.skole.lan:8080/host  (tablets join at http://sammen.skole.lan:8080/join; from PUBLIC_URL)");
    const api = await facilitator(server.url);
    const room = await openRoom(api);
    const host = connect<HostView>(server.url, room.hostToken);
    const screen = connect<ScreenView>(server.url, room.screenToken);
    const h = await waitFor(host, (s) => s.envelope !== null, 3000, "host");
    const sc = await waitFor(screen, (s) => s.envelope !== null, 3000, "screen");
    expect(h.envelope!.view.joinUrl).toBe(`http://sammen.skole.lan:8080/r/${room.code}/join`);
    expect(sc.envelope!.view.joinUrl).toBe(`http://sammen.skole.lan:8080/r/${room.code}/join`);
  });

  it("bound to every interface with a LAN address: the WiFi address, not loopback, for tablets", () => {
    const lines = startLog({ local: "http://127.0.0.1:3000", publicUrl: "http://192.168.1.20:3000", host: "0.0.0.0", publicUrlSet: false, dbPath: "x.db", setupCode: null });
    expect(lines).toContain("  On the group's WiFi:  http://192.168.1.20:3000/host  (tablets join at http://192.168.1.20:3000/join)");
  });
});
