/**
 * What the room core keeps for the group's memory (docs/series.md, "The group's memory"),
 * with the real kinds: every celebration's strengths and the leader's words
 * are remembered (tablets never see that history); the garden's list strengths
 * are gathered as keepsakes and a text flower, even approved, never is; the
 * console's draft is built only from those, the lamps and the agenda; "Sist
 * gang…" refuses an id on no kind's list and changes nothing, is hidden by the
 * next activity and by ending the room, and never reaches a tablet.
 */
import { describe, expect, it } from "vitest";
import { activityKinds } from "../../shared/activities/registry.js";
import { isRejection } from "../../shared/activities/types.js";
import { createAgenda } from "../../shared/room/agenda.js";
import { createRoomCore } from "../../shared/room/core.js";
import { seededRandom } from "../../shared/room/random.js";
import { celebrate, createRoomState, lightGoal, type RoomResult, type RoomState } from "../../shared/room/room.js";
import type { AvatarId } from "../../shared/room/types.js";
import type { Recap } from "../../shared/protocol.js";
import { recapFrom, themesCovered, type MemoryRecord } from "../../shared/series/memory.js";

const core = createRoomCore(activityKinds);
const clock = { now: 10_000, random: seededRandom(7), newId: (() => { let n = 0; return () => `id${(n++).toString().padStart(8, "0")}`; })() };
const LINKS = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "screen-token" };
const ok = (r: RoomResult): RoomState => {
  if (isRejection(r)) throw new Error(`${r.code}: ${r.message}`);
  return r;
};
const CHILD_TEXT = "Tigerhjerte-Solsikke-4412";

function groupRoom(): RoomState {
  let s = createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: 1_700_000_000_000, agenda: createAgenda({ groupId: "g1", planId: "p1", meetingId: "m3", title: "Møte 3", theme: "Hva psykisk sykdom er", steps: [] }) });
  s = ok(core.addSeat(s, "seat-aaaa1111", "fox-blue" as AvatarId));
  s = ok(core.addSeat(s, "seat-bbbb2222", "owl-green" as AvatarId));
  return s;
}

