/**
 * A live room: owns one RoomState and adds what the pure core cannot: time
 * (presence grace, idle expiry), idempotency, and the throttled per-role fan-out.
 * It never looks inside an activity; the pure functions in shared/room do that
 * through the registry.
 */
import type {
  Ack,
  ClientEventName,
  ClientInputPayload,
  ClientPayload,
  EndReason,
  ErrorCode,
  RoleView,
  RoomEnvelope,
} from "../../shared/protocol.js";
import { InputPacer } from "../../shared/input.js";
import { ACTIVITY_TICK_MS, isRejection } from "../../shared/activities/types.js";
import {
  actOnActivity,
  activityTicks,
  addSeat,
  celebrate,
  configure,
  dismissCelebration,
  inputToActivity,
  lightGoal,
  setGoalTarget,
  startCalm,
  stopCalm,
  tickActivity,
  kickSeat,
  requestHelp,
  resolveHelp,
  setJoinShown,
  setLocked,
  setPresence,
  startActivity,
  stopActivity,
  takenAvatars,
  roomSeats,
  type RoomResult,
  type RoomState,
} from "../../shared/room/room.js";
import { hostView, screenView, seatView, type RoomLinks } from "../../shared/room/views.js";
import type { AvatarId, SeatId } from "../../shared/room/types.js";
import { ALL_AVATARS, isAvatarId } from "../../shared/content/avatars.js";
import { CommandLog } from "./command-log.js";
import { FanoutThrottle } from "./fanout.js";

export type ConnActor = { role: "host" } | { role: "screen" } | { role: "seat"; seatId: SeatId };

/** Where a room's views go; the realtime gateway implements it with Socket.IO rooms. */
export interface RoomOutbox {
  toHosts(roomId: string, envelope: RoomEnvelope): void;
  toScreens(roomId: string, envelope: RoomEnvelope): void;
  toSeat(roomId: string, seatId: SeatId, envelope: RoomEnvelope): void;
  closeSeat(roomId: string, seatId: SeatId, reason: EndReason): void;
  closeAll(roomId: string, reason: EndReason): void;
}

export interface LiveRoomDeps {
  outbox: RoomOutbox;
  links: RoomLinks;
  presenceGraceMs: number;
  fanoutWindowMs: number;
  maxSeats: number;
  now: () => number;
  random: () => number;
  newSeatId: () => string;
  /** Called when the host ends the room, so the registry can drop it. */
  onEnded: (room: LiveRoom, reason: EndReason) => void;
}

export type ClaimResult = { ok: true; seatId: SeatId; avatar: AvatarId } | { ok: false; code: ErrorCode; message: string };

const actorKey = (actor: ConnActor) => (actor.role === "seat" ? `seat:${actor.seatId}` : actor.role);
const ok = (version: number): Ack => ({ ok: true, version });
const fail = (code: ErrorCode, message: string): Ack => ({ ok: false, code, message });

export class LiveRoom {
  private state: RoomState;
  private readonly log = new CommandLog();
  private readonly fanout: FanoutThrottle;
  private readonly connections = new Map<string, number>();
  private readonly graceTimers = new Map<SeatId, NodeJS.Timeout>();
  /** Last JSON sent per target, so a role whose view did not change gets nothing. */
  private readonly lastSent = new Map<string, string>();
  /** Live input per seat: its pacer, and the latest sample waiting for a slot. */
  private readonly inputSlots = new Map<SeatId, { pacer: InputPacer; pending: ClientInputPayload<"activity:input"> | null; timer: NodeJS.Timeout | null }>();
  private calmTimer: NodeJS.Timeout | null = null;
  /** Runs only while the running activity has a `tick`. */
  private ticker: NodeJS.Timeout | null = null;
  private emptySince: number;
  private ended = false;

  constructor(
    initial: RoomState,
    private readonly deps: LiveRoomDeps,
  ) {
    this.state = initial;
    this.emptySince = deps.now();
    this.fanout = new FanoutThrottle(deps.fanoutWindowMs, () => this.flush());
  }

