/**
 * The typed connection to a Sammen room, shared by the browser UI, the
 * integration tests and the benchmark (it runs in Node with socket.io-client).
 *
 * It holds the latest view the server sent for this client's role and exposes
 * it as an external store (subscribe/getSnapshot) for React's
 * useSyncExternalStore. The server sends a whole view, then patches to it
 * (shared/room/view-patch.ts); a patch that does not fit the view held here is
 * not guessed at: the whole view is asked for again. It never changes state on
 * its own: intents go out with a commandId and an acknowledgement timeout, and
 * are retried with the same commandId, which the server applies at most once.
 */
import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import { nanoid } from "nanoid";
import { PROTOCOL_VERSION } from "../../../shared/version.js";
import { InputPacer } from "../../../shared/input.js";
import { roomCodeOfToken } from "../../../shared/routing.js";
import { applyPatch } from "../../../shared/room/view-patch.js";
import type {
  Ack,
  ClientEventName,
  ClientPayload,
  ClientToServerEvents,
  EndReason,
  ErrorCode,
  HandshakeRefusal,
  RoleView,
  RoomEnvelope,
  ServerToClientEvents,
  ViewPatch,
  ViewUpdate,
  WireAck,
} from "../../../shared/protocol.js";

/** "restarting": the server said it is restarting (or is still starting); the connection comes back by itself. */
export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "restarting" | "offline" | "closed";

/** Why a connection is over for good: the room ended, the seat was removed, or the handshake was refused. */
export type CloseReason = EndReason | Extract<ErrorCode, "UNAUTHORIZED" | "ROOM_ENDED" | "KICKED" | "CLIENT_TOO_OLD">;

export interface ConnectionSnapshot<V extends RoleView = RoleView> {
  status: ConnectionStatus;
  envelope: RoomEnvelope<V> | null;
  closed: CloseReason | null;
}

export interface ConnectionOptions {
  /** Origin of the Sammen server; empty means the page's own origin. */
  url?: string;
  /** Read on every (re)connect, so a refreshed token is picked up. */
  token: string | (() => string);
  ackTimeoutMs?: number;
  retries?: number;
  /** Extra socket.io-client options (tests force transports, the benchmark turns off reconnection…). */
  socket?: Partial<ManagerOptions & SocketOptions>;
  /** Listen to visibilitychange/pageshow/online (browser only). Default: when `window` exists. */
  wakeListeners?: boolean;
}

/** First retry after 0.25–0.75 s (±50 %): a tablet back on WiFi should not wait a full second. */
export const RECONNECT_DELAY_MS = 500;
/** How far each retry's delay is spread around its nominal value (Socket.IO's `randomizationFactor`). */
export const RECONNECT_RANDOMIZATION = 0.5;

/** How a view update came: as its own event or inside an acknowledgement. */
export type UpdateVia = "room:view" | "room:patch" | "ack";
export type UpdateListener = (update: ViewUpdate, via: UpdateVia) => void;

type Payload<E extends ClientEventName> = Omit<ClientPayload<E>, "commandId">;
const TERMINAL_REFUSALS = new Set<ErrorCode>(["UNAUTHORIZED", "ROOM_ENDED", "KICKED", "CLIENT_TOO_OLD"]);

export class RoomConnection<V extends RoleView = RoleView> {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private snapshot: ConnectionSnapshot<V> = { status: "connecting", envelope: null, closed: null };
  private readonly listeners = new Set<() => void>();
  private readonly updateListeners = new Set<UpdateListener>();
  private readonly removeWakeListeners: () => void = () => {};
  private readonly ackTimeoutMs: number;
  private readonly retries: number;
  /**
   * serverTime − local time, for synced animations (calm-down, shared rhythms). Each envelope
   * gives serverTime − receive time = offset − transit delay; the largest of the recent samples
   * is the one with the least delay, so that is the estimate.
   */
  clockOffsetMs = 0;
  private readonly offsetSamples: number[] = [];
  /** Live input: the pacer (INPUT_MAX_HZ a second, INPUT_BURST at once) and the latest sample waiting for a slot. */
  private readonly inputPacer = new InputPacer();
  /** The last sample that went out, to tell a change (sent reliably) from a repeat (volatile). */
  private inputLastSent = "";
  private inputPending: { activityId: string; input: unknown } | null = null;
  private inputTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set by server:restarting until the next connect; a retry timer while the server is not ready yet. */
  private restarting = false;
  private restartRetry: ReturnType<typeof setTimeout> | null = null;
  /** A room:sync asked for because a patch did not fit; one at a time. */
  private resyncing = false;

