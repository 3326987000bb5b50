/**
 * A live room: owns one RoomState and adds what the pure core cannot: time
 * (presence grace, calm-down end, activity ticks, idle expiry), idempotency and
 * the throttled per-role fan-out. It never looks inside an activity; the room
 * core it is given (`deps.core`, built from the kinds in server/app.ts) does.
 *
 * Every change of state goes through `commit`: that is the one place where an
 * applied command becomes the room's state, before its acknowledgement is sent.
 * The parts live beside this file: the command table (commands.ts), the
 * live-input slots (live-input.ts) and the presence/grace timers (presence.ts).
 */
import type { Ack, BaseView, ClientEventName, ClientPayload, EndReason, ErrorCode, RoleView, RoomEnvelope, ViewUpdate } from "../../shared/protocol.js";
import { diffView, MAX_PATCH_OPS, type PatchOp } from "../../shared/room/view-patch.js";
import { isRejection } from "../../shared/errors.js";
import { ACTIVITY_TICK_MS } from "../../shared/activities/types.js";
import type { RoomCore } from "../../shared/room/core.js";
import { roomSeats, stopCalm, takenAvatars, type RoomClock, type RoomState } from "../../shared/room/room.js";
import { SeatPartMemo, type RoomLinks } from "../../shared/room/views.js";
import type { AgendaState } from "../../shared/room/agenda.js";
import type { AvatarId, SeatId } from "../../shared/room/types.js";
import { ALL_AVATARS, isAvatarId } from "../../shared/content/avatars.js";
import { CommandLog, commandFingerprint } from "./command-log.js";
import { runCommand, type CommandEffects } from "./commands.js";
import { FanoutThrottle, type QueuedFlushes } from "./fanout.js";
import { LiveInputSlots, type InputSample } from "./live-input.js";
import { actorKey, PresenceTimers, type ConnActor } from "./presence.js";

export type { ConnActor } from "./presence.js";

/**
 * Where a room's views go; the realtime gateway implements it with its index of this process's
 * sockets by room and actor (server/realtime/gateway.ts). An update is a
 * whole view (`room:view`) or a patch to the last one this target was sent (`room:patch`).
 */
export interface RoomOutbox {
  /** `json`, when given, is the update's JSON, built once by the fan-out (the wire may reuse it). */
  toHosts(roomId: string, update: ViewUpdate, json?: string): void;
  toScreens(roomId: string, update: ViewUpdate, json?: string): void;
  toSeat(roomId: string, seatId: SeatId, update: ViewUpdate, json?: string): void;
  closeSeat(roomId: string, seatId: SeatId, reason: EndReason): void;
  closeAll(roomId: string, reason: EndReason): void;
  /** Drop this process's connections to the room without ending it: they reconnect and find its new owner. */
  moveAll(roomId: string): void;
}

export interface LiveRoomDeps {
  /** The pure room core, bound to the activity kinds this server runs. */
  core: RoomCore;
  outbox: RoomOutbox;
  links: RoomLinks;
  presenceGraceMs: number;
  fanoutWindowMs: number;
  /** How long a drop or a return may wait for the room's next update (server/config.ts). */
  presenceFanoutMs: number;
  maxSeats: number;
  now: () => number;
  /** The room's replayable stream (deals, shuffles); seeded from crypto per room. */
  random: () => number;
  /** Ids for what children send; cryptographic. Defaults to shared/room/ids.ts `randomId`. */
  newId?: () => string;
  newSeatId: () => string;
  /** Called when the host ends the room, so the registry can drop it. */
  /** `last`: the state just before the wipe (read it at once; it must not be kept). */
  onEnded: (room: LiveRoom, reason: EndReason, last: RoomState) => void;
  /**
   * Persistence hooks (server/rooms/snapshot-writer.ts): a change was committed (`awaited`: by an
   * intent whose acknowledgement waits for it to be written); a commandId was answered.
   */
  onCommitted?: (room: LiveRoom, awaited: boolean) => void;
  /**
   * Given, a flush hands its tablets' part (`flushSeats`) to this instead of sending it at once:
   * the registry sends every due room's tablets after all their consoles and screens (fanout.ts).
   */
  seatsLater?: (room: LiveRoom) => void;
  /** Shared by the rooms of a registry: how many have a console-and-screen flush queued (fanout.ts). */
  queuedFlushes?: QueuedFlushes;
  onAnswered?: (room: LiveRoom, actorKey: string, commandId: string, ack: Ack) => void;
}

