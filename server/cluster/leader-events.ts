/**
 * Changes to who may lead rooms, told to every process over Redis pub/sub
 * (docs/operations.md, "Accounts"): a group's owner took co-leaders off (their
 * consoles in the group's live rooms close on every process, not only on the
 * one that took the request), and an admin removed an account (its live rooms
 * end on every process). Each process acts on its own rooms; the sender acts on
 * its own at once too, so a lost message costs only the other processes (their
 * next host handshake is refused anyway: leaders are checked on every one).
 */
import type { Redis } from "ioredis";
import { z } from "zod";

const event = z.discriminatedUnion("type", [
  z.object({ type: z.literal("co-leaders-removed"), groupId: z.string().min(1).max(60), ids: z.array(z.number().int().positive()).max(100) }),
  z.object({ type: z.literal("account-removed"), id: z.number().int().positive() }),
]);
export type LeaderEvent = z.infer<typeof event>;

export class LeaderEvents {
  private readonly channel: string;
  private handler: ((e: LeaderEvent) => void) | null = null;
  private readonly ready: Promise<unknown>;

  /** `subscriber` is a connection in subscriber mode (it may carry other channels too). */
  constructor(
    private readonly redis: Redis,
    subscriber: Redis,
    private readonly options: { keyPrefix?: string; log?: (line: string) => void } = {},
  ) {
    this.channel = `${options.keyPrefix ?? "sammen:"}leaders`;
    subscriber.on("message", (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      let parsed: LeaderEvent;
      try {
        parsed = event.parse(JSON.parse(raw));
      } catch {
        options.log?.("[sammen] ignored a malformed leader event");
        return;
      }
      this.handler?.(parsed);
    });
    this.ready = subscriber.subscribe(this.channel);
  }

  /** What this process does with an event (its own included). */
  onEvent(handler: (e: LeaderEvent) => void): void {
    this.handler = handler;
  }

  whenReady(): Promise<unknown> {
    return this.ready;
  }

  /** Tell every process; false when Redis did not take it. */
  async announce(e: LeaderEvent): Promise<boolean> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event.parse(e)));
      return true;
    } catch {
      this.options.log?.("[sammen] could not tell the other processes about a leader change (Redis)");
      return false;
    }
  }
}
