/**
 * Check-in tools for two age bands (issue 5): thermometer and grid for 11+, "vet ikke",
 * "vil du si mer?" to the host only, check-out with before/after for the leader and only a
 * k-safe change picture on the projector, and the picture frozen at reveal.
 */
import { activityView } from "../support/views.js";
import { seededIds } from "../../shared/room/ids.js";
import { describe, expect, it } from "vitest";
import { checkin, checkinActionSchema, checkinConfigSchema, changeBetween, type CheckinAction, type CheckinState } from "../../shared/activities/checkin/index.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { createRoomState, stopActivity, type RoomState } from "../../shared/room/room.js";
import type { Actor, AvatarId } from "../../shared/room/types.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";

const { actOnActivity, addSeat, kickSeat, startActivity, screenView } = createRoomCore(activityKinds);

const SEATS = ["s-aaaa", "s-bbbb", "s-cccc", "s-dddd", "s-eeee"];
const ctx = (over: Partial<RoomCtx> = {}): RoomCtx => ({ seats: SEATS, ageBand: "11+", language: "nb", k: 3, random: () => 0.5, newId: seededIds(() => 0.5), now: 5_000, ...over });
const HOST: Actor = { role: "host" };
const seat = (i: number): Actor => ({ role: "seat", seatId: SEATS[i] });
const start = (config: unknown, c = ctx()) => checkin.init(checkinConfigSchema.parse(config), c);
function act(state: CheckinState, action: CheckinAction, actor: Actor, c = ctx()): CheckinState {
  const next = checkin.reduce(state, action, actor, c);
  if (isRejection(next)) throw new Error(`${next.code}: ${next.message}`);
  return next;
}
const code = (state: CheckinState, action: unknown, actor: Actor) => {
  const parsed = checkinActionSchema.safeParse(action);
  if (!parsed.success) return "INVALID";
  const next = checkin.reduce(state, parsed.data, actor, ctx());
  return isRejection(next) ? next.code : "ok";
};

