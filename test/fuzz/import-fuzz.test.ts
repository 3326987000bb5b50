/**
 * Import fuzz through the real server: malformed and hostile files (wrong
 * types, 100k-element arrays, deep nesting, __proto__/constructor keys,
 * random mutations of a valid export) are refused with INVALID and path-level
 * issues, nothing is written, the process prototype is untouched, and the
 * server keeps answering. A valid export imports on a fresh server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_SERIES_IDS } from "../../shared/series/builtin-series.js";
import type { ExportFile } from "../../shared/series/transfer.js";
import { facilitator, startServer, type ApiClient, type TestServer } from "../support/server.js";
import { seededRandom } from "../../shared/room/random.js";

let server: TestServer;
let api: ApiClient;
let valid: ExportFile;
beforeAll(async () => {
  server = await startServer();
  api = await facilitator(server.url);
  const plan = await api.request<ExportFile>("GET", `/api/plans/${BUILTIN_SERIES_IDS.nb}/export`);
  const deck = await api.request<{ item: ExportFile["content"][number] }>("GET", "/api/content/builtin-quiz-skyld");
  valid = { ...plan.body, content: [deck.body.item] };
});
afterAll(async () => {
  await server.close();
});

type ApiErr = { error: { code: string; issues?: { path: string; message: string }[] } };

/** POST raw JSON text (so keys like __proto__ reach the server as written). */
async function importRaw(text: string) {
  const res = await fetch(`${server.url}/api/import`, { method: "POST", headers: { "content-type": "application/json", cookie: api.cookieHeader }, body: text });
  return { status: res.status, body: (await res.json()) as ApiErr };
}

/** What leaders have stored, read from the server's own store. */
async function userRecords() {
  const { store } = server.sammen;
  return { plans: (await store.listPlans()).length, content: (await store.listContent()).length };
}

function nested(depth: number): string {
  return `{"format":"sammen-export","version":1,"plans":[${"[".repeat(depth)}${"]".repeat(depth)}]}`;
}