  constructor(options: ConnectionOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 5000;
    this.retries = options.retries ?? 2;
    const token = options.token;
    // The room code rides along in the query so a proxy in front of several processes can send
    // all of a room's connections to the process that owns it (shared/routing.ts).
    const room = roomCodeOfToken(typeof token === "function" ? token() : token);
    this.socket = io(options.url ?? "", {
      ...(room ? { query: { room } } : {}),
      auth: (cb) => cb({ token: typeof token === "function" ? token() : token, protocolVersion: PROTOCOL_VERSION }),
      reconnectionDelay: RECONNECT_DELAY_MS,
      reconnectionDelayMax: 5000,
      randomizationFactor: RECONNECT_RANDOMIZATION,
      ...options.socket,
    });

    this.socket.on("connect", () => {
      this.restarting = false;
      this.update({ status: "connected" });
    });
    this.socket.on("disconnect", (reason) => {
      if (this.snapshot.closed) return;
      // "io server disconnect" without room:closed means the server dropped us; try again.
      if (reason === "io server disconnect") this.socket.connect();
      this.update({ status: reason === "io client disconnect" ? "offline" : this.restarting ? "restarting" : "reconnecting" });
    });
    this.socket.on("connect_error", (err: Error & { data?: HandshakeRefusal }) => {
      const code = err.data?.code;
      if (code && TERMINAL_REFUSALS.has(code)) return this.finish(code as CloseReason);
      if (code === "RESTARTING") {
        // A refusal from the server's handshake is not retried by socket.io itself: try again shortly.
        this.restarting = true;
        if (!this.restartRetry) {
          this.restartRetry = setTimeout(() => {
            this.restartRetry = null;
            if (!this.snapshot.closed && !this.socket.connected) this.socket.connect();
          }, RECONNECT_DELAY_MS * (0.5 + Math.random()));
        }
        return this.update({ status: "restarting" });
      }
      this.update({ status: this.socket.active ? (this.restarting ? "restarting" : "reconnecting") : "offline" });
    });
    this.socket.io.on("reconnect_attempt", () => this.update({ status: this.restarting ? "restarting" : "reconnecting" }));
    this.socket.on("server:restarting", () => {
      this.restarting = true;
      this.update({ status: "restarting" });
    });
    this.socket.on("room:view", (envelope) => this.receiveView(envelope, "room:view"));
    this.socket.on("room:patch", (patch) => this.receivePatch(patch, "room:patch"));
    this.socket.on("room:closed", ({ reason }) => this.finish(reason));

    const wake = options.wakeListeners ?? typeof window !== "undefined";
    if (wake && typeof window !== "undefined") {
      const onWake = () => {
        if (this.snapshot.closed) return;
        if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
        if (!this.socket.connected) this.socket.connect();
        else void this.sync();
      };
      document.addEventListener("visibilitychange", onWake);
      window.addEventListener("pageshow", onWake);
      window.addEventListener("online", onWake);
      this.removeWakeListeners = () => {
        document.removeEventListener("visibilitychange", onWake);
        window.removeEventListener("pageshow", onWake);
        window.removeEventListener("online", onWake);
      };
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot<V> => this.snapshot;

  get view(): V | null {
    return this.snapshot.envelope?.view ?? null;
  }

  /**
   * Send an intent and wait for its acknowledgement. Retries after a timeout
   * with the same commandId, so a retry is never applied twice.
   */
  async send<E extends ClientEventName>(event: E, payload: Payload<E>, commandId: string = nanoid(16)): Promise<Ack> {
    const full = { ...payload, commandId } as ClientPayload<E>;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (this.snapshot.closed) return { ok: false, code: "ROOM_ENDED", message: "This room is closed." };
      try {
        const ack = await this.emitOnce(event, full);
        // The room is moving between servers (scale-out) or the server restarts: nothing was
        // applied where it counts. Send it again once reconnected; the commandId keeps it once-only.
        if (!ack.ok && ack.code === "RESTARTING" && attempt < this.retries) {
          await this.nextConnect(RECONNECT_DELAY_MS * 4);
          continue;
        }
        return ack;
      } catch {
        // timed out: fall through and retry with the same commandId
      }
    }
    return { ok: false, code: "TIMEOUT", message: "No answer from the server." };
  }

  /** Resolves on the next (re)connect, or after `maxMs` if the socket stays as it is. */
  private nextConnect(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.socket.off("connect", done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.socket.once("connect", done);
    });
  }

  /** The server's clock now, as well as this client can tell. */
  serverNow = (): number => Date.now() + this.clockOffsetMs;

