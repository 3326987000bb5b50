/**
 * Idempotency: the first result of each commandId, per actor, in a bounded
 * insertion-ordered map. A retried intent gets the first answer again and is
 * not applied twice.
 */
import type { Ack } from "../../shared/protocol.js";

export class CommandLog {
  private readonly byActor = new Map<string, Map<string, Ack>>();
  constructor(private readonly perActor = 256) {}

  get(actorKey: string, commandId: string): Ack | undefined {
    return this.byActor.get(actorKey)?.get(commandId);
  }

  remember(actorKey: string, commandId: string, ack: Ack): void {
    let log = this.byActor.get(actorKey);
    if (!log) this.byActor.set(actorKey, (log = new Map()));
    log.set(commandId, ack);
    if (log.size > this.perActor) log.delete(log.keys().next().value as string);
  }

  forget(actorKey: string): void {
    this.byActor.delete(actorKey);
  }

  clear(): void {
    this.byActor.clear();
  }
}
