/**
 * The projector's way in (shared/room/room.ts joinDisplay): the full join screen until the room
 * is locked or the first activity starts, then a corner code; the host can bring it back. And the
 * lobby after an activity says "between activities" (the `started` flag in every role's view).
 */
import { describe, expect, it } from "vitest";
import { isRejection } from "../../shared/activities/types.js";
import { seededRandom } from "../../shared/room/random.js";
import { createRoomState, setJoinShown, setLocked, stopActivity, type RoomResult, type RoomState } from "../../shared/room/room.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";

const { startActivity, hostView, screenView } = createRoomCore(activityKinds);

const clock = { now: 5_000, random: seededRandom(7) };
const LINKS = { joinUrl: "http://192.168.1.10:3000/join?code=ABCDE", screenToken: "screen-token-xyz" };
const ok = (r: RoomResult): RoomState => {
  if (isRejection(r)) throw new Error(r.code);
  return r;
};
const fresh = () => createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: 1_000 });

describe("projector join screen", () => {
  it("is full before the session starts and a corner code once locked", () => {
    const s = fresh();
    expect(screenView(s, LINKS, 5_000)).toMatchObject({ join: "full", started: false });
    const locked = setLocked(s, true);
    expect(screenView(locked, LINKS, 5_000).join).toBe("corner");
    expect(screenView(setLocked(locked, false), LINKS, 5_000).join).toBe("full");
  });

  it("shrinks when the first activity starts and stays small between activities", () => {
    const running = ok(startActivity(fresh(), "checkin", { moment: "checkin" }, clock));
    expect(screenView(running, LINKS, 5_000)).toMatchObject({ join: "corner", started: true });
    const lobby = ok(stopActivity(running, running.activity!.id));
    expect(screenView(lobby, LINKS, 5_000)).toMatchObject({ join: "corner", started: true, activity: null });
    expect(hostView(lobby, LINKS, 5_000)).toMatchObject({ join: "corner", started: true });
  });

  it("comes back in full when the host asks, and the ask is idempotent", () => {
    const running = ok(startActivity(fresh(), "checkin", { moment: "checkin" }, clock));
    const shown = setJoinShown(running, true);
    expect(shown.version).toBe(running.version + 1);
    expect(setJoinShown(shown, true)).toBe(shown);
    expect(screenView(shown, LINKS, 5_000).join).toBe("full");
    expect(screenView(setLocked(shown, true), LINKS, 5_000).join).toBe("full");
    expect(screenView(setJoinShown(shown, false), LINKS, 5_000).join).toBe("corner");
  });

  it("restores a snapshot from before the field existed as the automatic rule", () => {
    const old = { ...fresh(), locked: true } as RoomState;
    delete (old as { joinShown?: boolean }).joinShown;
    expect(screenView(old, LINKS, 5_000).join).toBe("corner");
  });
});
