/**
 * The series store: groups, plans and the content library. One async
 * interface, implemented once on the shared query layer (server/store/sql.ts),
 * so it runs on SQLite and PostgreSQL alike. The SQL is portable: TEXT JSON
 * bodies, an INTEGER version per row for optimistic concurrency (UPDATE …
 * WHERE version = ?), and one INSERT … ON CONFLICT that both engines read the
 * same way.
 *
 * Nothing about a child is ever written here (docs/series.md, rule S1): the
 * tables hold leader text, settings, and which meeting ids a group held.
 */
import { nanoid } from "nanoid";
import type { ContentItem, ContentRecord } from "../../shared/series/content.js";
import type { Group, GroupRecord } from "../../shared/series/group.js";
import type { Plan, PlanRecord } from "../../shared/series/plan.js";
import type { Migration, SqlDb } from "./sql.js";

export type UpdateResult<R> = { ok: true; record: R } | { ok: false; reason: "NOT_FOUND" } | { ok: false; reason: "VERSION_CONFLICT"; current: number };

export interface ImportBundle {
  plans: Plan[];
  content: ContentItem[];
}

export interface SeriesStore {
  listPlans(): Promise<PlanRecord[]>;
  getPlan(id: string): Promise<PlanRecord | undefined>;
  createPlan(plan: Plan, createdBy: number, now: number): Promise<PlanRecord>;
  /** Refused with VERSION_CONFLICT unless the stored version is `expectedVersion`; the version then goes up by one. */
  updatePlan(id: string, expectedVersion: number, plan: Plan, now: number): Promise<UpdateResult<PlanRecord>>;
  deletePlan(id: string): Promise<boolean>;

  listGroups(): Promise<GroupRecord[]>;
  getGroup(id: string): Promise<GroupRecord | undefined>;
  createGroup(group: Group, ownerId: number, now: number): Promise<GroupRecord>;
  updateGroup(id: string, expectedVersion: number, group: Group, now: number): Promise<UpdateResult<GroupRecord>>;
  deleteGroup(id: string): Promise<boolean>;
  /** Remember that a group held one of its plan's meetings (once per meeting id; the latest date wins). */
  markMeetingHeld(groupId: string, meetingId: string, heldAt: number): Promise<void>;

  listContent(): Promise<ContentRecord[]>;
  getContent(id: string): Promise<ContentRecord | undefined>;
  createContent(item: ContentItem, createdBy: number, now: number): Promise<ContentRecord>;
  updateContent(id: string, expectedVersion: number, item: ContentItem, now: number): Promise<UpdateResult<ContentRecord>>;
  deleteContent(id: string): Promise<boolean>;

  /** Every plan and content item of the bundle as new records, all or nothing. */
  importBundle(bundle: ImportBundle, createdBy: number, now: number): Promise<{ plans: string[]; content: string[] }>;
}

/**
 * Groups, plans and content tables. Timestamps are ms since the epoch, BIGINT on
 * PostgreSQL; everything else is the same in both dialects.
 */
export const SERIES_MIGRATION: Migration = {
  sqlite: seriesTables("INTEGER"),
  postgres: seriesTables("BIGINT"),
};

function seriesTables(ms: string): string {
  return `
  CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_by ${ms} REFERENCES facilitators(id) ON DELETE SET NULL,
    created_at ${ms} NOT NULL,
    updated_at ${ms} NOT NULL
  );
  CREATE TABLE series_groups (
    id TEXT PRIMARY KEY,
    owner_id ${ms} NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at ${ms} NOT NULL,
    updated_at ${ms} NOT NULL
  );
  CREATE TABLE group_meetings (
    group_id TEXT NOT NULL REFERENCES series_groups(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    held_at ${ms} NOT NULL,
    PRIMARY KEY (group_id, meeting_id)
  );
  CREATE TABLE content_items (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_by ${ms} REFERENCES facilitators(id) ON DELETE SET NULL,
    created_at ${ms} NOT NULL,
    updated_at ${ms} NOT NULL
  );`;
}

interface BodyRow {
  id: string;
  body: string;
  version: number;
  updated_at: number;
}
interface GroupRow extends BodyRow {
  owner_id: number;
}
interface HeldRow {
  group_id: string;
  meeting_id: string;
  held_at: number;
}

const planOf = (r: BodyRow): PlanRecord => ({ id: r.id, version: r.version, builtin: false, plan: JSON.parse(r.body) as Plan, updatedAt: r.updated_at });
const contentOf = (r: BodyRow): ContentRecord => ({ id: r.id, version: r.version, builtin: false, item: JSON.parse(r.body) as ContentItem, updatedAt: r.updated_at });
const groupOf = (r: GroupRow, held: HeldRow[]): GroupRecord => ({
  id: r.id,
  version: r.version,
  ownerId: r.owner_id,
  group: JSON.parse(r.body) as Group,
  held: held.map((h) => ({ meetingId: h.meeting_id, heldAt: h.held_at })),
  updatedAt: r.updated_at,
});