describe("check-in tools by age band", () => {
  it("auto picks faces for 8–10 and the thermometer for 11+; a fixed tool is kept", () => {
    expect(start({}, ctx({ ageBand: "8-10" })).tool).toBe("faces");
    expect(start({}, ctx({ ageBand: "11+" })).tool).toBe("thermometer");
    expect(start({ tool: "grid" }, ctx({ ageBand: "8-10" })).tool).toBe("grid");
  });

  it("thermometer answers 0–10 only, shown on the screen as three bands, never single values", () => {
    let s = start({ tool: "thermometer" });
    expect(code(s, { type: "thermometer", value: 11 }, seat(0))).toBe("INVALID");
    expect(code(s, { type: "thermometer", value: 2.5 }, seat(0))).toBe("INVALID");
    expect(code(s, { type: "answer", feeling: "glad" }, seat(0))).toBe("NOT_ALLOWED");
    for (const [i, v] of [8, 9, 10, 7, 1].entries()) s = act(s, { type: "thermometer", value: v }, seat(i));
    s = act(s, { type: "reveal" }, HOST);
    const screen = checkin.view.screen(s, ctx());
    expect(screen.picture).toEqual({
      status: "shown",
      items: [
        { id: "thermo-light", level: "bin", amount: { kind: "relative", size: 3, word: "many" } },
        { id: "other", level: "other", amount: { kind: "relative", size: 1, word: "some" } },
      ],
    });
    expect(JSON.stringify(screen)).not.toMatch(/"value"|s-/);
  });

  it("grid words merge into their quadrant under k; an unpleasant quadrant everyone chose is 'many'", () => {
    let s = start({ tool: "grid" });
    for (const [i, w] of (["sint", "redd", "stresset"] as const).entries()) s = act(s, { type: "grid", word: w }, seat(i));
    s = act(s, { type: "reveal" }, HOST);
    expect(checkin.view.screen(s, ctx()).picture).toEqual({
      status: "shown",
      items: [{ id: "high-unpleasant", level: "group", amount: { kind: "relative", size: 3, word: "many" } }],
    });
  });

  it("'vet ikke' and pass are answers that are never counted on the screen", () => {
    let s = start({ tool: "faces" });
    s = act(s, { type: "unsure" }, seat(0));
    s = act(s, { type: "unsure" }, seat(1));
    s = act(s, { type: "pass" }, seat(2));
    s = act(s, { type: "answer", feeling: "glad" }, seat(3));
    s = act(s, { type: "reveal" }, HOST);
    expect(checkin.view.screen(s, ctx()).picture).toEqual({ status: "hidden", reason: "too-few" });
    expect(checkin.view.host(s, ctx()).rows.map((r) => r.answer?.kind)).toEqual(["unsure", "unsure", "pass", "feeling", undefined]);
  });

  it("'vil du si mer?' reaches the host only, flagged when it looks like a disclosure, and is allowed after reveal", () => {
    let s = start({ tool: "faces" });
    s = act(s, { type: "answer", feeling: "redd" }, seat(0));
    s = act(s, { type: "more", text: "Jeg er redd for å gå hjem" }, seat(0));
    s = act(s, { type: "more", text: "Vi skal på tur i helga" }, seat(1));
    s = act(s, { type: "reveal" }, HOST);
    s = act(s, { type: "more", text: "Jeg glemte noe" }, seat(2));
    const host = checkin.view.host(s, ctx());
    expect(host.rows[0].seatId).toBe(SEATS[0]); // flagged first
    expect(host.rows[0].more?.flag?.categories.length).toBeGreaterThan(0);
    expect(host.rows.find((r) => r.seatId === SEATS[1])?.more?.flag).toBeNull();
    expect(JSON.stringify(checkin.view.screen(s, ctx()))).not.toMatch(/redd|hjem|helga|glemte/);
    const mine = checkin.view.seat(s, SEATS[1], ctx());
    expect(mine.moreSent).toBe(true);
    expect(JSON.stringify(mine)).not.toMatch(/hjem|helga/);
    expect(code(s, { type: "more", text: "   " }, seat(3))).toBe("INVALID");
    expect(code(s, { type: "more", text: "x".repeat(281) }, seat(3))).toBe("INVALID");
    expect(code(start({ askMore: false }), { type: "more", text: "hei" }, seat(3))).toBe("NOT_ALLOWED");
  });

  it("a takeaway is only asked at check-out", () => {
    expect(code(start({ moment: "checkin" }), { type: "takeaway", id: "not-alone" }, seat(0))).toBe("NOT_ALLOWED");
    expect(code(start({ moment: "checkout" }), { type: "takeaway", id: "not-alone" }, seat(0))).toBe("ok");
    expect(code(start({ moment: "checkout" }), { type: "takeaway", id: "secret" }, seat(0))).toBe("INVALID");
  });

  it("offers flau, forvirret, savner and a 'både og' choice; 'både og' is in between, neither lighter nor heavier", () => {
    for (const feeling of ["flau", "forvirret", "savner", "bade-og"]) {
      expect(checkinActionSchema.safeParse({ type: "answer", feeling }).success, feeling).toBe(true);
    }
    const mixed = { kind: "feeling", feeling: "bade-og", strength: null } as const;
    expect(changeBetween({ kind: "feeling", feeling: "trist", strength: null }, mixed)).toBe("lighter");
    expect(changeBetween({ kind: "feeling", feeling: "glad", strength: null }, mixed)).toBe("heavier");
    expect(changeBetween(mixed, { kind: "thermometer", value: 5 })).toBe("same");
    expect(checkinActionSchema.safeParse({ type: "answer", feeling: "both" }).success).toBe(false);
  });

  it("changeBetween compares how light or heavy, across tools", () => {
    expect(changeBetween({ kind: "feeling", feeling: "trist", strength: null }, { kind: "feeling", feeling: "rolig", strength: null })).toBe("lighter");
    expect(changeBetween({ kind: "thermometer", value: 5 }, { kind: "thermometer", value: 6 })).toBe("same");
    expect(changeBetween({ kind: "grid", word: "glad" }, { kind: "grid", word: "ensom" })).toBe("heavier");
    expect(changeBetween({ kind: "pass" }, { kind: "thermometer", value: 6 })).toBeNull();
    expect(changeBetween(undefined, { kind: "thermometer", value: 6 })).toBeNull();
  });
});

