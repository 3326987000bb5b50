/**
 * The series store against a real SQLite file in a temp folder and a real
 * PostgreSQL: versioned migrations run on start (and keep what was there), a
 * database from a newer build is refused, records round-trip, and the
 * optimistic version check refuses a stale write without changing anything,
 * with the same SQL on both engines.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, SCHEMA_VERSION, type Store } from "../../server/store/db.js";
import type { SeriesStore } from "../../server/store/series-store.js";
import { postgresBackend, sqliteBackend, type DatabaseBackend } from "../support/databases.js";
import { builtinSeries, ritualTemplate } from "../../shared/series/builtin-series.js";
import { groupSchema } from "../../shared/series/group.js";

let dir: string;
let file: string;
const open: Store[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sammen-store-"));
  file = path.join(dir, "sammen.db");
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});
const store = () => {
  const s = openStore(file);
  open.push(s);
  return s;
};

/** The schema as the first release wrote it (migration 1 only). */
function writeVersion1Database() {
  const db = new Database(file);
  db.exec(`CREATE TABLE facilitators (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
           CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, facilitator_id INTEGER NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE, expires_at INTEGER NOT NULL);
           INSERT INTO facilitators (username, password_hash, created_at) VALUES ('leder1', 'x', 1);`);
  db.pragma("user_version = 1");
  db.close();
}

const group = (planId: string | null) => groupSchema.parse({ name: "Torsdagsgruppa", ageBand: "8-10", language: "nb", k: 3, planId });

describe("migrations", () => {
  it("upgrades a version-1 database on start and keeps its accounts", async () => {
    writeVersion1Database();
    const s = store();
    await s.ready();
    expect((await s.findFacilitatorByName("leder1"))?.id).toBe(1);
    const plan = await s.createPlan(ritualTemplate("nb"), 1, 10);
    expect((await s.getPlan(plan.id))?.plan.title).toBe("Ny plan");
    s.close();
    open.pop();
    await new Promise((r) => setTimeout(r, 10));
    const db = new Database(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["content_items", "facilitators", "group_meetings", "plans", "series_groups", "sessions"]));
    db.close();
  });

  it("running again changes nothing; a database from a newer build is refused with a clear error", async () => {
    const s = store();
    await s.ready();
    const id = (await s.createFacilitator("leder1", "x", 1, true)).id;
    await s.createPlan(ritualTemplate("nb"), id, 1);
    s.close();
    open.pop();
    await new Promise((r) => setTimeout(r, 10)); // close is queued behind the async layer
    const again = store();
    expect(await again.listPlans()).toHaveLength(1);
    again.close();
    open.pop();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const newer = openStore(file);
    open.push(newer);
    await expect(newer.ready()).rejects.toThrow(/newer than this build/);
  });
});

const backends: DatabaseBackend[] = [sqliteBackend(), postgresBackend()];
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores.splice(0)) s.close();
  await new Promise((r) => setTimeout(r, 50));
  for (const b of backends) await b.stop();
});

describe.each(backends.map((b) => [b.name, b] as const))("series store on %s", (_name, backend) => {
  /** The whole store (every migration, accounts included) on this engine. */
  async function fresh(): Promise<{ s: SeriesStore; by: number }> {
    const where = await backend.fresh();
    const s = where.sqlitePath ? openStore(where.sqlitePath) : openStore(path.join(dir, "unused.db"), { databaseUrl: where.databaseUrl! });
    stores.push(s);
    await s.ready();
    const by = (await s.createFacilitator("leder1", "x", 1, true)).id;
    return { s, by };
  }

  it("plans, groups and content round-trip; a stale version is refused and changes nothing", async () => {
    const { s, by } = await fresh();
    const plan = await s.createPlan(builtinSeries("nb"), by, 100);
    expect(plan.version).toBe(1);
    expect((await s.getPlan(plan.id))?.plan).toEqual(plan.plan);
    const first = await s.updatePlan(plan.id, 1, { ...plan.plan, title: "A" }, 200);
    expect(first).toMatchObject({ ok: true, record: { version: 2, plan: { title: "A" } } });
    const stale = await s.updatePlan(plan.id, 1, { ...plan.plan, title: "B" }, 300);
    expect(stale).toEqual({ ok: false, reason: "VERSION_CONFLICT", current: 2 });
    expect((await s.getPlan(plan.id))?.plan.title).toBe("A");
    expect(await s.updatePlan("missing", 1, plan.plan, 1)).toEqual({ ok: false, reason: "NOT_FOUND" });

    const g = await s.createGroup(group(plan.id), by, 100);
    const now = Date.now();
    await s.markMeetingHeld(g.id, "m01-hvem-er-vi", now);
    await s.markMeetingHeld(g.id, "m01-hvem-er-vi", now + 1000);
    await s.markMeetingHeld(g.id, "m02-folelser", now + 2000);
    await s.markMeetingHeld("no-such-group", "m01", now);
    expect((await s.getGroup(g.id))?.held).toEqual([
      { meetingId: "m01-hvem-er-vi", heldAt: now + 1000 },
      { meetingId: "m02-folelser", heldAt: now + 2000 },
    ]);
    expect((await s.listGroups()).map((x) => x.held.length)).toEqual([2]);
    expect(await s.deleteGroup(g.id)).toBe(true);
    expect(await s.getGroup(g.id)).toBeUndefined();

    const c = await s.createContent({ type: "wordcloudPrompts", title: "P", body: { prompts: ["Hva gjør deg glad?"] } }, by, 1);
    const up = await s.updateContent(c.id, 1, { ...c.item, title: "Q" }, 2);
    expect(up).toMatchObject({ ok: true, record: { version: 2, item: { title: "Q" } } });
    expect(await s.deleteContent(c.id)).toBe(true);
    expect(await s.deleteContent(c.id)).toBe(false);
  });

  it("concurrent writers at one version: exactly one wins", async () => {
    const { s, by } = await fresh();
    const plan = await s.createPlan(ritualTemplate("nb"), by, 1);
    const results = await Promise.all(["A", "B", "C", "D"].map((title) => s.updatePlan(plan.id, 1, { ...plan.plan, title }, 2)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "VERSION_CONFLICT")).toHaveLength(3);
    const winner = results.find((r) => r.ok);
    expect((await s.getPlan(plan.id))?.plan.title).toBe(winner?.ok ? winner.record.plan.title : "");
  });

  it("an import bundle is all or nothing", async () => {
    const { s, by } = await fresh();
    const ok = await s.importBundle({ plans: [ritualTemplate("nb"), builtinSeries("nn")], content: [] }, by, 1);
    expect(ok.plans).toHaveLength(2);
    // A bundle that fails halfway (an item the database cannot take) leaves nothing behind.
    const bad = { type: "starters", title: null, body: {} } as never;
    await expect(s.importBundle({ plans: [ritualTemplate("nb")], content: [bad] }, by, 1)).rejects.toThrow();
    expect(await s.listPlans()).toHaveLength(2);
    expect(await s.listContent()).toHaveLength(0);
  });
});
