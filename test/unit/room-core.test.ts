/**
 * The pure room core (shared/room/room.ts) and the role views
 * (shared/room/views.ts): transitions, versioning, and what each view may hold.
 * The core is given a small fake kind defined here, so these tests say what the
 * core does with any kind, not what the check-in does.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isRejection, reject, type ActivityKind, type Rejection } from "../../shared/activities/types.js";
import { seededRandom } from "../../shared/room/random.js";
import { configure, createRoomState, requestHelp, resolveHelp, roomSeats, setLocked, stopActivity, type RoomResult, type RoomState } from "../../shared/room/room.js";
import type { AvatarId } from "../../shared/room/types.js";
import { createRoomCore } from "../../shared/room/core.js";
import { activityKinds } from "../../shared/activities/registry.js";

// ---------- the fake kind: a feeling per seat or a pass; the host shows a count from 3 ----------
type Answer = { feeling: string } | "pass";
interface PollState { moment: "checkin" | "checkout"; phase: "open" | "shown"; answers: Readonly<Record<string, Answer>> }
const pollAction = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("answer"), feeling: z.enum(["glad", "trist", "sint", "ensom"]) }),
  z.strictObject({ type: z.literal("pass") }),
  z.strictObject({ type: z.literal("reveal") }),
  z.strictObject({ type: z.literal("reopen") }),
]);
const glad = (s: PollState) => Object.values(s.answers).filter((a) => a !== "pass" && a.feeling === "glad").length;
const poll: ActivityKind<{ moment: "checkin" | "checkout" }, PollState, z.output<typeof pollAction>, {
  host: { rows: { seatId: string; answer: Answer | null }[] }; screen: { phase: string; glad: number | null }; seat: { mine: Answer | null };
}> = {
  kind: "poll",
  config: z.strictObject({ moment: z.enum(["checkin", "checkout"]).default("checkin") }).default({ moment: "checkin" }),
  action: pollAction,
  init: (config) => ({ moment: config.moment, phase: "open", answers: {} }),
  reduce(state, action, actor) {
    if (action.type === "reveal" || action.type === "reopen") {
      if (actor.role !== "host") return reject("FORBIDDEN", "host only");
      const phase = action.type === "reveal" ? "shown" : "open";
      return state.phase === phase ? state : { ...state, phase };
    }
    if (actor.role !== "seat") return reject("FORBIDDEN", "tablets only");
    return { ...state, answers: { ...state.answers, [actor.seatId]: action.type === "pass" ? "pass" : { feeling: action.feeling } } };
  },
  forgetSeat: (state, seatId) => ({ ...state, answers: Object.fromEntries(Object.entries(state.answers).filter(([id]) => id !== seatId)) }),
  view: {
    host: (state, ctx) => ({ rows: ctx.seats.map((seatId) => ({ seatId, answer: state.answers[seatId] ?? null })) }),
    screen: (state) => ({ phase: state.phase, glad: state.phase === "shown" && glad(state) >= 3 ? glad(state) : null }),
    seat: (state, seatId) => ({ mine: state.answers[seatId] ?? null }),
  },
};

const { actOnActivity, addSeat, kickSeat, setPresence, startActivity, hostView, screenView, seatView } = createRoomCore({ poll });

const clock = { now: 5_000, random: seededRandom(42) };
const LINKS = { joinUrl: "http://127.0.0.1:3000/join?code=ABCDE", screenToken: "screen-token-xyz" };

function ok(result: RoomResult): RoomState {
  if (isRejection(result)) throw new Error(`unexpected rejection ${result.code}: ${result.message}`);
  return result;
}
function rejected(result: RoomResult): Rejection {
  if (!isRejection(result)) throw new Error("expected a rejection");
  return result;
}

function room(): RoomState {
  return createRoomState({ id: "room-1", code: "ABCDE", ownerId: 7, now: 1_000 });
}

/** A room with seats, ids chosen so they are easy to spot in serialised views. */
function withSeats(avatars: AvatarId[]): { state: RoomState; ids: string[] } {
  let state = room();
  const ids: string[] = [];
  avatars.forEach((avatar, i) => {
    const id = `SEATID${i}qz`;
    ids.push(id);
    state = ok(addSeat(state, id, avatar));
  });
  return { state, ids };
}