  /**
   * Send a live-input sample (a hold, a drag) for the running activity: no commandId, no
   * acknowledgement, at most INPUT_MAX_HZ per second on average (INPUT_BURST at once). A sample
   * with no slot waits and is replaced by any newer one. A sample equal to the last one sent (a
   * heartbeat) goes out volatile (dropped, not queued, when the link is busy); a changed one goes
   * out reliably, so the last state (e.g. "let go") always arrives.
   */
  input(activityId: string, input: unknown): void {
    if (this.snapshot.closed) return;
    this.inputPending = { activityId, input };
    if (this.inputTimer) return;
    this.flushInput();
  }

  private flushInput(): void {
    if (!this.inputPending) return;
    const wait = this.inputPacer.wait(Date.now());
    if (wait > 0) {
      this.inputTimer = setTimeout(() => {
        this.inputTimer = null;
        this.flushInput();
      }, wait);
      return;
    }
    const next = this.inputPending;
    this.inputPending = null;
    if (!this.socket.connected) return;
    this.inputPacer.take(Date.now());
    // A repeat ("still holding") is volatile: dropped rather than queued when the link is busy,
    // since the next one says the same. A change ("let go") is sent reliably, so it never gets lost.
    const body = JSON.stringify(next);
    if (body === this.inputLastSent) this.socket.volatile.emit("activity:input", next);
    else this.socket.emit("activity:input", next);
    this.inputLastSent = body;
  }

  /**
   * Every view update as it arrives, whole or patch, and how it came (an event of its own or
   * inside an acknowledgement), just after it was applied or refused: for tests and tools that
   * check what came over the wire.
   */
  onUpdate(listener: UpdateListener): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  private receiveView(envelope: RoomEnvelope, via: UpdateVia): void {
    const current = this.snapshot.envelope;
    // Views only move forward; an older one arriving late is dropped.
    if (!(current && envelope.version < current.version && envelope.view.code === current.view.code)) {
      this.noteClock(envelope.serverTime);
      this.update({ envelope: envelope as RoomEnvelope<V> });
    }
    for (const listener of this.updateListeners) listener(envelope, via);
  }

  private receivePatch(patch: ViewPatch, via: UpdateVia): void {
    const current = this.snapshot.envelope;
    // A patch fits only the view it was made against: anything else means a missed update.
    const view = current && current.version === patch.from ? applyPatch(current.view, patch.ops) : null;
    if (view) {
      this.noteClock(patch.serverTime);
      this.update({ envelope: { version: patch.version, serverTime: patch.serverTime, view: { ...view, version: patch.version } } });
    } else this.resync();
    for (const listener of this.updateListeners) listener(patch, via);
  }

  /**
   * One attempt: emit and wait for the acknowledgement. An update riding on it (a tablet's own
   * view, docs/protocol.md) is applied in the acknowledgement's callback, in order with the
   * socket's other messages, before the acknowledgement resolves; the caller gets the Ack alone.
   */
  private emitOnce<E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<Ack> {
    return new Promise((resolve, reject) => {
      // socket.io's typings cannot resolve parameters for a generic event name; E ties them together.
      const timed = this.socket.timeout(this.ackTimeoutMs) as unknown as {
        emit(ev: E, payload: ClientPayload<E>, ack: (err: Error | null, ack: WireAck) => void): void;
      };
      timed.emit(event, payload, (err, wire) => {
        if (err) return reject(err);
        const { update, ...ack } = wire;
        if (update) {
          if ("ops" in update) this.receivePatch(update, "ack");
          else this.receiveView(update, "ack");
        }
        resolve(ack as Ack);
      });
    });
  }

  private noteClock(serverTime: number): void {
    this.offsetSamples.push(serverTime - Date.now());
    if (this.offsetSamples.length > 16) this.offsetSamples.shift();
    this.clockOffsetMs = Math.max(...this.offsetSamples);
  }

  private resync(): void {
    if (this.resyncing || this.snapshot.closed) return;
    this.resyncing = true;
    void this.sync().finally(() => {
      this.resyncing = false;
    });
  }

  /** Ask the server for the current view (after a wake-up, or to check nothing was missed). */
  sync(): Promise<Ack> {
    return this.send("room:sync", { lastVersion: this.snapshot.envelope?.version });
  }

  close(): void {
    if (this.inputTimer) clearTimeout(this.inputTimer);
    this.inputTimer = null;
    if (this.restartRetry) clearTimeout(this.restartRetry);
    this.restartRetry = null;
    this.removeWakeListeners();
    this.socket.disconnect();
    this.update({ status: "offline" });
  }

  private finish(reason: CloseReason): void {
    if (this.restartRetry) clearTimeout(this.restartRetry);
    this.restartRetry = null;
    this.removeWakeListeners();
    this.snapshot = { status: "closed", envelope: null, closed: reason };
    this.socket.disconnect();
    this.emit();
  }

  private update(patch: Partial<ConnectionSnapshot<V>>): void {
    if (this.snapshot.closed) return;
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
