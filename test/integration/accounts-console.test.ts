/**
 * The accounts console over REST (docs/operations.md, "Accounts"), through the
 * real server and a real SQLite file: only an admin lists, invites, resets or
 * removes accounts, on every route; an invitation and a reset are one-time
 * links; a reset ends the account's sessions and host tokens; removing an
 * account ends its live rooms (tablets are told the room ended), its sessions,
 * and hands its groups to the admin.
 */
import { describe, expect, it } from "vitest";
import type { HostView, RoomSummary, SeatView } from "../../shared/protocol.js";
import type { GroupRecord } from "../../shared/series/group.js";
import { ApiClient, claimSeat, connect, signedInDirect, waitFor, serverPerTest } from "../support/server.js";

const server = serverPerTest();

type ApiErr = { error: { code: string; message: string } };
type Account = { id: number; username: string; admin: boolean; invited: boolean };
const tokenOf = (path: string) => path.slice(path.indexOf("#link=") + "#link=".length);

describe("accounts console: who may", () => {
  it("a non-admin cannot list, create, invite, reset or remove accounts on any route, and nothing changes; signed out gets 401", async () => {
    const admin = await signedInDirect(server, "admin", true);
    const plain = await signedInDirect(server, "leder", false);
    const other = await signedInDirect(server, "annen", false);
    const routes: [string, string, unknown?][] = [
      ["GET", "/api/accounts"],
      ["POST", "/api/accounts", { username: "inntrenger" }],
      ["POST", "/api/accounts", { username: "inntrenger2", admin: true }],
      ["POST", `/api/accounts/${other.id}/reset`],
      ["POST", `/api/accounts/${admin.id}/reset`],
      ["DELETE", `/api/accounts/${other.id}`],
      ["DELETE", `/api/accounts/${admin.id}`],
      ["POST", "/api/facilitators", { username: "inntrenger3", password: "et-langt-passord-123" }],
    ];
    const signedOut = new ApiClient(server.url);
    for (const [method, route, body] of routes) {
      const res = await plain.api.request<ApiErr>(method, route, body);
      expect(res.status, `${method} ${route}`).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
      expect((await signedOut.request<ApiErr>(method, route, body)).status, `${method} ${route} signed out`).toBe(401);
    }
    const names = (await server.sammen.store.listFacilitators()).map((f) => f.username).sort();
    expect(names).toEqual(["admin", "annen", "leder"]);
    // Nobody's sessions were touched.
    expect(await server.sammen.store.sessionAlive(other.sid, Date.now())).toBe(true);
    expect(await server.sammen.store.sessionAlive(admin.sid, Date.now())).toBe(true);
    expect((await admin.api.request<{ accounts: Account[] }>("GET", "/api/accounts")).status).toBe(200);
  });
});