  get id(): string {
    return this.state.id;
  }
  get code(): string {
    return this.state.code;
  }
  get ownerId(): number {
    return this.state.ownerId;
  }
  get version(): number {
    return this.state.version;
  }
  get isEnded(): boolean {
    return this.ended;
  }
  get seatCount(): number {
    return this.state.seatOrder.length;
  }
  get links(): RoomLinks {
    return this.deps.links;
  }
  /** For tests and the operator's health numbers; never sent to a client. */
  snapshot(): RoomState {
    return this.state;
  }
  hasSeat(seatId: SeatId): boolean {
    return this.state.seats[seatId] !== undefined;
  }
  wasKicked(seatId: SeatId): boolean {
    return this.state.kicked.includes(seatId);
  }
  idleFor(now: number): number {
    return this.connectedCount() > 0 ? 0 : now - this.emptySince;
  }
  get locked(): boolean {
    return this.state.locked;
  }
  get settings() {
    return this.state.settings;
  }
  availableAvatars(): AvatarId[] {
    const taken = takenAvatars(this.state);
    return ALL_AVATARS.filter((a) => !taken.has(a));
  }

  claimSeat(avatar: string): ClaimResult {
    if (this.ended) return { ok: false, code: "ROOM_ENDED", message: "The room has ended." };
    if (this.state.locked) return { ok: false, code: "ROOM_LOCKED", message: "The room is locked." };
    if (!isAvatarId(avatar)) return { ok: false, code: "INVALID", message: "Unknown avatar." };
    if (this.state.seatOrder.length >= this.deps.maxSeats) return { ok: false, code: "ROOM_FULL", message: "The room is full." };
    if (takenAvatars(this.state).has(avatar)) return { ok: false, code: "AVATAR_TAKEN", message: "That avatar is taken." };
    const seatId = this.deps.newSeatId();
    const next = addSeat(this.state, seatId, avatar, this.clock());
    if (isRejection(next)) return { ok: false, code: next.code, message: next.message };
    this.commit(next);
    // A claimed seat with no socket yet counts as away until its tablet connects.
    this.startGrace(seatId);
    return { ok: true, seatId, avatar };
  }

  connect(actor: ConnActor): void {
    if (this.ended) return;
    const key = actorKey(actor);
    this.connections.set(key, (this.connections.get(key) ?? 0) + 1);
    if (actor.role === "seat") {
      this.clearGrace(actor.seatId);
      this.commit(setPresence(this.state, actor.seatId, "present", this.clock()));
    }
  }

  disconnect(actor: ConnActor): void {
    if (this.ended) return;
    const key = actorKey(actor);
    const left = (this.connections.get(key) ?? 1) - 1;
    if (left > 0) this.connections.set(key, left);
    else this.connections.delete(key);
    if (this.connectedCount() === 0) this.emptySince = this.deps.now();
    if (actor.role === "seat" && left <= 0 && this.hasSeat(actor.seatId)) {
      this.commit(setPresence(this.state, actor.seatId, "away", this.clock()));
      this.startGrace(actor.seatId);
    }
  }

  /** The current view for one actor (sent on connect and on room:sync). */
  envelopeFor(actor: ConnActor): RoomEnvelope | null {
    const view = this.viewFor(actor);
    return view ? this.envelope(view) : null;
  }

  /**
   * Apply one validated client intent. Role checks happened in the gateway;
   * the intent is applied at most once per commandId.
   */
  command<E extends ClientEventName>(actor: ConnActor, event: E, payload: ClientPayload<E>): Ack {
    if (this.ended) return fail("ROOM_ENDED", "The room has ended.");
    const key = actorKey(actor);
    const seen = this.log.get(key, payload.commandId);
    if (seen) return seen;
    const ack = this.apply(actor, event, payload);
    // room:end wipes the log with everything else; nothing to remember then.
    if (!this.ended) this.log.remember(key, payload.commandId, ack);
    return ack;
  }

