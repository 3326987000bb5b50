/**
 * One-time account links and account removal in the store, against a real
 * SQLite file and a real PostgreSQL, the same tests for both: a link works
 * once and not after it expires or is replaced; using it sets the password and
 * ends the account's sessions in one step; removing an account ends its
 * sessions and hands its groups to the heir.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ACCOUNT_MIGRATIONS, sqlAccountStore } from "../../server/store/accounts.js";
import { ACCOUNT_LINKS_MIGRATION, sqlAccountLinkStore } from "../../server/store/account-links.js";
import { SERIES_MIGRATION, sqlSeriesStore } from "../../server/store/series-store.js";
import { migrate, openPostgres, openSqlite, type SqlDb } from "../../server/store/sql.js";
import { postgresBackend, sqliteBackend, type DatabaseBackend } from "../support/databases.js";

const backends: DatabaseBackend[] = [sqliteBackend(), postgresBackend()];
const opened: SqlDb[] = [];
afterAll(async () => {
  for (const db of opened) await db.close().catch(() => undefined);
  for (const b of backends) await b.stop();
});

async function fresh(backend: DatabaseBackend) {
  const where = await backend.fresh();
  const db = where.sqlitePath ? openSqlite(where.sqlitePath) : openPostgres(where.databaseUrl!);
  opened.push(db);
  await migrate(db, [...ACCOUNT_MIGRATIONS, SERIES_MIGRATION, ACCOUNT_LINKS_MIGRATION]);
  return { accounts: sqlAccountStore(db), links: sqlAccountLinkStore(db), series: sqlSeriesStore(db) };
}

describe.each(backends.map((b) => [b.name, b] as const))("account links on %s", (_name, backend) => {
  it("a link works once, not after it expires or is replaced; using it sets the password and ends the sessions", async () => {
    const { accounts, links } = await fresh(backend);
    const now = Date.now();
    const a = await accounts.createFacilitator("leder", "none$invited", now, false);
    await accounts.createSession("th1", "sid-aaaaaaaa", a.id, now + 60_000);
    await links.createLink("h-old", a.id, "invite", now + 60_000);
    await links.createLink("h-new", a.id, "reset", now + 60_000);
    expect(await links.findLink("h-old", now)).toBeUndefined();
    expect(await links.findLink("h-new", now)).toEqual({ facilitatorId: a.id, purpose: "reset", expiresAt: now + 60_000 });
    expect(await links.findLink("h-new", now + 60_000)).toBeUndefined();
    expect(await links.consumeLink("h-new", now + 60_000, "hash-x")).toBeNull();
    expect(await links.consumeLink("h-old", now, "hash-x")).toBeNull();
    expect((await accounts.findFacilitator(a.id))!.password_hash).toBe("none$invited");

    expect(await links.consumeLink("h-new", now, "hash-new")).toEqual({ facilitatorId: a.id, endedSids: ["sid-aaaaaaaa"] });
    expect((await accounts.findFacilitator(a.id))!.password_hash).toBe("hash-new");
    expect(await accounts.sessionAlive("sid-aaaaaaaa", now)).toBe(false);
    expect(await links.consumeLink("h-new", now, "hash-again")).toBeNull();
    expect((await accounts.findFacilitator(a.id))!.password_hash).toBe("hash-new");
  });

  it("pending invitations; removing an account ends its sessions and gives its groups to the heir", async () => {
    const { accounts, links, series } = await fresh(backend);
    const now = Date.now();
    const admin = await accounts.createFacilitator("admin", "h", now, true);
    const b = await accounts.createFacilitator("b", "h", now, false);
    await links.createLink("inv", b.id, "invite", now + 60_000);
    expect(await links.pendingInvites(now)).toEqual([b.id]);
    await accounts.createSession("t1", "sid-bbbbbbbb", b.id, now + 60_000);
    await accounts.createSession("t2", "sid-cccccccc", b.id, now + 60_000);
    const group = await series.createGroup({ name: "G", ageBand: "8-10", language: "nb", k: 3, coLeaders: [], planId: null, keepResults: false }, b.id, now);
    expect(await links.endSessionsOf(admin.id)).toEqual([]);
    const removed = await links.removeFacilitator(b.id, admin.id);
    expect(removed!.endedSids.sort()).toEqual(["sid-bbbbbbbb", "sid-cccccccc"]);
    expect(removed!.groupIds).toEqual([group.id]);
    expect(await accounts.findFacilitator(b.id)).toBeUndefined();
    expect(await links.pendingInvites(now)).toEqual([]);
    expect((await series.getGroup(group.id))!.ownerId).toBe(admin.id);
    expect(await links.removeFacilitator(b.id, admin.id)).toBeNull();
  });
});
