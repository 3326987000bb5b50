/**
 * Hand-over of a room between processes, over Redis pub/sub. The proxy decides
 * where a room's requests go (it hashes on the room code); when they start to
 * arrive at a process that does not own the room (a new room, a process that
 * came back after a restart, a failover), that process asks the owner to let the
 * room go. The owner writes its last snapshot, releases the lease and sends its
 * sockets away (they reconnect through the proxy); then the asker takes the
 * lease. An owner that does not answer is dead or cut off: the asker waits for
 * its lease to run out instead. docs/operations.md explains why Sammen moves the
 * room to where the proxy sends its sockets rather than forwarding intents.
 */
import type { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { z } from "zod";

const message = z.discriminatedUnion("type", [
  z.object({ type: z.literal("handover"), roomId: z.string().max(64), from: z.string().max(200), reqId: z.string().max(64) }),
  z.object({ type: z.literal("handover-reply"), reqId: z.string().max(64), released: z.boolean() }),
]);
type Message = z.infer<typeof message>;

export type HandoverOutcome = "released" | "refused" | "no-answer";

export interface HandoverOptions {
  nodeId: string;
  keyPrefix?: string;
  /** The owner's side: let the room go (flush, release the lease, send the sockets away). */
  onRequest: (roomId: string, from: string) => Promise<boolean>;
  log?: (line: string) => void;
}

export class HandoverBus {
  private readonly pending = new Map<string, (released: boolean) => void>();
  private readonly prefix: string;
  private ready: Promise<unknown>;

  /** `subscriber` must be a connection of its own: a subscribed Redis connection can do nothing else. */
  constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly options: HandoverOptions,
  ) {
    this.prefix = options.keyPrefix ?? "sammen:";
    this.subscriber.on("message", (channel: string, raw: string) => void this.receive(channel, raw));
    this.ready = this.subscriber.subscribe(this.channel(options.nodeId));
  }

  /** Resolves once this process hears hand-over requests. */
  whenReady(): Promise<unknown> {
    return this.ready;
  }

  private channel(nodeId: string): string {
    return `${this.prefix}node:${nodeId}`;
  }

  /** Ask `owner` to let `roomId` go; "no-answer" after `timeoutMs`. */
  async request(owner: string, roomId: string, timeoutMs: number): Promise<HandoverOutcome> {
    const reqId = randomUUID();
    const answer = new Promise<HandoverOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(reqId);
        resolve("no-answer");
      }, timeoutMs);
      this.pending.set(reqId, (released) => {
        clearTimeout(timer);
        this.pending.delete(reqId);
        resolve(released ? "released" : "refused");
      });
    });
    const msg: Message = { type: "handover", roomId, from: this.options.nodeId, reqId };
    const listeners = await this.redis.publish(this.channel(owner), JSON.stringify(msg)).catch(() => 0);
    // Nobody subscribed under that id: the owner is gone (its lease will run out).
    if (listeners === 0) {
      this.pending.get(reqId)?.(false);
      return "no-answer";
    }
    return answer;
  }

  private async receive(channel: string, raw: string): Promise<void> {
    if (channel !== this.channel(this.options.nodeId)) return;
    let parsed: Message;
    try {
      parsed = message.parse(JSON.parse(raw));
    } catch {
      this.options.log?.("[sammen] ignored a malformed hand-over message");
      return;
    }
    if (parsed.type === "handover-reply") {
      this.pending.get(parsed.reqId)?.(parsed.released);
      return;
    }
    let released = false;
    try {
      released = await this.options.onRequest(parsed.roomId, parsed.from);
    } catch (error) {
      this.options.log?.(`[sammen] hand-over of a room failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const reply: Message = { type: "handover-reply", reqId: parsed.reqId, released };
    await this.redis.publish(this.channel(parsed.from), JSON.stringify(reply)).catch(() => undefined);
  }

  async close(): Promise<void> {
    for (const resolve of [...this.pending.values()]) resolve(false);
    await this.subscriber.unsubscribe().catch(() => undefined);
  }
}
