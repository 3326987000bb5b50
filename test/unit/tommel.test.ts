/**
 * Dagens tommel (shared/activities/tommel): thumbs and pass from tablets, the host shows the
 * picture; the projector sees only a k-safe picture, frozen as counts when shown.
 */
import { describe, expect, it } from "vitest";
import { tommel, type TommelState } from "../../shared/activities/tommel/index.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { seededIds } from "../../shared/room/ids.js";
import { seededRandom } from "../../shared/room/random.js";
import type { Actor } from "../../shared/room/types.js";

const SEATS = ["seat-aaaa", "seat-bbbb", "seat-cccc", "seat-dddd", "seat-eeee"];
const ctx = (over: Partial<RoomCtx> = {}): RoomCtx => ({
  seats: SEATS, ageBand: "8-10", language: "nb", k: 3, random: seededRandom(1), newId: seededIds(seededRandom(2)), now: 1_000, ...over,
});
const HOST: Actor = { role: "host" };
const seat = (i: number): Actor => ({ role: "seat", seatId: SEATS[i] });

function act(state: TommelState, raw: unknown, actor: Actor): TommelState {
  const parsed = tommel.action.parse(raw);
  const next = tommel.reduce(state, parsed, actor, ctx());
  if (isRejection(next)) throw new Error(`${next.code}: ${next.message}`);
  return next;
}
function votes(thumbs: (string | null)[]): TommelState {
  let s = tommel.init(tommel.config.parse(undefined), ctx());
  thumbs.forEach((thumb, i) => {
    if (thumb) s = act(s, thumb === "pass" ? { type: "pass" } : { type: "vote", thumb }, seat(i));
  });
  return s;
}

describe("tommel", () => {
  it("shows nothing on the projector until the host shows it; then a k-safe picture", () => {
    let s = votes(["up", "up", "up", "middle", "pass"]);
    expect(tommel.view.screen(s, ctx())).toEqual({ phase: "open", picture: null });
    s = act(s, { type: "reveal" }, HOST);
    const screen = tommel.view.screen(s, ctx());
    // 3 × up is shown; the single "middle" is under k: the word "some", never the number 1. The
    // projector's view carries relative sizes and words only, never the count 3.
    expect(screen.picture).toEqual({
      status: "shown",
      items: [
        { id: "up", level: "bin", amount: { kind: "relative", size: 3, word: "many" } },
        { id: "other", level: "other", amount: { kind: "relative", size: 1, word: "some" } },
      ],
    });
    expect(JSON.stringify(screen)).not.toMatch(/pass|seat-/);
  });

  it("passes never count towards k, and too few answers hide the picture", () => {
    const s = act(votes(["up", "down", "pass", "pass", "pass"]), { type: "reveal" }, HOST);
    expect(tommel.view.screen(s, ctx()).picture).toEqual({ status: "hidden", reason: "too-few" });
  });

  it("a unanimous thumb down is 'many' in its group, never a count of everyone", () => {
    const s = act(votes(["down", "down", "down", "down", null]), { type: "reveal" }, HOST);
    expect(tommel.view.screen(s, ctx()).picture).toEqual({ status: "shown", items: [{ id: "hard", level: "group", amount: { kind: "relative", size: 3, word: "many" } }] });
  });

  it("the host sees counts (never seats); the tablet sees only its own answer", () => {
    const s = votes(["up", "middle", "down", "pass", null]);
    const host = tommel.view.host(s, ctx());
    expect(host.counts).toEqual({ up: 1, middle: 1, down: 1 });
    expect(host.passed).toBe(1);
    expect(JSON.stringify(host)).not.toContain("seat-");
    expect(tommel.view.seat(s, SEATS[1], ctx())).toEqual({ phase: "open", mine: "middle" });
    expect(tommel.view.seat(s, SEATS[4], ctx())).toEqual({ phase: "open", mine: null });
  });

  it("the shown picture is frozen as counts: a seat forgotten afterwards changes nothing and leaves no trace", () => {
    let s = act(votes(["up", "up", "up", "down", "down"]), { type: "reveal" }, HOST);
    const before = tommel.view.screen(s, ctx());
    s = tommel.forgetSeat(s, SEATS[3], ctx());
    expect(tommel.view.screen(s, ctx())).toEqual(before);
    expect(JSON.stringify(s)).not.toContain(SEATS[3]);
  });

  it("refuses with a clear code and changes nothing: wrong role, closed, bad payloads", () => {
    const s = votes(["up"]);
    expect(tommel.reduce(s, { type: "reveal" }, seat(0), ctx())).toMatchObject({ rejected: true, code: "FORBIDDEN" });
    expect(tommel.reduce(s, { type: "vote", thumb: "up" }, HOST, ctx())).toMatchObject({ rejected: true, code: "FORBIDDEN" });
    const shown = act(s, { type: "reveal" }, HOST);
    expect(tommel.reduce(shown, { type: "vote", thumb: "down" }, seat(1), ctx())).toMatchObject({ rejected: true, code: "STALE" });
    for (const bad of [{ type: "vote", thumb: "sideways" }, { type: "vote" }, { type: "pass", extra: 1 }, null, "up"]) {
      expect(tommel.action.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(tommel.config.safeParse({ anything: true }).success).toBe(false);
  });

  it("reopen takes the picture off and answers can change again; the same answer twice changes nothing", () => {
    let s = act(votes(["up", "up", "up"]), { type: "reveal" }, HOST);
    s = act(s, { type: "reopen" }, HOST);
    expect(s.shown).toBeNull();
    const again = act(s, { type: "vote", thumb: "up" }, seat(0));
    expect(again).toBe(s);
    expect(act(s, { type: "vote", thumb: "down" }, seat(0)).votes[SEATS[0]]).toBe("down");
  });
});