  /**
   * One live-input sample (already schema-checked by the gateway). Applied at
   * once while the seat's pacer has a token (INPUT_MAX_HZ a second on average,
   * INPUT_BURST at once); otherwise it waits for the next token, replacing any
   * sample already waiting (latest wins). The acknowledgement, if any, only
   * confirms receipt.
   */
  input(actor: ConnActor, payload: ClientInputPayload<"activity:input">): Ack {
    if (this.ended) return fail("ROOM_ENDED", "The room has ended.");
    if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet sends live input.");
    if (!this.hasSeat(actor.seatId)) return fail("FORBIDDEN", "This seat is not in the room.");
    let slot = this.inputSlots.get(actor.seatId);
    if (!slot) this.inputSlots.set(actor.seatId, (slot = { pacer: new InputPacer(), pending: null, timer: null }));
    if (!slot.timer && slot.pacer.take(this.deps.now())) return this.applyInput(actor.seatId, payload);
    slot.pending = payload;
    if (!slot.timer) {
      const s = slot;
      const run = () => {
        s.timer = null;
        if (!s.pending || this.ended || !this.hasSeat(actor.seatId)) return;
        if (!s.pacer.take(this.deps.now())) {
          s.timer = setTimeout(run, Math.max(1, s.pacer.wait(this.deps.now())));
          s.timer.unref();
          return;
        }
        const next = s.pending;
        s.pending = null;
        this.applyInput(actor.seatId, next);
      };
      s.timer = setTimeout(run, Math.max(1, s.pacer.wait(this.deps.now())));
      s.timer.unref();
    }
    return ok(this.state.version);
  }

  private applyInput(seatId: SeatId, payload: ClientInputPayload<"activity:input">): Ack {
    const result = inputToActivity(this.state, payload.activityId, payload.input, { role: "seat", seatId }, this.clock());
    if (isRejection(result)) return fail(result.code, result.message);
    this.commit(result);
    return ok(this.state.version);
  }

  private clock() {
    return { now: this.deps.now(), random: this.deps.random };
  }

  private apply<E extends ClientEventName>(actor: ConnActor, event: E, raw: ClientPayload<E>): Ack {
    const clock = this.clock();
    const p = raw as ClientPayload<ClientEventName>;
    let result: RoomResult;
    switch (event) {
      case "room:sync":
        return ok(this.state.version);
      case "room:lock":
        result = setLocked(this.state, (p as ClientPayload<"room:lock">).locked);
        break;
      case "room:joinScreen":
        result = setJoinShown(this.state, (p as ClientPayload<"room:joinScreen">).shown);
        break;
      case "room:configure": {
        const { k, ageBand, language } = p as ClientPayload<"room:configure">;
        result = configure(this.state, { k, ageBand, language });
        break;
      }
      case "room:end":
        this.end("ended");
        return ok(this.state.version);
      case "seat:kick": {
        const { seatId } = p as ClientPayload<"seat:kick">;
        result = kickSeat(this.state, seatId, clock);
        if (!isRejection(result)) {
          this.clearGrace(seatId);
          this.clearInput(seatId);
          this.log.forget(`seat:${seatId}`);
          this.deps.outbox.closeSeat(this.id, seatId, "kicked");
          this.lastSent.delete(`seat:${seatId}`);
        }
        break;
      }
      case "activity:start": {
        const { kind, config } = p as ClientPayload<"activity:start">;
        result = startActivity(this.state, kind, config, clock);
        break;
      }
      case "activity:stop":
        result = stopActivity(this.state, (p as ClientPayload<"activity:stop">).activityId);
        break;
      case "activity:act": {
        if (actor.role === "screen") return fail("FORBIDDEN", "The screen is read-only.");
        const { activityId, action } = p as ClientPayload<"activity:act">;
        if (!this.state.activity) return fail("NO_ACTIVITY", "No activity is running.");
        result = actOnActivity(this.state, activityId, action, actor.role === "host" ? { role: "host" } : actor, clock);
        break;
      }
      case "help:request":
        if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet can ask for an adult.");
        result = requestHelp(this.state, actor.seatId, clock.now);
        break;
      case "help:resolve":
        result = resolveHelp(this.state, (p as ClientPayload<"help:resolve">).seatId);
        break;
      case "calm:start": {
        const { pattern, cycles } = p as ClientPayload<"calm:start">;
        result = startCalm(this.state, pattern, cycles, clock.now);
        this.scheduleCalmEnd(result);
        break;
      }
      case "calm:stop":
        result = stopCalm(this.state);
        if (this.calmTimer) clearTimeout(this.calmTimer);
        this.calmTimer = null;
        break;
      case "goal:configure":
        result = setGoalTarget(this.state, (p as ClientPayload<"goal:configure">).target);
        break;
      case "goal:light":
        result = lightGoal(this.state);
        break;
      case "goal:celebrate": {
        const { strengths, words } = p as ClientPayload<"goal:celebrate">;
        result = celebrate(this.state, strengths, words ?? null);
        break;
      }
      case "goal:dismiss":
        result = dismissCelebration(this.state);
        break;
      default:
        return fail("UNKNOWN_EVENT", `Unknown event ${String(event)}.`);
    }
    if (isRejection(result)) return fail(result.code, result.message);
    this.commit(result);
    return ok(this.state.version);
  }