describe("check-out through the room core", () => {
  const clock = { now: 1, random: () => 0.3 };
  function room(): RoomState {
    let state = createRoomState({ id: "room1", code: "ABCDE", ownerId: 1, now: 0 });
    const avatars: AvatarId[] = ["fox-blue", "owl-green", "cat-orange", "bear-purple", "frog-blue"];
    for (const [i, id] of SEATS.entries()) {
      const next = addSeat(state, id, avatars[i]);
      if (isRejection(next)) throw new Error(next.message);
      state = next;
    }
    return state;
  }
  const ok = (r: ReturnType<typeof startActivity>) => {
    if (isRejection(r)) throw new Error(r.message);
    return r;
  };

  it("reads the check-in answers: the host sees before/after per seat, the screen only a k-safe change", () => {
    let state = ok(startActivity(room(), "checkin", { moment: "checkin", tool: "faces" }, clock));
    const before = ["trist", "trist", "redd", "sint", "glad"] as const;
    for (const [i, f] of before.entries()) state = ok(actOnActivity(state, "a1", { type: "answer", feeling: f }, seat(i), clock));
    state = ok(stopActivity(state, "a1"));
    state = ok(startActivity(state, "checkin", { moment: "checkout", tool: "faces" }, clock));
    const after = ["rolig", "glad", "lettet", "sint", "glad"] as const;
    for (const [i, f] of after.entries()) state = ok(actOnActivity(state, "a2", { type: "answer", feeling: f }, seat(i), clock));
    state = ok(actOnActivity(state, "a2", { type: "reveal" }, HOST, clock));

    const host = checkin.view.host(state.activity!.state as CheckinState, ctx());
    expect(host.rows.map((r) => r.change)).toEqual(["lighter", "lighter", "lighter", "same", "same"]);
    expect(host.rows[0].before).toEqual({ kind: "feeling", feeling: "trist", strength: null });

    const screen = screenView(state, { joinUrl: "x", screenToken: "t" }, 1);
    const view = activityView(screen, "checkin");
    expect(view?.change).toEqual({
      status: "shown",
      items: [
        { id: "lighter", level: "bin", amount: { kind: "relative", size: 3, word: "many" } },
        { id: "other", level: "other", amount: { kind: "relative", size: 1, word: "some" } },
      ],
    });
    const json = JSON.stringify(screen);
    for (const id of SEATS) expect(json).not.toContain(id);
    expect(json).not.toMatch(/before|"trist"/);
  });

  it("a check-out started straight over a running check-in still finds it", () => {
    let state = ok(startActivity(room(), "checkin", { moment: "checkin", tool: "thermometer" }, clock));
    state = ok(actOnActivity(state, "a1", { type: "thermometer", value: 2 }, seat(0), clock));
    state = ok(startActivity(state, "checkin", { moment: "checkout", tool: "thermometer" }, clock));
    expect((state.activity!.state as CheckinState).before).toEqual({ [SEATS[0]]: { kind: "thermometer", value: 2 } });
  });

  it("the shown picture is frozen: removing a seat afterwards does not change the projector", () => {
    let state = ok(startActivity(room(), "checkin", { tool: "faces" }, clock));
    for (const [i, f] of (["glad", "glad", "glad", "sint", "sint"] as const).entries()) {
      state = ok(actOnActivity(state, "a1", { type: "answer", feeling: f }, seat(i), clock));
    }
    state = ok(actOnActivity(state, "a1", { type: "reveal" }, HOST, clock));
    const shownBefore = JSON.stringify(screenView(state, { joinUrl: "x", screenToken: "t" }, 1).activity);
    state = ok(kickSeat(state, SEATS[4], clock));
    expect(JSON.stringify(screenView(state, { joinUrl: "x", screenToken: "t" }, 1).activity)).toBe(shownBefore);
    // ...while the kicked seat's own answer is gone from what the host sees and from history.
    expect(JSON.stringify((state.activity!.state as CheckinState).answers)).not.toContain(SEATS[4]);
  });
});