/** What a room restored from its snapshot needs besides its state. */
export interface RoomResume {
  /** When it last had no client (or when its owner last vouched for it). */
  idleSince: number;
  /** The commandIds it already answered, oldest first, so a retry is not applied twice. */
  answered: { actor: string; commandId: string; ack: Ack }[];
}

export type ClaimResult = { ok: true; seatId: SeatId; avatar: AvatarId } | { ok: false; code: ErrorCode; message: string };

/** A view as last sent to a target: the part every role shares and the target's own part. */
interface SentView {
  version: number;
  base: BaseView;
  part: object;
}

const ok = (version: number): Ack => ({ ok: true, version });
/** The room's version changes with every commit and travels beside a patch, never inside one. */
const NOT_PATCHED = ["version"] as const;
const fail = (code: ErrorCode, message: string): Ack => ({ ok: false, code, message });

export class LiveRoom {
  private state: RoomState;
  private readonly core: RoomCore;
  private readonly log = new CommandLog();
  private readonly fanout: FanoutThrottle;
  private readonly presence: PresenceTimers;
  private readonly inputs: LiveInputSlots;
  /**
   * The view last sent to each target (`host`, `screen`; and in `seatSent` each seat: every socket
   * of that role or seat) and its version. The next update of the target is a patch against it, a
   * target whose view did not change gets nothing, and a socket that joins a target is sent this
   * view, so the patches after it fit it too.
   */
  private readonly lastSent = new Map<"host" | "screen", SentView>();
  private readonly seatSent = new Map<SeatId, SentView>();
  /** The seat parts as last built: a flush keeps those that cannot have changed (views.ts). */
  private readonly seatParts = new SeatPartMemo();
  private calmTimer: NodeJS.Timeout | null = null;
  /** Runs only while the running activity has a `tick`. */
  private ticker: NodeJS.Timeout | null = null;
  private ended = false;
  /** The running activity said every present seat has acted (its `settled`), as of the last commit. */
  private settled = false;
  /** True while an intent is applied: its acknowledgement waits for the commit to be written. */
  private answering = false;
  private detached = false;
  private lost = false;
  private idleAtDetach: number | null = null;

  constructor(
    initial: RoomState,
    private readonly deps: LiveRoomDeps,
  ) {
    this.state = initial;
    this.core = deps.core;
    this.fanout = new FanoutThrottle(deps.fanoutWindowMs, () => this.flush(), deps.queuedFlushes);
    this.presence = new PresenceTimers(deps.presenceGraceMs, deps.now, {
      onReconnect: (seatId) => this.commit(this.core.setPresence(this.state, seatId, "present", this.clock()), "unhurried"),
      onDrop: (seatId) => this.commit(this.core.setPresence(this.state, seatId, "away", this.clock()), "unhurried"),
      onLeave: (seatId) => this.commit(this.core.setPresence(this.state, seatId, "left", this.clock())),
    });
    this.inputs = new LiveInputSlots(
      deps.now,
      (seatId, sample) => void this.applyInput(seatId, sample),
      (seatId) => !this.ended && this.hasSeat(seatId),
    );
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
    return this.presence.idleFor(now);
  }
  /** Since when no client is connected; null while one is. */
  idleSince(): number | null {
    // Detached, the room keeps what it was at that moment (its last snapshot is written after).
    return this.detached ? this.idleAtDetach : this.presence.idleSince();
  }

  /** Ask for this room to be written as it is now (a new room, a graceful stop). */
  snapshotNow(): void {
    if (!this.ended) this.deps.onCommitted?.(this, false);
  }

