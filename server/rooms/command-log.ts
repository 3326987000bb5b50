/**
 * Idempotency: the first result of each commandId, per actor, in a bounded
 * insertion-ordered map. A retried intent gets the first answer again and is
 * not applied twice. The log also keeps a fingerprint of what the id was first
 * used for (event and payload), so reusing an id for something else is refused
 * with COMMAND_REUSED instead of silently answering with an unrelated result.
 */
import { hash } from "node:crypto";
import type { Ack } from "../../shared/protocol.js";

/** A fingerprint this long or shorter is kept as the text itself: cheaper than hashing it, and no bigger. */
const PLAIN_FINGERPRINT_CHARS = 128;

/**
 * Event name and payload (without its commandId): equal intents give equal fingerprints. A short
 * one (a tablet's answer) is the text itself; a longer one is its SHA-256, so the log stays small.
 * The two cannot collide: a digest is 43 characters with no NUL, a text always holds one.
 */
export function commandFingerprint(event: string, payload: { commandId: string }): string {
  const { commandId: _id, ...rest } = payload;
  const text = `${event}\u0000${JSON.stringify(rest) ?? ""}`;
  return text.length <= PLAIN_FINGERPRINT_CHARS ? text : hash("sha256", text, "base64url");
}

const REUSED: Ack = {
  ok: false,
  code: "COMMAND_REUSED",
  message: "This commandId was already used for a different intent; send a new commandId.",
};

export class CommandLog {
  private readonly byActor = new Map<string, Map<string, { ack: Ack; fingerprint: string | undefined }>>();
  constructor(private readonly perActor = 256) {}

  /** The first answer for a true repeat, COMMAND_REUSED for the same id on another intent, else undefined. */
  get(actorKey: string, commandId: string, fingerprint: string): Ack | undefined {
    const seen = this.byActor.get(actorKey)?.get(commandId);
    if (!seen) return undefined;
    return seen.fingerprint === undefined || seen.fingerprint === fingerprint ? seen.ack : REUSED;
  }

  /**
   * `fingerprint` is left out only for answers restored from a crash snapshot, which does not keep
   * it: a repeat of those gets the first answer, as before this check existed.
   */
  remember(actorKey: string, commandId: string, ack: Ack, fingerprint?: string): void {
    let log = this.byActor.get(actorKey);
    if (!log) this.byActor.set(actorKey, (log = new Map()));
    log.set(commandId, { ack, fingerprint });
    if (log.size > this.perActor) log.delete(log.keys().next().value as string);
  }

  forget(actorKey: string): void {
    this.byActor.delete(actorKey);
  }

  clear(): void {
    this.byActor.clear();
  }
}