  /** End the room: every socket is told and dropped, and all child data is released. */
  end(reason: EndReason): void {
    if (this.ended) return;
    this.ended = true;
    this.fanout.cancel();
    for (const timer of this.graceTimers.values()) clearTimeout(timer);
    this.graceTimers.clear();
    for (const seatId of [...this.inputSlots.keys()]) this.clearInput(seatId);
    if (this.calmTimer) clearTimeout(this.calmTimer);
    this.calmTimer = null;
    this.syncTicker(false);
    this.log.clear();
    this.lastSent.clear();
    this.connections.clear();
    this.deps.outbox.closeAll(this.id, reason);
    // Keep only what identifies the room instance; seats, answers and alerts are dropped.
    this.state = { ...this.state, seats: {}, seatOrder: [], kicked: [], activity: null, finished: [], calm: null, version: this.state.version + 1 };
    this.deps.onEnded(this, reason);
  }

  private connectedCount(): number {
    let n = 0;
    for (const c of this.connections.values()) n += c;
    return n;
  }

  private commit(next: RoomState): void {
    if (next === this.state || this.ended) return;
    this.state = next;
    this.syncTicker(activityTicks(next));
    this.fanout.schedule();
  }

  private syncTicker(wanted: boolean): void {
    if (wanted && !this.ticker) {
      this.ticker = setInterval(() => this.commit(tickActivity(this.state, this.clock())), ACTIVITY_TICK_MS);
      this.ticker.unref();
    } else if (!wanted && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = null;
    }
  }

  /** The calm-down ends by itself: a timer at its end time (guarded by its serial). */
  private scheduleCalmEnd(next: RoomResult): void {
    if (isRejection(next) || !next.calm) return;
    if (this.calmTimer) clearTimeout(this.calmTimer);
    const { n, endsAt } = next.calm;
    this.calmTimer = setTimeout(() => {
      this.calmTimer = null;
      this.commit(stopCalm(this.state, n));
    }, Math.max(0, endsAt - this.deps.now()));
    this.calmTimer.unref();
  }

  private clearInput(seatId: SeatId): void {
    const slot = this.inputSlots.get(seatId);
    if (slot?.timer) clearTimeout(slot.timer);
    this.inputSlots.delete(seatId);
  }

  private startGrace(seatId: SeatId): void {
    this.clearGrace(seatId);
    const timer = setTimeout(() => {
      this.graceTimers.delete(seatId);
      this.commit(setPresence(this.state, seatId, "left", this.clock()));
    }, this.deps.presenceGraceMs);
    timer.unref();
    this.graceTimers.set(seatId, timer);
  }

  private clearGrace(seatId: SeatId): void {
    const timer = this.graceTimers.get(seatId);
    if (timer) clearTimeout(timer);
    this.graceTimers.delete(seatId);
  }

  private viewFor(actor: ConnActor): RoleView | null {
    const now = this.deps.now();
    if (actor.role === "host") return hostView(this.state, this.deps.links, now);
    if (actor.role === "screen") return screenView(this.state, this.deps.links, now);
    return seatView(this.state, actor.seatId, now);
  }

  private envelope(view: RoleView): RoomEnvelope {
    return { version: this.state.version, serverTime: this.deps.now(), view };
  }

  /** Emit each role's view, skipping targets whose view is unchanged since the last send. */
  private flush(): void {
    if (this.ended) return;
    const { outbox } = this.deps;
    const send = (key: string, view: RoleView | null, emit: (env: RoomEnvelope) => void) => {
      if (!view) return;
      const body = JSON.stringify({ ...view, version: 0 });
      if (this.lastSent.get(key) === body) return;
      this.lastSent.set(key, body);
      emit(this.envelope(view));
    };
    send("host", this.viewFor({ role: "host" }), (env) => outbox.toHosts(this.id, env));
    send("screen", this.viewFor({ role: "screen" }), (env) => outbox.toScreens(this.id, env));
    for (const seat of roomSeats(this.state)) {
      send(`seat:${seat.seatId}`, this.viewFor({ role: "seat", seatId: seat.seatId }), (env) =>
        outbox.toSeat(this.id, seat.seatId, env),
      );
    }
  }
}