const pollOf = (state: RoomState) => state.activity!.state as PollState;

describe("room core: seats", () => {
  it("addSeat adds an away seat in join order and bumps the version", () => {
    const start = room();
    expect(start.version).toBe(1);
    const one = ok(addSeat(start, "seat-1", "fox-blue"));
    expect(one.version).toBe(2);
    expect(one.seats["seat-1"]).toEqual({ seatId: "seat-1", avatar: "fox-blue", presence: "away", helpRequestedAt: null, helpWithdrawnAt: null });
    const two = ok(addSeat(one, "seat-2", "bear-green"));
    expect(two.seatOrder).toEqual(["seat-1", "seat-2"]);
    expect(roomSeats(two).map((s) => s.avatar)).toEqual(["fox-blue", "bear-green"]);
    expect(start.seatOrder).toEqual([]); // pure: the input is untouched
  });

  it("addSeat refuses a taken avatar and a locked room", () => {
    const one = ok(addSeat(room(), "seat-1", "fox-blue"));
    expect(rejected(addSeat(one, "seat-2", "fox-blue")).code).toBe("NOT_ALLOWED");
    const locked = setLocked(one, true);
    expect(rejected(addSeat(locked, "seat-2", "owl-blue")).code).toBe("NOT_ALLOWED");
    expect(ok(addSeat(setLocked(locked, false), "seat-2", "owl-blue")).seatOrder).toHaveLength(2);
  });

  it("kickSeat removes the seat, forgets its activity data and records it as kicked", () => {
    let { state, ids } = withSeats(["fox-blue", "bear-green", "owl-orange"]);
    state = ok(startActivity(state, "poll", undefined, clock));
    const activityId = state.activity!.id;
    state = ok(actOnActivity(state, activityId, { type: "answer", feeling: "ensom" }, { role: "seat", seatId: ids[1] }, clock));
    state = ok(actOnActivity(state, activityId, { type: "answer", feeling: "glad" }, { role: "seat", seatId: ids[0] }, clock));
    expect(Object.keys(pollOf(state).answers)).toContain(ids[1]);

    const before = state.version;
    const kicked = ok(kickSeat(state, ids[1], clock));
    expect(kicked.version).toBe(before + 1);
    expect(kicked.seats[ids[1]]).toBeUndefined();
    expect(kicked.seatOrder).toEqual([ids[0], ids[2]]);
    expect(kicked.kicked).toEqual([ids[1]]);
    expect(pollOf(kicked).answers).toEqual({ [ids[0]]: { feeling: "glad" } });
    expect(JSON.stringify(kicked)).not.toContain("ensom");
    // The host's view no longer lists the seat or its answer.
    const host = JSON.stringify(hostView(kicked, LINKS, clock.now));
    expect(host).not.toContain(ids[1]);
    expect(host).not.toContain("ensom");
    // A kicked seat can no longer act, and its avatar is free again.
    expect(rejected(actOnActivity(kicked, activityId, { type: "pass" }, { role: "seat", seatId: ids[1] }, clock)).code).toBe("FORBIDDEN");
    expect(seatView(kicked, ids[1], clock.now)).toBeNull();
    expect(ok(addSeat(kicked, "seat-new", "bear-green")).seats["seat-new"].avatar).toBe("bear-green");
    // Kicking an unknown (or already kicked) seat is refused.
    expect(rejected(kickSeat(kicked, ids[1], clock)).code).toBe("NOT_ALLOWED");
    expect(rejected(kickSeat(kicked, "nobody", clock)).code).toBe("NOT_ALLOWED");
  });

  it("presence, lock and configure return the same object when nothing changes", () => {
    const { state, ids } = withSeats(["fox-blue"]);
    expect(setPresence(state, ids[0], "away")).toBe(state);
    expect(setPresence(state, "nobody", "present")).toBe(state);
    expect(setLocked(state, false)).toBe(state);
    expect(configure(state, {})).toBe(state);
    expect(configure(state, { k: 3, ageBand: "8-10", language: "nb" })).toBe(state);
    const changed = configure(state, { k: 5 });
    expect(changed.settings).toEqual({ k: 5, ageBand: "8-10", language: "nb", readAloud: false });
    expect(changed.version).toBe(state.version + 1);
  });
});

