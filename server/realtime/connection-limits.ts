/**
 * Limits on realtime connections, by client address (server/security/client-ip.ts):
 *
 * - Engine.IO sessions (each polling or WebSocket handshake, before any room
 *   token is seen): a handshake rate per address, a cap per address and a cap in
 *   total. Checked in `allowRequest`, so a refused handshake costs no session.
 * - Socket.IO sockets per address: a slot is reserved in the auth middleware,
 *   before the socket exists, and released exactly once when the socket or its
 *   transport closes, so many CONNECT packets in one write cannot all pass a
 *   check that counts later.
 */
import type { IncomingMessage } from "node:http";
import type { ServerConfig } from "../config.js";
import { requestIp } from "../security/client-ip.js";
import { KeyedRateLimiter, type RateLimiter } from "../security/rate-limit.js";

/** A count per key that can only be taken within a cap (an in-process stand-in for a shared counter). */
export class SlotCounter {
  private readonly counts = new Map<string, number>();
  private totalCount = 0;
  constructor(
    private readonly perKey: number,
    private readonly total: number = Number.POSITIVE_INFINITY,
  ) {}
  /** Take one slot for `key`; returns a release function (safe to call twice), or null when full. */
  take(key: string): (() => void) | null {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.perKey || this.totalCount >= this.total) return null;
    this.counts.set(key, n + 1);
    this.totalCount++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.totalCount--;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
    };
  }
  /** Take one slot for `key` if there is room; give it back with `give` exactly once. */
  tryTake(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.perKey || this.totalCount >= this.total) return false;
    this.counts.set(key, n + 1);
    this.totalCount++;
    return true;
  }
  give(key: string): void {
    const n = this.counts.get(key);
    if (n === undefined) return;
    this.totalCount--;
    if (n > 1) this.counts.set(key, n - 1);
    else this.counts.delete(key);
  }
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  get size(): number {
    return this.totalCount;
  }
}

/** An upgrade that has not become a connection by then never will: its slot goes back. */
const UPGRADE_GRACE_MS = 10_000;

/** A session slot taken for a handshake, until the handshake becomes a connection or closes. */
interface PendingSlot {
  release: () => void;
  stopWatching: () => void;
}

export interface EngineGuard {
  /** Engine.IO's allowRequest: runs on every new session's first request. */
  allowRequest(req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void): void;
  /** Call on every new Engine.IO connection: holds its slot until it closes. */
  track(conn: { request: IncomingMessage; once(event: "close", fn: () => void): unknown }): void;
  readonly sessions: SlotCounter;
}

export function createEngineGuard(
  config: ServerConfig,
  isAllowedOrigin: (req: IncomingMessage) => boolean,
  handshakes: RateLimiter = new KeyedRateLimiter(config.handshakeBurstPerIp, config.handshakesPerIpPerSecond),
): EngineGuard {
  const sessions = new SlotCounter(config.maxSessionsPerIp, config.maxConnectionsTotal);
  // Slots taken in allowRequest wait here for their connection (engine.io assigns the id later).
  const pending = new WeakMap<IncomingMessage, PendingSlot>();
  return {
    sessions,
    allowRequest(req, callback) {
      if (!isAllowedOrigin(req)) return callback("CROSS_ORIGIN", false);
      const ip = requestIp(req, config.trustProxy);
      const decided = handshakes.consume(ip);
      if (decided instanceof Promise) {
        decided.then((d) => admit(req, ip, d.ok, callback), () => admit(req, ip, true, callback));
        return;
      }
      admit(req, ip, decided.ok, callback);
    },
    track(conn) {
      const slot = pending.get(conn.request);
      if (!slot) return;
      pending.delete(conn.request);
      slot.stopWatching();
      conn.once("close", slot.release);
    },
  };

  function admit(req: IncomingMessage, ip: string, rateOk: boolean, callback: (err: string | null | undefined, success: boolean) => void): void {
    if (!rateOk) return callback("RATE_LIMITED", false);
    const release = sessions.take(ip);
    if (!release) return callback("RATE_LIMITED", false);
    // A handshake that never becomes a connection (bad transport, closed early) gives its slot
    // back. A polling handshake's request closes right after it succeeds: checked a turn later.
    const giveBack = () => {
      if (pending.get(req) !== slot) return;
      pending.delete(req);
      release();
    };
    const slot: PendingSlot = { release, stopWatching: () => {} };
    pending.set(req, slot);
    if (req.headers.upgrade === undefined) {
      req.once("close", () => setImmediate(giveBack));
    } else {
      // An upgrade becomes its connection within the same turn or fails; no listener goes on the
      // request (it would turn it into a slow-mode object, about 1.6 KB more, and Engine.IO keeps
      // an upgrade's request as long as the WebSocket) nor on its TCP socket (the listener list
      // would keep its grown size): a timer stands in for the close.
      const timer = setTimeout(giveBack, UPGRADE_GRACE_MS);
      timer.unref();
      slot.stopWatching = () => clearTimeout(timer);
    }
    callback(null, true);
  }
}
