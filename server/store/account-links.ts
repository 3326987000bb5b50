/**
 * One-time links an admin gives a facilitator: an invitation (set your first
 * password) or a reset (set a new one). Only the token's hash is stored; a link
 * works once and until it expires. Also the account-removal steps that must
 * happen together (sessions, links, group ownership). Written once against the
 * query layer, so SQLite and PostgreSQL hold them alike (docs/operations.md,
 * "Accounts").
 */
import type { Migration, SqlDb } from "./sql.js";

export type LinkPurpose = "invite" | "reset";

export interface AccountLink {
  facilitatorId: number;
  purpose: LinkPurpose;
  expiresAt: number;
}

export interface AccountLinkStore {
  /** A new link for this account; any older link of the account stops working. */
  createLink(tokenHash: string, facilitatorId: number, purpose: LinkPurpose, expiresAt: number): Promise<void>;
  /** The live link with this hash, if any (not used up, not expired). */
  findLink(tokenHash: string, now: number): Promise<AccountLink | undefined>;
  /**
   * Use a link up: in one step, the link is deleted and the password set, and every login
   * session of the account ends. False if the link was gone (used, expired or replaced).
   */
  consumeLink(tokenHash: string, now: number, passwordHash: string): Promise<{ facilitatorId: number; endedSids: string[] } | null>;
  /** Accounts with a live invitation (no password set yet). */
  pendingInvites(now: number): Promise<number[]>;
  /** End every login session of an account; returns their public ids (their host tokens stop too). */
  endSessionsOf(facilitatorId: number): Promise<string[]>;
  /**
   * Remove an account: its sessions and links go with it, and the groups it made pass to
   * `heir` (the admin removing it), so a group's plan and memory are not lost with a leader.
   */
  removeFacilitator(facilitatorId: number, heir: number): Promise<{ endedSids: string[]; groupIds: string[] } | null>;
}

const linkTable = (int: string) => `CREATE TABLE account_links (
     token_hash TEXT PRIMARY KEY,
     facilitator_id ${int} NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE,
     purpose TEXT NOT NULL,
     expires_at ${int} NOT NULL
   );
   CREATE INDEX account_links_by_facilitator ON account_links(facilitator_id);`;

export const ACCOUNT_LINKS_MIGRATION: Migration = {
  sqlite: linkTable("INTEGER"),
  postgres: linkTable("BIGINT"),
};

/** A password hash nothing verifies against: an invited account cannot sign in until it sets one. */
export const NO_PASSWORD = "none$invited";

export function sqlAccountLinkStore(db: SqlDb): AccountLinkStore {
  return {
    async createLink(tokenHash, facilitatorId, purpose, expiresAt) {
      await db.transaction(async (tx) => {
        await tx.run("DELETE FROM account_links WHERE facilitator_id = ? OR expires_at <= ?", [facilitatorId, Date.now()]);
        await tx.run("INSERT INTO account_links (token_hash, facilitator_id, purpose, expires_at) VALUES (?, ?, ?, ?)", [tokenHash, facilitatorId, purpose, expiresAt]);
      });
    },
    async findLink(tokenHash, now) {
      const row = await db.get<{ facilitator_id: number; purpose: LinkPurpose; expires_at: number }>(
        "SELECT facilitator_id, purpose, expires_at FROM account_links WHERE token_hash = ? AND expires_at > ?",
        [tokenHash, now],
      );
      return row ? { facilitatorId: Number(row.facilitator_id), purpose: row.purpose, expiresAt: Number(row.expires_at) } : undefined;
    },
    consumeLink(tokenHash, now, passwordHash) {
      return db.transaction(async (tx) => {
        const row = await tx.get<{ facilitator_id: number }>(
          "DELETE FROM account_links WHERE token_hash = ? AND expires_at > ? RETURNING facilitator_id",
          [tokenHash, now],
        );
        if (!row) return null;
        const id = Number(row.facilitator_id);
        await tx.run("UPDATE facilitators SET password_hash = ? WHERE id = ?", [passwordHash, id]);
        const sessions = await tx.all<{ sid: string }>("DELETE FROM sessions WHERE facilitator_id = ? RETURNING sid", [id]);
        return { facilitatorId: id, endedSids: sessions.map((s) => s.sid) };
      });
    },
    async pendingInvites(now) {
      const rows = await db.all<{ facilitator_id: number }>("SELECT facilitator_id FROM account_links WHERE purpose = 'invite' AND expires_at > ?", [now]);
      return rows.map((r) => Number(r.facilitator_id));
    },
    async endSessionsOf(facilitatorId) {
      const rows = await db.all<{ sid: string }>("DELETE FROM sessions WHERE facilitator_id = ? RETURNING sid", [facilitatorId]);
      return rows.map((r) => r.sid);
    },
    removeFacilitator(facilitatorId, heir) {
      return db.transaction(async (tx) => {
        const exists = await tx.get("SELECT 1 AS n FROM facilitators WHERE id = ?", [facilitatorId]);
        if (!exists) return null;
        const sessions = await tx.all<{ sid: string }>("DELETE FROM sessions WHERE facilitator_id = ? RETURNING sid", [facilitatorId]);
        const groups = await tx.all<{ id: string }>("UPDATE series_groups SET owner_id = ? WHERE owner_id = ? RETURNING id", [heir, facilitatorId]);
        await tx.run("DELETE FROM facilitators WHERE id = ?", [facilitatorId]);
        return { endedSids: sessions.map((s) => s.sid), groupIds: groups.map((g) => g.id) };
      });
    },
  };
}