  /**
   * Bring a room restored from its snapshot back to life: nobody is connected
   * yet, so every seat that was here is away and gets its grace period; the
   * calm-down and the activity ticker resume from the stored state.
   */
  resume(restored: RoomResume): void {
    for (const entry of restored.answered) this.log.remember(entry.actor, entry.commandId, entry.ack);
    const returning = roomSeats(this.state).filter((s) => s.presence !== "left").map((s) => s.seatId);
    for (const seatId of returning) this.commit(this.core.setPresence(this.state, seatId, "away", this.clock()));
    this.presence.resume(restored.idleSince, returning);
    this.scheduleCalmEnd();
    this.syncTicker(this.core.activityTicks(this.state));
  }
  get locked(): boolean {
    return this.state.locked;
  }
  get settings() {
    return this.state.settings;
  }
  /** The meeting's agenda (leader data only), or null for an ad-hoc room. */
  get agenda(): AgendaState | null {
    return this.state.agenda;
  }
  availableAvatars(): AvatarId[] {
    const held = new Set(roomSeats(this.state).filter((s) => !this.isReleasable(s.seatId)).map((s) => s.avatar));
    return ALL_AVATARS.filter((a) => !held.has(a));
  }

  /** A seat past its grace period with no tablet (never connected, or left) that holds nothing. */
  private isReleasable(seatId: SeatId): boolean {
    return this.core.canReleaseSeat(this.state, seatId, this.clock());
  }

  /** Give a released seat's avatar and place back (releaseSeat in the room core). */
  private release(seatId: SeatId): void {
    const next = this.core.releaseSeat(this.state, seatId, this.clock());
    if (isRejection(next)) return;
    this.forgetSeat(seatId);
    this.commit(next);
  }

  /** What the live room keeps of a seat besides its state: timers, input, answered commands, last view. */
  private forgetSeat(seatId: SeatId): void {
    const key = actorKey({ role: "seat", seatId });
    this.presence.forget(seatId);
    this.inputs.clear(seatId);
    this.log.forget(key);
    this.seatSent.delete(seatId);
    this.seatParts.forget(seatId);
  }

  claimSeat(avatar: string): ClaimResult {
    if (this.ended) return { ok: false, code: "ROOM_ENDED", message: "The room has ended." };
    if (this.state.locked) return { ok: false, code: "ROOM_LOCKED", message: "The room is locked." };
    if (!isAvatarId(avatar)) return { ok: false, code: "INVALID", message: "Unknown avatar." };
    const seats = roomSeats(this.state);
    const releasable = seats.filter((s) => this.isReleasable(s.seatId));
    if (seats.length - releasable.length >= this.deps.maxSeats) return { ok: false, code: "ROOM_FULL", message: "The room is full." };
    const holder = seats.find((s) => s.avatar === avatar);
    if (holder && !this.isReleasable(holder.seatId)) return { ok: false, code: "AVATAR_TAKEN", message: "That avatar is taken." };
    // Seats that left stay until their place or avatar is wanted, so a tablet that slept long
    // still comes back as itself while the room has room.
    if (holder) this.release(holder.seatId);
    else if (seats.length >= this.deps.maxSeats) this.release(releasable[0].seatId);
    const seatId = this.deps.newSeatId();
    const next = this.core.addSeat(this.state, seatId, avatar, this.clock());
    if (isRejection(next)) return { ok: false, code: next.code, message: next.message };
    this.commit(next);
    // A claimed seat with no socket yet counts as away until its tablet connects.
    this.presence.onJoin(seatId);
    return { ok: true, seatId, avatar };
  }

  connect(actor: ConnActor): void {
    if (this.ended) return;
    this.presence.connected(actor);
  }

  disconnect(actor: ConnActor): void {
    if (this.ended) return;
    this.presence.disconnected(actor, actor.role === "seat" && this.hasSeat(actor.seatId));
  }

  /**
   * The view for one actor's new socket (sent on connect and on room:sync): what its target was
   * last sent, so the target's next patch fits every socket of it. A change since then is already
   * on its way (every commit schedules the fan-out), as a patch to this view.
   */
  envelopeFor(actor: ConnActor): RoomEnvelope | null {
    if (actor.role === "seat" && !this.hasSeat(actor.seatId)) return null;
    const now = this.deps.now();
    let last = actor.role === "seat" ? this.seatSent.get(actor.seatId) : this.lastSent.get(actor.role);
    if (!last) {
      const parts = this.core.roleViewParts(this.state, this.deps.links, now, actor, this.seatParts);
      if (!parts) return null;
      last = { version: this.state.version, ...parts };
      if (!this.ended) {
        if (actor.role === "seat") this.seatSent.set(actor.seatId, last);
        else this.lastSent.set(actor.role, last);
      }
    }
    // The kept shared part may be a newer, equal one (flush keeps it for identity): its version is not this view's.
    return { version: last.version, serverTime: now, view: { ...last.base, ...last.part, version: last.version } as RoleView };
  }

