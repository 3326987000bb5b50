/**
 * The group's memory over REST (docs/series.md, "The group's memory"), through the real
 * server and a real SQLite file: the owner and a co-leader read and write it;
 * a leader who does not lead the group gets NOT_FOUND on every route and
 * changes nothing; bad input (an unknown group, a bad key, too-long text, wrong
 * types, unknown keys, a strength not on a list, a repeat) gets INVALID or
 * NOT_FOUND with the problem's path and writes nothing; a stale save is a
 * VERSION_CONFLICT; "Sist gang…" is the latest other meeting with the lamps so far.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GroupRecord } from "../../shared/series/group.js";
import type { MemoryRecord, Recap } from "../../shared/series/memory.js";
import { ApiClient, signedInDirect, startServer, type TestServer } from "../support/server.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

type ApiErr = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };
type MemoryOut = { entries: MemoryRecord[]; lampsSoFar: number; themes: string[] };

const ENTRY = {
  title: "Møte 1: Hvem er vi?",
  lamps: 3,
  strengths: ["cooperated"],
  garden: ["modig"],
  words: ["Dere heiet på hverandre"],
  learned: ["Vi har regler som gjør det trygt her"],
  themes: ["Hvem vi er og reglene våre"],
};

async function setup() {
  const owner = await signedInDirect(server, "eier", true);
  const co = await signedInDirect(server, "medleder");
  const outsider = await signedInDirect(server, "utenfor");
  const res = await owner.api.request<GroupRecord>("POST", "/api/groups", { group: { name: "Torsdag", ageBand: "8-10", language: "nb", k: 3, coLeaders: [co.id] } });
  expect(res.status).toBe(201);
  return { owner: owner.api, co: co.api, outsider: outsider.api, group: res.body.id };
}

const memoryOf = async (api: ApiClient, group: string) => (await api.request<MemoryOut>("GET", `/api/groups/${group}/memory`)).body;

describe("the group's memory over REST", () => {
  it("owner and co-leader write and read it; a stale save conflicts; Sist gang is the latest other meeting", async () => {
    const { owner, co, group } = await setup();
    const saved = await owner.request<MemoryRecord>("PUT", `/api/groups/${group}/memory/m01`, { version: 0, entry: ENTRY });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ key: "m01", version: 1, entry: ENTRY });
    // The co-leader edits it (leaving out an item), from their own account.
    const edited = await co.request<MemoryRecord>("PUT", `/api/groups/${group}/memory/m01`, { version: 1, entry: { ...ENTRY, garden: [] } });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    const stale = await owner.request<ApiErr>("PUT", `/api/groups/${group}/memory/m01`, { version: 1, entry: { ...ENTRY, title: "Gammel" } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    const again = await owner.request<ApiErr>("PUT", `/api/groups/${group}/memory/m01`, { version: 0, entry: ENTRY });
    expect(again.body.error.code).toBe("VERSION_CONFLICT");

    await owner.request("PUT", `/api/groups/${group}/memory/m02`, { version: 0, entry: { ...ENTRY, title: "Møte 2: Følelser", lamps: 2, themes: ["Følelser"] } });
    const mem = await memoryOf(co, group);
    expect(mem.entries.map((e) => [e.key, e.entry.title])).toEqual([["m01", "Møte 1: Hvem er vi?"], ["m02", "Møte 2: Følelser"]]);
    expect(mem.entries[0].entry.garden).toEqual([]);
    expect(mem.lampsSoFar).toBe(5);
    expect(mem.themes).toEqual(["Hvem vi er og reglene våre", "Følelser"]);

    // Opening meeting 3: "Sist gang" is meeting 2, with every lamp lit so far.
    const recap = await owner.request<{ recap: Recap | null }>("GET", `/api/groups/${group}/recap?current=m03`);
    expect(recap.body.recap).toMatchObject({ title: "Møte 2: Følelser", lamps: 2, lampsSoFar: 5 });
    // Re-opening meeting 2 itself: "Sist gang" is meeting 1, without meeting 2's lamps.
    const recap2 = await owner.request<{ recap: Recap | null }>("GET", `/api/groups/${group}/recap?current=m02`);
    expect(recap2.body.recap).toMatchObject({ title: "Møte 1: Hvem er vi?", lampsSoFar: 3 });

    expect((await co.request("DELETE", `/api/groups/${group}/memory/m01`)).status).toBe(204);
    expect((await owner.request<ApiErr>("DELETE", `/api/groups/${group}/memory/m01`)).body.error.code).toBe("NOT_FOUND");
    expect((await memoryOf(owner, group)).entries.map((e) => e.key)).toEqual(["m02"]);
  });

  it("a leader who does not lead the group can neither read nor write its memory, on any route", async () => {
    const { owner, outsider, group } = await setup();
    await owner.request("PUT", `/api/groups/${group}/memory/m01`, { version: 0, entry: ENTRY });
    const tries = [
      await outsider.request<ApiErr>("GET", `/api/groups/${group}/memory`),
      await outsider.request<ApiErr>("GET", `/api/groups/${group}/recap`),
      await outsider.request<ApiErr>("PUT", `/api/groups/${group}/memory/m01`, { version: 1, entry: { ...ENTRY, title: "Overtatt" } }),
      await outsider.request<ApiErr>("PUT", `/api/groups/${group}/memory/m09`, { version: 0, entry: ENTRY }),
      await outsider.request<ApiErr>("DELETE", `/api/groups/${group}/memory/m01`),
    ];
    for (const res of tries) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
      // Nothing of the memory leaks in the refusal.
      expect(JSON.stringify(res.body)).not.toContain("Hvem er vi");
    }
    const mem = await memoryOf(owner, group);
    expect(mem.entries.map((e) => [e.key, e.version, e.entry.title])).toEqual([["m01", 1, "Møte 1: Hvem er vi?"]]);
    // Signed out: UNAUTHORIZED.
    const anon = await new ApiClient(server.url).request<ApiErr>("GET", `/api/groups/${group}/memory`);
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe("UNAUTHORIZED");
  });

  it("bad input gets a clear error with its path and writes nothing", async () => {
    const { owner, group } = await setup();
    const put = (path: string, body: unknown) => owner.request<ApiErr>("PUT", path, body);
    const base = `/api/groups/${group}/memory/m01`;
    const cases: [string, unknown, number, string, string?][] = [
      ["/api/groups/no-such-group/memory/m01", { version: 0, entry: ENTRY }, 404, "NOT_FOUND"],
      [`/api/groups/${group}/memory/BAD_KEY!`, { version: 0, entry: ENTRY }, 404, "NOT_FOUND"],
      [base, { version: 0, entry: { ...ENTRY, learned: ["x".repeat(201)] } }, 400, "INVALID", "learned[0]"],
      [base, { version: 0, entry: { ...ENTRY, title: "x".repeat(121) } }, 400, "INVALID", "title"],
      [base, { version: 0, entry: { ...ENTRY, lamps: "3" } }, 400, "INVALID", "lamps"],
      [base, { version: 0, entry: { ...ENTRY, lamps: -1 } }, 400, "INVALID", "lamps"],
      [base, { version: 0, entry: { ...ENTRY, learned: "Det er ikke din skyld" } }, 400, "INVALID", "learned"],
      [base, { version: 0, entry: { ...ENTRY, strengths: ["genius"] } }, 400, "INVALID", "strengths[0]"],
      [base, { version: 0, entry: { ...ENTRY, garden: ["Rev-skrev-dette"] } }, 400, "INVALID", "garden[0]"],
      [base, { version: 0, entry: { ...ENTRY, learned: ["Samme", "Samme"] } }, 400, "INVALID", "learned"],
      [base, { version: 0, entry: { ...ENTRY, learned: [""] } }, 400, "INVALID", "learned[0]"],
      [base, { version: 0, entry: { ...ENTRY, words: ["a\u0007b"] } }, 400, "INVALID", "words[0]"],
      // No field a seat or an avatar could go in: an unknown key is refused, not dropped.
      [base, { version: 0, entry: { ...ENTRY, seatId: "s-abc123" } }, 400, "INVALID"],
      [base, { version: 0, entry: { ...ENTRY, avatar: "fox-blue" } }, 400, "INVALID"],
      [base, { version: "0", entry: ENTRY }, 400, "INVALID", "version"],
      [base, { entry: ENTRY }, 400, "INVALID", "version"],
      [base, [ENTRY], 400, "INVALID"],
    ];
    for (const [path, body, status, code, issuePath] of cases) {
      const res = await put(path, body);
      expect(res.status, `${path} ${JSON.stringify(body).slice(0, 80)}`).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message.length).toBeGreaterThan(0);
      if (issuePath) expect(res.body.error.issues?.map((i) => i.path)).toContain(issuePath);
    }
    const bad = await owner.request<ApiErr>("GET", `/api/groups/${group}/recap?current=NOT%20A%20KEY`);
    expect(bad.body.error.code).toBe("INVALID");
    expect((await memoryOf(owner, group)).entries).toEqual([]);
    // A body that is not JSON at all.
    const raw = await fetch(server.url + base, { method: "PUT", headers: { "content-type": "application/json", cookie: owner.cookieHeader }, body: "{not json" });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as ApiErr).error.code).toBe("INVALID");
  });
});