describe("room core: activities", () => {
  it("startActivity refuses a bad config and an unknown kind with INVALID", () => {
    const state = room();
    for (const config of [{ moment: "lunch" }, { askStrength: "yes" }, { moment: "checkin", extra: true }, 42, "checkin", []]) {
      expect(rejected(startActivity(state, "poll", config, clock)).code, JSON.stringify(config)).toBe("INVALID");
    }
    for (const kind of ["no-such-kind", "", "__proto__", "constructor", "toString"]) {
      expect(rejected(startActivity(state, kind, undefined, clock)).code, kind).toBe("INVALID");
    }
    expect(state.activity).toBeNull();
    expect(state.version).toBe(1);
  });

  it("startActivity gives each run a fresh id; stop and act need the current id (STALE otherwise)", () => {
    const { state: seated, ids } = withSeats(["fox-blue"]);
    const me = { role: "seat" as const, seatId: ids[0] };
    expect(rejected(actOnActivity(seated, "a1", { type: "pass" }, me, clock)).code).toBe("STALE"); // nothing running
    expect(rejected(stopActivity(seated, "a1")).code).toBe("STALE");

    const first = ok(startActivity(seated, "poll", { moment: "checkout" }, clock));
    expect(first.activity).toMatchObject({ id: "a1", kind: "poll" });
    expect(pollOf(first).moment).toBe("checkout"); // the config went through the kind's schema
    expect(rejected(actOnActivity(first, "a2", { type: "pass" }, me, clock)).code).toBe("STALE");
    expect(rejected(actOnActivity(first, "", { type: "pass" }, me, clock)).code).toBe("STALE");
    expect(rejected(stopActivity(first, "a9")).code).toBe("STALE");

    const stopped = ok(stopActivity(first, "a1"));
    expect(stopped.activity).toBeNull();
    const second = ok(startActivity(stopped, "poll", undefined, clock));
    expect(second.activity!.id).toBe("a2");
    // The old run's id is stale now.
    expect(rejected(actOnActivity(second, "a1", { type: "pass" }, me, clock)).code).toBe("STALE");
    expect(ok(actOnActivity(second, "a2", { type: "pass" }, me, clock)).version).toBe(second.version + 1);
  });

  it("actOnActivity validates the action with the kind's schema and passes the kind's refusals through", () => {
    let { state, ids } = withSeats(["fox-blue"]);
    state = ok(startActivity(state, "poll", undefined, clock));
    const me = { role: "seat" as const, seatId: ids[0] };
    for (const action of [{ type: "answer", feeling: "happy" }, { type: "nope" }, null, "pass", { type: "pass", x: 1 }]) {
      expect(rejected(actOnActivity(state, "a1", action, me, clock)).code, JSON.stringify(action)).toBe("INVALID");
    }
    expect(rejected(actOnActivity(state, "a1", { type: "pass" }, { role: "host" }, clock)).code).toBe("FORBIDDEN");
    expect(rejected(actOnActivity(state, "a1", { type: "reveal" }, me, clock)).code).toBe("FORBIDDEN");
    // An action that changes nothing returns the same state (no version bump).
    expect(actOnActivity(state, "a1", { type: "reopen" }, { role: "host" }, clock)).toBe(state);
  });
});