  /**
   * Apply one validated client intent. Role checks happened in the gateway;
   * the intent is applied at most once per commandId.
   */
  command<E extends ClientEventName>(actor: ConnActor, event: E, payload: ClientPayload<E>): Ack {
    if (this.detached) return fail("RESTARTING", "The room is moving to another server; try again in a moment.");
    if (this.ended) return fail("ROOM_ENDED", "The room has ended.");
    const key = actorKey(actor);
    const fingerprint = commandFingerprint(event, payload);
    const seen = this.log.get(key, payload.commandId, fingerprint);
    if (seen) return seen;
    this.answering = true;
    let ack: Ack;
    try {
      ack = this.apply(actor, event, payload);
    } finally {
      this.answering = false;
    }
    // room:end wipes the log with everything else; nothing to remember then.
    if (!this.ended) {
      this.log.remember(key, payload.commandId, ack, fingerprint);
      this.deps.onAnswered?.(this, key, payload.commandId, ack);
    }
    return ack;
  }

  /**
   * One live-input sample (already schema-checked by the gateway). Applied at
   * once while the seat's pacer has a token; otherwise it waits for the next
   * token, replacing any sample already waiting (latest wins). The
   * acknowledgement, if any, only confirms receipt.
   */
  input(actor: ConnActor, payload: InputSample): Ack {
    if (this.ended) return fail("ROOM_ENDED", "The room has ended.");
    if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet sends live input.");
    if (!this.hasSeat(actor.seatId)) return fail("FORBIDDEN", "This seat is not in the room.");
    if (this.inputs.offer(actor.seatId, payload)) return this.applyInput(actor.seatId, payload);
    return ok(this.state.version);
  }

  private applyInput(seatId: SeatId, payload: InputSample): Ack {
    const result = this.core.inputToActivity(this.state, payload.activityId, payload.input, { role: "seat", seatId }, this.clock());
    if (isRejection(result)) return fail(result.code, result.message);
    this.commit(result);
    return ok(this.state.version);
  }

  private clock(): RoomClock {
    return { now: this.deps.now(), random: this.deps.random, newId: this.deps.newId };
  }

  private apply<E extends ClientEventName>(actor: ConnActor, event: E, payload: ClientPayload<E>): Ack {
    const outcome = runCommand({ state: this.state, core: this.core, clock: this.clock() }, actor, event, payload);
    if ("ack" in outcome) return outcome.ack;
    if ("end" in outcome) {
      this.end("ended");
      return ok(this.state.version);
    }
    if (isRejection(outcome.next)) return fail(outcome.next.code, outcome.next.message);
    this.commit(outcome.next);
    outcome.after?.(this.effects);
    return ok(this.state.version);
  }

  private readonly effects: CommandEffects = {
    seatRemoved: (seatId) => {
      this.forgetSeat(seatId);
      this.deps.outbox.closeSeat(this.id, seatId, "kicked");
    },
    calmStarted: () => this.scheduleCalmEnd(),
    calmStopped: () => {
      if (this.calmTimer) clearTimeout(this.calmTimer);
      this.calmTimer = null;
    },
  };

  /**
   * Stop serving the room in this process without ending it (scale-out: another
   * process owns it now). Timers stop and nothing changes any more; its state
   * stays readable for the last snapshot, which counts as "seen now".
   */
  detach(lost = false): void {
    if (lost) this.lost = true;
    if (this.ended) return;
    this.idleAtDetach = this.presence.idleSince();
    this.detached = true;
    this.stopTimers();
    this.ended = true;
  }

  get isDetached(): boolean {
    return this.detached;
  }

  /**
   * Taken over by another process before its last changes were written (a
   * fenced write, a lease that ran out): acknowledgements still waiting must not
   * say "done"; the clients retry on the new owner with the same commandIds.
   */
  get isLost(): boolean {
    return this.lost;
  }