const SQL = {
  plans: "SELECT id, body, version, updated_at FROM plans ORDER BY created_at, id",
  plan: "SELECT id, body, version, updated_at FROM plans WHERE id = ?",
  insertPlan: "INSERT INTO plans (id, title, body, version, created_by, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)",
  updatePlan: "UPDATE plans SET title = ?, body = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
  deletePlan: "DELETE FROM plans WHERE id = ?",
  groups: "SELECT id, owner_id, body, version, updated_at FROM series_groups ORDER BY created_at, id",
  group: "SELECT id, owner_id, body, version, updated_at FROM series_groups WHERE id = ?",
  insertGroup: "INSERT INTO series_groups (id, owner_id, body, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)",
  updateGroup: "UPDATE series_groups SET body = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
  deleteGroup: "DELETE FROM series_groups WHERE id = ?",
  held: "SELECT group_id, meeting_id, held_at FROM group_meetings ORDER BY held_at, meeting_id",
  heldBy: "SELECT group_id, meeting_id, held_at FROM group_meetings WHERE group_id = ? ORDER BY held_at, meeting_id",
  // INSERT … ON CONFLICT DO UPDATE: the same text in SQLite (3.24+) and PostgreSQL (9.5+).
  markHeld:
    "INSERT INTO group_meetings (group_id, meeting_id, held_at) SELECT id, ?, ? FROM series_groups WHERE id = ? " +
    "ON CONFLICT (group_id, meeting_id) DO UPDATE SET held_at = excluded.held_at",
  contents: "SELECT id, body, version, updated_at FROM content_items ORDER BY created_at, id",
  content: "SELECT id, body, version, updated_at FROM content_items WHERE id = ?",
  insertContent: "INSERT INTO content_items (id, type, title, body, version, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
  updateContent: "UPDATE content_items SET type = ?, title = ?, body = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
  deleteContent: "DELETE FROM content_items WHERE id = ?",
};

/** The series store on the shared query layer (server/store/sql.ts): SQLite or PostgreSQL alike. */
export function sqlSeriesStore(db: SqlDb): SeriesStore {
  const insertPlan = async (q: SqlDb, plan: Plan, by: number, now: number): Promise<PlanRecord> => {
    const id = nanoid(12);
    await q.run(SQL.insertPlan, [id, plan.title, JSON.stringify(plan), by, now, now]);
    return { id, version: 1, builtin: false, plan, updatedAt: now };
  };
  const insertContent = async (q: SqlDb, item: ContentItem, by: number, now: number): Promise<ContentRecord> => {
    const id = nanoid(12);
    await q.run(SQL.insertContent, [id, item.type, item.title, JSON.stringify(item), by, now, now]);
    return { id, version: 1, builtin: false, item, updatedAt: now };
  };

  /**
   * One optimistic update: the UPDATE only matches the expected version. No match →
   * NOT_FOUND if the row is gone, else VERSION_CONFLICT with the version it has now.
   */
  async function update<R>(write: () => Promise<{ changes: number }>, read: () => Promise<R | undefined>, version: (r: R) => number): Promise<UpdateResult<R>> {
    const { changes } = await write();
    const now = await read();
    if (!now) return { ok: false, reason: "NOT_FOUND" };
    return changes === 1 ? { ok: true, record: now } : { ok: false, reason: "VERSION_CONFLICT", current: version(now) };
  }

  const getPlan = async (id: string) => {
    const row = await db.get<BodyRow>(SQL.plan, [id]);
    return row ? planOf(row) : undefined;
  };
  const getGroup = async (id: string) => {
    const row = await db.get<GroupRow>(SQL.group, [id]);
    return row ? groupOf(row, await db.all<HeldRow>(SQL.heldBy, [id])) : undefined;
  };
  const getContent = async (id: string) => {
    const row = await db.get<BodyRow>(SQL.content, [id]);
    return row ? contentOf(row) : undefined;
  };

  return {
    listPlans: async () => (await db.all<BodyRow>(SQL.plans)).map(planOf),
    getPlan,
    createPlan: (plan, by, now) => insertPlan(db, plan, by, now),
    updatePlan: (id, expected, plan, now) =>
      update(() => db.run(SQL.updatePlan, [plan.title, JSON.stringify(plan), now, id, expected]), () => getPlan(id), (r) => r.version),
    deletePlan: async (id) => (await db.run(SQL.deletePlan, [id])).changes === 1,

    async listGroups() {
      const held = await db.all<HeldRow>(SQL.held);
      return (await db.all<GroupRow>(SQL.groups)).map((r) => groupOf(r, held.filter((h) => h.group_id === r.id)));
    },
    getGroup,
    async createGroup(group, ownerId, now) {
      const id = nanoid(12);
      await db.run(SQL.insertGroup, [id, ownerId, JSON.stringify(group), now, now]);
      return { id, version: 1, ownerId, group, held: [], updatedAt: now };
    },
    updateGroup: (id, expected, group, now) =>
      update(() => db.run(SQL.updateGroup, [JSON.stringify(group), now, id, expected]), () => getGroup(id), (r) => r.version),
    deleteGroup: async (id) => (await db.run(SQL.deleteGroup, [id])).changes === 1,
    async markMeetingHeld(groupId, meetingId, heldAt) {
      await db.run(SQL.markHeld, [meetingId, heldAt, groupId]);
    },

    listContent: async () => (await db.all<BodyRow>(SQL.contents)).map(contentOf),
    getContent,
    createContent: (item, by, now) => insertContent(db, item, by, now),
    updateContent: (id, expected, item, now) =>
      update(() => db.run(SQL.updateContent, [item.type, item.title, JSON.stringify(item), now, id, expected]), () => getContent(id), (r) => r.version),
    deleteContent: async (id) => (await db.run(SQL.deleteContent, [id])).changes === 1,

    importBundle: (bundle, by, now) =>
      db.transaction(async (tx) => {
        const plans: string[] = [];
        const content: string[] = [];
        for (const p of bundle.plans) plans.push((await insertPlan(tx, p, by, now)).id);
        for (const c of bundle.content) content.push((await insertContent(tx, c, by, now)).id);
        return { plans, content };
      }),
  };
}