describe("accounts console: invite, reset, remove", () => {
  it("an invitation is a one-time link: the account cannot sign in before, sets its password once, then signs in", async () => {
    const admin = await signedInDirect(server, "admin", true);
    const made = await admin.api.request<{ account: Account; link: { path: string; expiresAt: number } }>("POST", "/api/accounts", { username: "nyleder" });
    expect(made.status).toBe(201);
    expect(made.body.link.path).toMatch(/^\/host#link=[A-Za-z0-9_-]{40,}$/);
    const list = (await admin.api.request<{ accounts: Account[] }>("GET", "/api/accounts")).body.accounts;
    expect(list.find((a) => a.username === "nyleder")).toMatchObject({ invited: true, admin: false });
    // Taken names and bad bodies change nothing.
    expect((await admin.api.request<ApiErr>("POST", "/api/accounts", { username: "NYLEDER" })).body.error.code).toBe("TAKEN");
    expect((await admin.api.request<ApiErr>("POST", "/api/accounts", { username: "x" })).body.error.code).toBe("INVALID");
    expect((await admin.api.request<ApiErr>("POST", "/api/accounts", { username: "ok-navn", password: "sneaky-extra-field" })).body.error.code).toBe("INVALID");

    const anyone = new ApiClient(server.url);
    const token = tokenOf(made.body.link.path);
    expect((await anyone.request("POST", "/api/auth/link/info", { token })).body).toEqual({ username: "nyleder", purpose: "invite" });
    // No password works before the link is used, not even an empty-looking one.
    expect((await anyone.request("POST", "/api/auth/login", { username: "nyleder", password: "none$invited" })).status).toBe(401);
    expect((await anyone.request<ApiErr>("POST", "/api/auth/link", { token, password: "kort" })).body.error.code).toBe("INVALID");
    expect((await anyone.request<ApiErr>("POST", "/api/auth/link", { token: "a".repeat(43), password: "et-langt-passord-123" })).body.error.code).toBe("LINK_EXPIRED");
    expect((await anyone.request("POST", "/api/auth/link", { token, password: "et-langt-passord-123" })).status).toBe(200);
    const again = await anyone.request<ApiErr>("POST", "/api/auth/link", { token, password: "et-annet-passord-456" });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe("LINK_EXPIRED");
    expect((await anyone.request("POST", "/api/auth/login", { username: "nyleder", password: "et-langt-passord-123" })).status).toBe(200);
    expect((await admin.api.request<{ accounts: Account[] }>("GET", "/api/accounts")).body.accounts.find((a) => a.username === "nyleder")!.invited).toBe(false);
  });

  it("a reset ends the account's sessions and host tokens at once; the reset link sets a new password once", async () => {
    const admin = await signedInDirect(server, "admin", true);
    const b = await signedInDirect(server, "leder2");
    const room = (await b.api.request<{ room: RoomSummary }>("POST", "/api/rooms")).body.room;
    const host = connect<HostView>(server.url, room.hostToken);
    await waitFor(host, (s) => !!s.envelope, 3000, "host");
    const reset = await admin.api.request<{ link: { path: string } }>("POST", `/api/accounts/${b.id}/reset`);
    expect(reset.status).toBe(201);
    expect((await waitFor(host, (s) => s.closed !== null, 3000, "host closed")).closed).toBe("UNAUTHORIZED");
    expect((await b.api.request("GET", "/api/rooms")).status).toBe(401);
    // The room itself lives on (the leader signs in again and resumes it).
    expect(server.sammen.registry.byRoomCode(room.code)).toBeDefined();
    const anyone = new ApiClient(server.url);
    expect((await anyone.request("POST", "/api/auth/link/info", { token: tokenOf(reset.body.link.path) })).body).toEqual({ username: "leder2", purpose: "reset" });
    expect((await anyone.request("POST", "/api/auth/link", { token: tokenOf(reset.body.link.path), password: "et-nytt-passord-789" })).status).toBe(200);
    const back = new ApiClient(server.url);
    expect((await back.request("POST", "/api/auth/login", { username: "leder2", password: "et-nytt-passord-789" })).status).toBe(200);
    expect((await back.request<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).body.rooms.map((r) => r.code)).toEqual([room.code]);
    expect((await admin.api.request<ApiErr>("POST", "/api/accounts/99999/reset")).status).toBe(404);
  });

  it("removing an account ends its live rooms and sessions; its groups pass to the admin; self-removal and unknown ids are refused", async () => {
    const admin = await signedInDirect(server, "admin", true);
    const b = await signedInDirect(server, "leder2");
    const c = await signedInDirect(server, "leder3");
    const group = (await b.api.request<GroupRecord>("POST", "/api/groups", { group: { name: "Gruppa", ageBand: "8-10", language: "nb", k: 3, coLeaders: [admin.id, c.id] } })).body;
    const other = (await c.api.request<GroupRecord>("POST", "/api/groups", { group: { name: "Andre", ageBand: "8-10", language: "nb", k: 3, coLeaders: [b.id] } })).body;
    const room = (await b.api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id })).body.room;
    const host = connect<HostView>(server.url, room.hostToken);
    const tablet = connect<SeatView>(server.url, (await claimSeat(server.url, room.code, "fox-blue")).token);
    await waitFor(tablet, (s) => !!s.envelope, 3000, "tablet");

    expect((await admin.api.request<ApiErr>("DELETE", `/api/accounts/${admin.id}`)).body.error.code).toBe("NOT_ALLOWED");
    expect((await admin.api.request<ApiErr>("DELETE", "/api/accounts/99999")).status).toBe(404);
    expect((await admin.api.request<ApiErr>("DELETE", "/api/accounts/abc")).status).toBe(404);

    expect((await admin.api.request("DELETE", `/api/accounts/${b.id}`)).status).toBe(204);
    expect((await waitFor(tablet, (s) => s.closed !== null, 3000, "tablet told")).closed).toBe("ended");
    await waitFor(host, (s) => s.closed !== null, 3000, "host closed");
    expect(server.sammen.registry.byRoomCode(room.code)).toBeUndefined();
    expect((await b.api.request("GET", "/api/rooms")).status).toBe(401);
    expect(await server.sammen.store.findFacilitator(b.id)).toBeUndefined();
    // The group is the admin's now, and names no removed account; the other group drops it as co-leader.
    const inherited = await admin.api.request<GroupRecord>("GET", `/api/groups/${group.id}`);
    expect(inherited.body).toMatchObject({ ownerId: admin.id, group: { coLeaders: [c.id] } });
    expect((await c.api.request<GroupRecord>("GET", `/api/groups/${other.id}`)).body.group.coLeaders).toEqual([]);
    expect((await admin.api.request<{ accounts: Account[] }>("GET", "/api/accounts")).body.accounts.map((a) => a.username)).toEqual(["admin", "leder3"]);
  });
});