  private stopTimers(): void {
    this.fanout.cancel();
    this.presence.clearAll();
    this.inputs.clearAll();
    if (this.calmTimer) clearTimeout(this.calmTimer);
    this.calmTimer = null;
    this.syncTicker(false);
  }

  /** End the room: every socket is told and dropped, and all child data is released. */
  end(reason: EndReason): void {
    if (this.ended) return;
    this.ended = true;
    this.fanout.cancel();
    this.presence.clearAll();
    this.inputs.clearAll();
    if (this.calmTimer) clearTimeout(this.calmTimer);
    this.calmTimer = null;
    this.syncTicker(false);
    this.log.clear();
    this.lastSent.clear();
    this.seatSent.clear();
    this.seatParts.clear();
    this.deps.outbox.closeAll(this.id, reason);
    // The last state goes to onEnded once, for what a group opted in to keep (k-safe tallies,
    // server/series/kept-results.ts); the room holds only the wiped state from here on.
    const last = this.state;
    this.state = this.core.wipeRoom(this.state);
    this.deps.onEnded(this, reason, last);
  }

  /**
   * The one place a new state becomes the room's state (every command, input, tick, timer and
   * presence change passes here, before any acknowledgement goes out). A hook that must see
   * every applied change (a snapshot for crash recovery) belongs here.
   */
  private commit(next: RoomState, pace: "waited-for" | "unhurried" = "waited-for"): void {
    if (next === this.state || this.ended) return;
    this.state = next;
    this.syncTicker(this.core.activityTicks(next));
    // Before the fan-out is scheduled, so the room is marked for its snapshot first, and an
    // intent's write is queued ahead of the fan-out work (the console's part of which then goes
    // between the write and its acknowledgements: the registry's flushQueued).
    this.deps.onCommitted?.(this, this.answering);
    // The change that completes a round (every present seat has answered) goes out at once
    // rather than at the end of the window; the flag resets when the round opens again.
    const settled = this.core.activitySettled(next);
    if (settled && !this.settled) this.fanout.settle();
    else if (pace === "unhurried") this.fanout.scheduleUnhurried(this.deps.presenceFanoutMs);
    else this.fanout.schedule();
    this.settled = settled;
  }

  private syncTicker(wanted: boolean): void {
    if (wanted && !this.ticker) {
      this.ticker = setInterval(() => this.commit(this.core.tickActivity(this.state, this.clock())), ACTIVITY_TICK_MS);
      this.ticker.unref();
    } else if (!wanted && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = null;
    }
  }

  /** The calm-down ends by itself: a timer at its end time (guarded by its serial). */
  private scheduleCalmEnd(): void {
    if (!this.state.calm) return;
    if (this.calmTimer) clearTimeout(this.calmTimer);
    const { n, endsAt } = this.state.calm;
    this.calmTimer = setTimeout(() => {
      this.calmTimer = null;
      this.commit(stopCalm(this.state, n));
    }, Math.max(0, endsAt - this.deps.now()));
    this.calmTimer.unref();
  }

  /**
   * A tablet's own view update, to ride on the acknowledgement its socket is about to get instead
   * of going out as a message of its own (docs/protocol.md, "An update inside an
   * acknowledgement"). The gateway asks only when that socket is the seat's one socket, so what
   * the seat's target was sent stays what every socket of it holds. Taken now, the update is the
   * seat's last sent view from here on, and the next flush sends the seat only what changes after.
   */
  takeSeatUpdate(seatId: SeatId): ViewUpdate | null {
    if (this.ended) return null;
    const last = this.seatSent.get(seatId);
    // Never sent (no socket has had its first view yet): the flush sends the whole view.
    if (!last) return null;
    const now = this.deps.now();
    const parts = this.core.roleViewParts(this.state, this.deps.links, now, { role: "seat", seatId }, this.seatParts);
    if (!parts) return null;
    const changes = last.base === parts.base ? null : diffView(last.base, parts.base, NOT_PATCHED);
    // An unchanged shared part stays the kept one, which the flush shares with every other target.
    const base = last.base === parts.base || changes?.length === 0 ? last.base : parts.base;
    const shared = new SharedPart(base, this.state.version, now);
    if (base !== last.base) shared.known(last.base, changes);
    return this.nextUpdate(this.seatSent, seatId, shared, parts.part);
  }