describe("hostile import files", () => {
  const cases: [string, () => string, (issues: { path: string; message: string }[]) => void][] = [
    ["not an object", () => "[1,2,3]", (i) => expect(i.length).toBeGreaterThan(0)],
    ["wrong format tag", () => JSON.stringify({ ...valid, format: "other" }), (i) => expect(i.map((x) => x.path)).toContain("format")],
    ["plans is a string", () => JSON.stringify({ ...valid, plans: "alle" }), (i) => expect(i.map((x) => x.path)).toContain("plans")],
    ["a meeting's steps is a number", () => {
      const f = structuredClone(valid);
      (f.plans[0].meetings[3] as unknown as { steps: number }).steps = 7;
      return JSON.stringify(f);
    }, (i) => expect(i.map((x) => x.path)).toContain("plans[0].meetings[3].steps")],
    ["a step config its kind refuses", () => {
      const f = structuredClone(valid);
      f.plans[0].meetings[2].steps[3].config = { deck: "psykisk", cards: ["not-a-card"] };
      return JSON.stringify(f);
    }, (i) => expect(i.some((x) => x.path.startsWith("plans[0].meetings[2].steps[3].config"))).toBe(true)],
    ["100k-element array", () => JSON.stringify({ ...valid, plans: new Array(100_000).fill(0) }), (i) => expect(i[0]).toMatchObject({ path: "plans" })],
    ["100k-element array deep inside", () => {
      const f = structuredClone(valid) as unknown as { plans: { meetings: { steps: unknown[] }[] }[] };
      f.plans[0].meetings[0].steps = new Array(100_000).fill(0);
      return JSON.stringify(f);
    }, (i) => expect(i[0].path).toBe("plans[0].meetings[0].steps")],
    ["10,000 levels of nesting", () => nested(10_000), (i) => expect(i[0].message).toMatch(/nested deeper/)],
    ["__proto__ key at the top", () => JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"polluted":true},'), (i) => expect(i.map((x) => x.path)).toContain("__proto__")],
    ["__proto__ inside a step", () => JSON.stringify(valid).replace('"kind":"talk"', '"__proto__":{"isAdmin":true},"kind":"talk"'), (i) => expect(i.some((x) => x.path.endsWith("__proto__"))).toBe(true)],
    ["constructor key in content", () => JSON.stringify(valid).replace('"type":"quizDeck"', '"constructor":{"prototype":{"x":1}},"type":"quizDeck"'), (i) => expect(i.map((x) => x.path)).toContain("content[0].constructor")],
    ["a huge string", () => JSON.stringify({ ...valid, plans: [{ ...valid.plans[0], title: "x".repeat(200_000) }] }), (i) => expect(i[0].path).toBe("plans[0].title")],
    ["an object with 10k keys", () => JSON.stringify({ ...valid, extra: Object.fromEntries(Array.from({ length: 10_000 }, (_, n) => [`k${n}`, n])) }), (i) => expect(i[0].path).toBe("extra")],
    ["unknown top-level key", () => JSON.stringify({ ...valid, children: [{ name: "Ola" }] }), (i) => expect(i.length).toBeGreaterThan(0)],
  ];

  for (const [name, make, check] of cases) {
    it(`${name}: INVALID with paths, nothing written`, async () => {
      const before = await userRecords();
      const res = await importRaw(make());
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("INVALID");
      expect(res.body.error.issues!.length).toBeGreaterThan(0);
      check(res.body.error.issues!);
      expect(await userRecords()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });
  }

  it("a body that is not JSON, or larger than 2 MB, is refused and changes nothing", async () => {
    const before = await userRecords();
    expect((await importRaw("{not json")).status).toBe(400);
    const big = JSON.stringify({ ...valid, pad: "x".repeat(3 * 1024 * 1024) });
    const res = await importRaw(big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await userRecords()).toEqual(before);
  });

  it("150 random mutations of a valid file: each is imported whole or refused whole, never a 500", async () => {
    const random = seededRandom(20271);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const junk = [null, 0, -1, 1e308, "", "x".repeat(300), true, [], {}, [1, 2], { a: 1 }, "__proto__"];
    let refused = 0;
    let imported = 0;
    for (let n = 0; n < 150; n++) {
      const file = structuredClone(valid) as unknown as Record<string, unknown>;
      // Walk to a random spot and replace it with junk.
      let node: unknown = file;
      let parent: Record<string, unknown> | unknown[] = file;
      let key: string | number = "plans";
      for (let d = 0; d < 1 + Math.floor(random() * 8); d++) {
        if (!node || typeof node !== "object") break;
        const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
        if (keys.length === 0) break;
        parent = node as Record<string, unknown>;
        key = pick(keys);
        node = (node as Record<string | number, unknown>)[key];
      }
      (parent as Record<string | number, unknown>)[key] = pick(junk);
      const before = await userRecords();
      const res = await importRaw(JSON.stringify(file));
      expect([201, 400]).toContain(res.status);
      const after = await userRecords();
      if (res.status === 400) {
        refused++;
        expect(res.body.error.issues!.every((i) => typeof i.path === "string" && i.message.length > 0)).toBe(true);
        expect(after).toEqual(before);
      } else {
        imported++;
        expect(after).toEqual({ plans: before.plans + (file.plans as unknown[]).length, content: before.content + (file.content as unknown[]).length });
      }
    }
    expect(refused).toBeGreaterThan(50);
    expect(refused + imported).toBe(150);
    expect((await api.request("GET", "/api/health")).status).toBe(200);
  }, 60_000);
});

describe("export → import on a fresh server", () => {
  it("a plan exported here imports on another server as the same plan", async () => {
    const copy = await api.request<{ id: string }>("POST", `/api/plans/${BUILTIN_SERIES_IDS.nn}/copy`);
    const exported = await api.request<ExportFile>("GET", `/api/plans/${copy.body.id}/export`);
    expect(exported.body).toMatchObject({ format: "sammen-export", version: 1 });
    const fresh = await startServer();
    try {
      const other = await facilitator(fresh.url);
      const res = await other.request<{ imported: { plans: string[] } }>("POST", "/api/import", exported.body);
      expect(res.status).toBe(201);
      const plan = await other.request<{ plan: unknown; builtin: boolean }>("GET", `/api/plans/${res.body.imported.plans[0]}`);
      expect(plan.body.builtin).toBe(false);
      expect(plan.body.plan).toEqual(exported.body.plans[0]);
    } finally {
      await fresh.close();
    }
  });
});