describe("room core: help requests", () => {
  it("requestHelp is idempotent while an alert is open; resolve clears it", () => {
    const { state, ids } = withSeats(["fox-blue", "owl-green"]);
    const asked = requestHelp(state, ids[0], 9_000);
    expect(asked.version).toBe(state.version + 1);
    expect(asked.seats[ids[0]].helpRequestedAt).toBe(9_000);
    // Pressing again, even later, changes nothing: same object, same time.
    expect(requestHelp(asked, ids[0], 12_000)).toBe(asked);
    expect(requestHelp(asked, "nobody", 12_000)).toBe(asked);
    const resolved = ok(resolveHelp(asked, ids[0]));
    expect(resolved.seats[ids[0]].helpRequestedAt).toBeNull();
    expect(ok(resolveHelp(resolved, ids[0]))).toBe(resolved);
    expect(rejected(resolveHelp(resolved, "nobody")).code).toBe("NOT_ALLOWED");
    // After it was resolved a new request opens a new alert.
    expect(requestHelp(resolved, ids[0], 20_000).seats[ids[0]].helpRequestedAt).toBe(20_000);
  });
});

describe("room core: versions only go up", () => {
  it("every change bumps the version by one; no change keeps the same object", () => {
    const random = seededRandom(99);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const avatars: AvatarId[] = ["fox-blue", "bear-green", "owl-orange", "cat-purple", "frog-blue", "lion-green"];
    let state = room();
    let serial = 0;
    let acted = 0;
    const failures: string[] = [];
    for (let step = 0; step < 2_000; step++) {
      // Mostly seats in the room, sometimes a kicked seat or one that never existed.
      const seatIds = random() < 0.85 && state.seatOrder.length > 0 ? state.seatOrder : [...state.kicked, "ghost"];
      const activityId = state.activity && random() < 0.8 ? state.activity.id : pick(["a1", "a2", "zz"]);
      const op = Math.floor(random() * 11);
      let result: RoomResult;
      switch (op) {
        case 0:
          result = addSeat(state, `s${serial++}`, pick(avatars));
          break;
        case 1:
          result = setPresence(state, pick(seatIds), pick(["present", "away", "left"] as const));
          break;
        case 2:
          result = setLocked(state, random() < 0.3);
          break;
        case 3:
          result = configure(state, { k: pick([2, 3, 4]) });
          break;
        case 4:
          result = random() < 0.3 ? kickSeat(state, pick(seatIds), clock) : setLocked(state, false);
          break;
        case 5:
          result = startActivity(state, pick(["poll", "poll", "no-such-kind"]), pick([undefined, { moment: "checkout" }, { moment: 1 }]), clock);
          break;
        case 6:
          result = random() < 0.2 ? stopActivity(state, activityId) : requestHelp(state, pick(seatIds), step);
          break;
        case 7:
        case 8: {
          const actor = random() < 0.15 ? { role: "host" as const } : { role: "seat" as const, seatId: pick(seatIds) };
          const action =
            random() < 0.15
              ? pick([{ type: "reveal" }, { type: "reopen" }, { type: "x" }])
              : pick([{ type: "pass" }, { type: "answer", feeling: pick(["glad", "trist", "sint"]) }]);
          result = actOnActivity(state, activityId, action, actor, clock);
          break;
        }
        case 9:
          result = requestHelp(state, pick(seatIds), step);
          break;
        default:
          result = resolveHelp(state, pick(seatIds));
      }
      if (isRejection(result)) continue;
      if (result === state) continue;
      if (result.version !== state.version + 1) failures.push(`step ${step} op ${op}: ${state.version} → ${result.version}`);
      if (op === 7 || op === 8) acted++;
      // (An activity reducer may return a fresh but equal state, e.g. the same answer twice; the
      // room then bumps anyway and the live room's fan-out drops the identical view. The room's
      // own transitions must not.)
      else if (JSON.stringify({ ...result, version: 0 }) === JSON.stringify({ ...state, version: 0 })) {
        failures.push(`step ${step} op ${op}: version bumped without a change`);
      }
      state = result;
    }
    expect(failures).toEqual([]);
    expect(state.version).toBeGreaterThan(300);
    expect(acted).toBeGreaterThan(100);
  });
});