  /**
   * What a target is sent next, and its new last sent view: a patch against the last one, the
   * whole view the first time (or when a patch would be as big), or null when nothing changed.
   */
  private nextUpdate<K>(sent: Map<K, SentView>, key: K, shared: SharedPart, part: object): ViewUpdate | null {
    const { base, version, now } = shared;
    const last = sent.get(key);
    // The same parts as last sent (both kept by identity): nothing to compare, nothing to send.
    if (last && last.base === base && last.part === part) return null;
    let ops: PatchOp[] | null = null;
    if (last) {
      const inShared = last.base === base ? NO_OPS : shared.changesSince(last.base);
      const own = inShared && diffView(last.part, part, [], MAX_PATCH_OPS - inShared.length);
      ops = inShared && own ? (inShared.length ? inShared.concat(own) : own) : null;
    }
    if (last && ops && ops.length === 0) {
      // Unchanged: keep the newer shared part, so the next flush compares it by identity.
      last.base = base;
      return null;
    }
    sent.set(key, { version, base, part });
    if (last && ops) return { version, from: last.version, serverTime: now, ops };
    // A kept shared part may be an older, equal one: its version field is not this view's.
    return { version, serverTime: now, view: { ...base, ...part, version } as RoleView };
  }

  /**
   * Send each target what changed in its view since the last send: a patch against that view, or
   * the whole view the first time (or when a patch would be as big). A target whose view did not
   * change gets nothing. The consoles and the screens go first; the tablets right after, or, with
   * `deps.seatsLater`, once every room due now has sent its consoles and screens (the projector
   * and the leader see a change first; docs/protocol.md).
   */
  private flush(): void {
    if (this.ended) return;
    const { outbox } = this.deps;
    const now = this.deps.now();
    const parts = this.core.sharedViewParts(this.state, this.deps.links, now);
    const shared = new SharedPart(parts.base, this.state.version, now);
    const host = this.nextUpdate(this.lastSent, "host", shared, parts.host);
    if (host) outbox.toHosts(this.id, host, JSON.stringify(host));
    const screen = this.nextUpdate(this.lastSent, "screen", shared, parts.screen);
    if (screen) outbox.toScreens(this.id, screen, JSON.stringify(screen));
    if (this.deps.seatsLater) this.deps.seatsLater(this);
    else this.flushSeats();
  }

  /** A console-and-screen flush queued for the next turn goes now (the registry, before acknowledgements). */
  flushQueued(): void {
    if (!this.ended) this.fanout.runQueued();
  }

  /** The tablets' part of a flush: each seat's update against what it was last sent (or nothing). */
  flushSeats(): void {
    if (this.ended) return;
    const { outbox } = this.deps;
    const now = this.deps.now();
    const parts = this.core.seatViewParts(this.state, now, this.seatParts);
    const shared = new SharedPart(parts.base, this.state.version, now);
    for (const { seatId, part } of parts.seats) {
      const update = this.nextUpdate(this.seatSent, seatId, shared, part);
      if (update) outbox.toSeat(this.id, seatId, update, JSON.stringify(update));
    }
  }
}

const NO_OPS: PatchOp[] = [];

/**
 * The shared part one flush (or one acknowledgement's update) sends, with the room's version and
 * time: its changes since an earlier shared part are worked out once for all the targets that last
 * got that one (null: too many for a patch).
 */
class SharedPart {
  private since: Map<BaseView, PatchOp[] | null> | null = null;
  constructor(
    readonly base: BaseView,
    readonly version: number,
    readonly now: number,
  ) {}
  changesSince(from: BaseView): PatchOp[] | null {
    this.since ??= new Map();
    let ops = this.since.get(from);
    if (ops === undefined) this.since.set(from, (ops = diffView(from, this.base, NOT_PATCHED)));
    return ops;
  }
  /** Changes since `from` already worked out. */
  known(from: BaseView, ops: PatchOp[] | null): void {
    (this.since ??= new Map()).set(from, ops);
  }
}
