/**
 * What needs a leader's eyes, gathered from every activity of the room: the
 * safeguarding strip on the console counts it (neutrally), and ending the
 * session lists it once before the wipe (docs/safeguarding.md, "What needs you
 * now" and "Ending the session").
 *
 * Each kind that holds children's free text reports its open items through
 * the optional `attention(state)` of its definition; the room adds help
 * alerts. Pure and host-only: nothing here is ever sent to a tablet or the
 * projector.
 */
import type { SeatId } from "../room/types.js";
import type { Flag } from "./index.js";

/**
 * - "flagged": text a concern flag matched, still waiting for the leader (or,
 *   for kinds with no queue such as check-in's "say more", not yet marked read);
 * - "later": put aside with "Snakk senere", with the leader's private note.
 */
export type AttentionKind = "flagged" | "later";

/** One open item as a kind reports it; `key` is unique within that activity run. */
export interface AttentionItem {
  key: string;
  kind: AttentionKind;
  seatId: SeatId;
  text: string;
  flag: Flag | null;
  note: string | null;
  /** When the child sent it (server clock). */
  at: number;
}