describe("role views", () => {
  function busyRoom() {
    let { state, ids } = withSeats(["whale-purple", "bear-green", "cat-blue", "owl-orange"]);
    state = ok(setPresence(state, ids[0], "present"));
    state = ok(setPresence(state, ids[1], "present"));
    state = requestHelp(state, ids[2], 7_000);
    state = ok(startActivity(state, "poll", undefined, clock));
    const answers = [{ type: "answer", feeling: "glad" }, { type: "answer", feeling: "glad" }, { type: "answer", feeling: "glad" }, { type: "pass" }];
    answers.forEach((action, i) => {
      state = ok(actOnActivity(state, "a1", action, { role: "seat", seatId: ids[i] }, clock));
    });
    state = ok(actOnActivity(state, "a1", { type: "reveal" }, { role: "host" }, clock));
    return { state, ids };
  }

  it("the screen view never contains a seat id, a help alert, a pass or the join order", () => {
    const { state, ids } = busyRoom();
    const view = screenView(state, LINKS, clock.now);
    const json = JSON.stringify(view);
    for (const id of ids) expect(json).not.toContain(id);
    expect(json).not.toMatch(/help|pass|seatId|screen-token/i);
    expect(view).toMatchObject({ role: "screen", code: "ABCDE", version: state.version, joinUrl: LINKS.joinUrl });
    // Exactly what the kind's screen view returned, in the envelope, and nothing else.
    expect(view.activity).toEqual({ id: "a1", kind: "poll", view: { phase: "shown", glad: 3 } });
  });

  it("lobbyAvatars are sorted, not in join order, leave out seats that left, and are empty during an activity", () => {
    let { state, ids } = busyRoom();
    expect(screenView(state, LINKS, clock.now).lobbyAvatars).toEqual([]);
    state = ok(stopActivity(state, "a1"));
    const joinOrder = roomSeats(state).map((s) => s.avatar);
    expect(joinOrder).toEqual(["whale-purple", "bear-green", "cat-blue", "owl-orange"]);
    expect(screenView(state, LINKS, clock.now).lobbyAvatars).toEqual(["bear-green", "cat-blue", "owl-orange", "whale-purple"]);
    state = setPresence(state, ids[2], "left");
    expect(screenView(state, LINKS, clock.now).lobbyAvatars).toEqual(["bear-green", "owl-orange", "whale-purple"]);
  });

  it("the host sees seats in join order with presence and help; the screen token travels only to the host", () => {
    const { state, ids } = busyRoom();
    const view = hostView(state, LINKS, clock.now);
    expect(view.seats.map((s) => s.seatId)).toEqual(ids);
    expect(view.seats.map((s) => s.presence)).toEqual(["present", "present", "away", "away"]);
    expect(view.seats.map((s) => s.helpRequestedAt)).toEqual([null, null, 7_000, null]);
    expect(view.screenToken).toBe(LINKS.screenToken);
    expect((view.activity?.view as { rows: { seatId: string }[] }).rows.map((r) => r.seatId)).toEqual(ids);
  });

  it("a seat view holds only that seat: its avatar, its help flag, its answer", () => {
    const { state, ids } = busyRoom();
    const view = seatView(state, ids[2], clock.now)!;
    expect(view).toMatchObject({ role: "seat", seatId: ids[2], avatar: "cat-blue", helpPending: true });
    expect(view.activity).toEqual({ id: "a1", kind: "poll", view: { mine: { feeling: "glad" } } });
    const json = JSON.stringify(view);
    for (const other of ids.filter((id) => id !== ids[2])) expect(json).not.toContain(other);
    expect(json).not.toMatch(/whale|bear|owl|screen-token/);
    expect(seatView(state, ids[3], clock.now)!.helpPending).toBe(false);
    expect(seatView(state, "nobody", clock.now)).toBeNull();
  });
  it("the part every role shares is one object across states that change nothing in it, and every whole view has its own state's version", () => {
    const { sharedViewParts, seatViewParts } = createRoomCore({ poll });
    let { state, ids } = withSeats(["whale-purple", "bear-green", "cat-blue"]);
    state = ok(startActivity(state, "poll", undefined, clock));
    const first = sharedViewParts(state, LINKS, clock.now).base;
    state = ok(actOnActivity(state, "a1", { type: "answer", feeling: "glad" }, { role: "seat", seatId: ids[0] }, clock));
    const answered = state;
    // An answer changes nothing the shared part holds (its version aside): the same object.
    expect(sharedViewParts(state, LINKS, clock.now).base).toBe(first);
    expect(seatViewParts(state, clock.now).base).toBe(first);
    expect(first.version).toBeLessThan(state.version);
    // A whole view still says which state it is.
    for (const view of [hostView(state, LINKS, clock.now), screenView(state, LINKS, clock.now), seatView(state, ids[1], clock.now)!]) {
      expect(view.version).toBe(state.version);
      expect(Object.keys(view)[1]).toBe("version"); // where the shared part has it
    }
    // What it holds changes: a new one, equal to one built from a copy of the state.
    state = setLocked(state, true);
    const locked = sharedViewParts(state, LINKS, clock.now).base;
    expect(locked).not.toBe(first);
    expect(locked).toEqual(sharedViewParts(structuredClone(state), LINKS, clock.now).base);
    expect(locked.locked).toBe(true);
    // An earlier state still gets the shared part of what it holds.
    expect(sharedViewParts(answered, LINKS, clock.now).base.locked).toBe(false);
  });

  /** A room of three seats with a check-in running, built with the real kinds. */
  function checkinWithThreeSeats(real: ReturnType<typeof createRoomCore>) {
    let state = room();
    const ids = ["SEATID0qz", "SEATID1qz", "SEATID2qz"];
    ["whale-purple", "bear-green", "cat-blue"].forEach((avatar, i) => (state = ok(real.addSeat(state, ids[i], avatar as AvatarId))));
    state = ok(real.startActivity(state, "checkin", { moment: "checkin" }, clock));
    return { state, ids };
  }

  it("a kind's view kept as the same object keeps its envelope too, for the same run only", () => {
    const real = createRoomCore(activityKinds);
    let { state, ids } = checkinWithThreeSeats(real);
    const screen = () => real.screenView(state, LINKS, clock.now).activity!;
    const first = screen();
    state = ok(real.actOnActivity(state, first.id, { type: "answer", feeling: "glad" }, { role: "seat", seatId: ids[0] }, clock));
    // The check-in's projector view does not change with an answer: the same view, the same envelope.
    expect(screen()).toBe(first);
    // A view object found again under another run id (a kind giving a constant view) gets an envelope of its own.
    const other = { ...state, activity: { ...state.activity!, id: "a-other" } };
    const envelope = real.screenView(other, LINKS, clock.now).activity!;
    expect(envelope.view).toBe(first.view);
    expect(envelope).not.toBe(first);
    expect(envelope.id).toBe("a-other");
  });

  it("the safeguarding list is the same object while what it reads reports the same, and follows every change of it", () => {
    const real = createRoomCore(activityKinds);
    let { state, ids } = checkinWithThreeSeats(real);
    const activityId = state.activity!.id;
    const act = (i: number, action: unknown) => (state = ok(real.actOnActivity(state, activityId, action, { role: "seat", seatId: ids[i] }, clock)));
    const list = () => real.hostView(state, LINKS, clock.now).safeguarding;
    const fresh = () => real.hostView(structuredClone(state), LINKS, clock.now).safeguarding;
    const calm = list();
    act(0, { type: "answer", feeling: "glad" });
    expect(list()).toBe(calm);
    act(1, { type: "more", text: "pappa slår meg" });
    const flagged = list();
    expect(flagged).not.toBe(calm);
    expect(flagged.map((i) => [i.source, i.seatId])).toEqual([["flagged", ids[1]]]);
    // Another answer: the running check-in is replaced, what it reports is not.
    act(2, { type: "answer", feeling: "sint" });
    expect(list()).toBe(flagged);
    // A new note from the same seat at the same moment (the same key): its item follows the text.
    act(1, { type: "more", text: "mamma drikker" });
    expect(list()).not.toBe(flagged);
    expect(list()).toEqual(fresh());
    expect(list().map((i) => i.text)).toEqual(["mamma drikker"]);
  });
});