const RECAP: Recap = { title: "Møte 2", lamps: 3, lampsSoFar: 5, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Det er ikke barnas skyld"], themes: ["Følelser"] };

describe("the room core and the group's memory", () => {
  it("the draft holds the lamps, every celebration's strengths and the leader's words, the garden's list strengths, the agenda's title and theme, and nothing a child wrote", () => {
    let s = groupRoom();
    s = ok(core.startActivity(s, "styrkehagen", { allowText: true }, clock));
    const id = s.activity!.id;
    s = ok(core.actOnActivity(s, id, { type: "plant", strength: "modig" }, { role: "seat", seatId: "seat-aaaa1111" }, clock));
    s = ok(core.actOnActivity(s, id, { type: "plant", strength: "modig" }, { role: "seat", seatId: "seat-bbbb2222" }, clock));
    s = ok(core.actOnActivity(s, id, { type: "write", text: CHILD_TEXT }, { role: "seat", seatId: "seat-aaaa1111" }, clock));
    const queued = (core.hostView(s, LINKS, clock.now).activity!.view as { queue: { id: string }[] }).queue[0];
    s = ok(core.actOnActivity(s, id, { type: "approve", id: queued.id }, { role: "host" }, clock));
    s = ok(core.actOnActivity(s, id, { type: "plant", strength: "hjelpsom" }, { role: "seat", seatId: "seat-bbbb2222" }, clock));
    s = lightGoal(lightGoal(s));
    s = ok(celebrate(s, ["cooperated", "listened"], "Dere bygde et tårn"));
    s = ok(celebrate(s, ["listened", "brave"], null));
    s = ok(celebrate(s, [], "Dere bygde et tårn"));
    // The garden's text flower is on the projector, approved, and still not in the draft.
    expect(JSON.stringify(core.screenView(s, LINKS, clock.now))).toContain(CHILD_TEXT);
    const draft = core.hostView(s, LINKS, clock.now).memory;
    // Two lamps by hand, plus one if the garden bloomed (its threshold is the garden's own business).
    expect(s.goal.lit).toBeGreaterThanOrEqual(2);
    expect(draft).toEqual({
      key: "m3",
      title: "Møte 3",
      theme: "Hva psykisk sykdom er",
      lamps: s.goal.lit,
      strengths: ["cooperated", "listened", "brave"],
      words: ["Dere bygde et tårn"],
      keepsakes: ["modig", "hjelpsom"],
    });
    for (const needle of [CHILD_TEXT, "seat-aaaa1111", "fox-blue"]) expect(JSON.stringify(draft)).not.toContain(needle);
    // Moving on keeps what was gathered; tablets get neither the draft nor the celebrations' history.
    s = ok(core.startActivity(s, "tommel", {}, clock));
    expect(core.hostView(s, LINKS, clock.now).memory?.keepsakes).toEqual(["modig", "hjelpsom"]);
    const seat = core.seatView(s, "seat-aaaa1111", clock.now)! as unknown as Record<string, unknown>;
    expect(seat.memory).toBeUndefined();
    expect(seat.recap).toBeUndefined();
    expect(Object.keys(seat.goal as object).sort()).toEqual(["celebration", "lit", "target"]);
  });

  it("a parent meeting neither drafts nor shows the children's group's memory", () => {
    const adults = createRoomState({ id: "r4", code: "KLMNP", ownerId: 1, now: 5, settings: { ageBand: "11+", language: "nb", k: 3, audience: "voksne" }, agenda: createAgenda({ groupId: "g1", planId: "p1", meetingId: "f1", title: "Foreldremøte", steps: [] }) });
    expect(core.hostView(adults, LINKS, 5).memory).toBeNull();
    expect(core.showRecap(adults, RECAP)).toMatchObject({ rejected: true, code: "NOT_ALLOWED" });
  });

  it("an ad-hoc room has no draft; a group room with no plan meeting is keyed by its opening time", () => {
    const adhoc = createRoomState({ id: "r2", code: "FGHJK", ownerId: 1, now: 5 });
    expect(core.hostView(adhoc, LINKS, 5).memory).toBeNull();
    const noPlan = createRoomState({ id: "r3", code: "FGHJK", ownerId: 1, now: 1_700_000_000_000, agenda: createAgenda({ groupId: "g1", planId: null, meetingId: null, title: "Torsdag", steps: [] }) });
    expect(core.hostView(noPlan, LINKS, 5).memory).toMatchObject({ key: `rom-${(1_700_000_000_000).toString(36)}`, theme: null, lamps: 0 });
  });

  it("Sist gang… shows on host and screen, refuses an id on no kind's list without changing anything, and goes with the next activity and with the end", () => {
    const s = groupRoom();
    const bad = core.showRecap(s, { ...RECAP, garden: ["modig", "ukjent"] });
    expect(bad).toMatchObject({ rejected: true, code: "INVALID" });
    const shown = ok(core.showRecap(s, { ...RECAP, garden: ["modig", "modig"] }));
    expect(shown.version).toBe(s.version + 1);
    expect(core.screenView(shown, LINKS, clock.now).recap).toEqual(RECAP);
    expect(core.hostView(shown, LINKS, clock.now).recap).toEqual(RECAP);
    expect(core.hideRecap(core.hideRecap(shown)).recap).toBeNull();
    expect(core.hideRecap(s)).toBe(s);
    expect(ok(core.startActivity(shown, "tommel", {}, clock)).recap).toBeNull();
    const wiped = core.wipeRoom(shown);
    expect(wiped.recap).toBeNull();
    expect(wiped.keepsakes).toEqual([]);
  });

  it("Sist gang… for a meeting is the latest other entry with the lamps so far; themes covered keep their first order", () => {
    const rec = (key: string, savedAt: number, lamps: number, themes: string[]): MemoryRecord => ({
      key,
      savedAt,
      version: 1,
      entry: { title: key, lamps, strengths: [], garden: [], words: [], learned: [], themes },
    });
    const records = [rec("m1", 100, 2, ["Hvem vi er"]), rec("m2", 200, 3, ["Følelser", "Hvem vi er"]), rec("m3", 300, 1, [])];
    expect(recapFrom(records, "m4")).toMatchObject({ title: "m3", lampsSoFar: 6 });
    expect(recapFrom(records, "m3")).toMatchObject({ title: "m2", lampsSoFar: 5 });
    expect(recapFrom([records[0]], "m1")).toBeNull();
    expect(recapFrom([], null)).toBeNull();
    expect(themesCovered([...records].reverse())).toEqual(["Hvem vi er", "Følelser"]);
  });
});
