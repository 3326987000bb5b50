/**
 * The projector's view carries no count of children, for every activity kind, over the real
 * payloads: a real server on 127.0.0.1:0, a real projector socket and six real tablet sockets
 * (socket.io-client via the SDK) that answer, pass and stay silent as the fuzz generators make
 * them, while the host reveals and reopens. Every envelope the projector receives is recorded.
 *
 * The rule tested (docs/privacy.md, "Group pictures on the projector"): the screen view carries
 * only what the projector shows, words and relative sizes. Precisely: walking every recorded
 * screen envelope, every number must sit at a path listed below as not a count of children
 * (with the reason), and every relative size is 1, 2 or 3. So no count below k, no total, no
 * pass count and no count of k or more (counts add up to how many answered, and with the number
 * of tablets that tells how many passed) can be in it, and a new numeric field fails this test
 * until someone says why it is not a count.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY_KIND_NAMES } from "../../shared/activities/registry.js";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import { seededRandom } from "../../shared/room/random.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { Gen, generatorFor } from "../fuzz/generators.js";
import { claimSeat, closeAllConnections, connect, openRoomDirect, startServer, waitFor, type TestServer } from "../support/server.js";

/** Numbers the room part of every screen view may carry: none of them counts children. */
const ROOM_NUMBERS = new Set([
  "version", // the room's version
  "serverTime", // the server clock
  "view.version",
  "view.settings.k", // the room's threshold
  "view.goal.lit", // lamps the group lit together (shared goal, rule: only goes up)
  "view.goal.target",
  "view.goal.celebration.n",
  "view.calm.n", // the calm-down's serial and its breathing times
  "view.calm.inMs",
  "view.calm.outMs",
  "view.calm.cycles",
  "view.calm.startAt",
  "view.calm.endsAt",
  "view.recap.lamps", // "Sist gang…": the group's lamps last time, leader-approved
]);

/** Per kind: numeric paths (under `view.activity.view`) that are not counts of children, and why. */
const ACTIVITY_NUMBERS: Record<string, readonly string[]> = {
  // Relative sizes 1–3 of a group picture (screenPicture), never a count.
  checkin: ["picture.items[].amount.size", "change.items[].amount.size", "takeaways.items[].amount.size"],
  tommel: ["picture.items[].amount.size"],
  // The card's place in the deck ("kort 2 av 9"), not answers.
  quiz: ["index", "total", "picture.items[].amount.size"],
  questionbox: [],
  // Word sizes 1–3 (cloudPicture), never a count.
  wordcloud: ["cloud.words[].size"],
  // The round's place among the rounds.
  detective: ["round", "rounds"],
  // Cooperative games: difficulty level, round number, breathing times and the shared goal's
  // progress as a fraction; never who or how many did what (docs/rules.md, cooperative only).
  ballongen: ["level", "round", "rhythm.startAt", "rhythm.inMs", "rhythm.outMs", "progress", "lift"],
  byggsammen: ["level", "round", "width", "height", "cells[].x", "cells[].y", "done"],
  // Flower positions (0–1) and picture kinds drawn from the room's random stream.
  styrkehagen: ["level", "round", "flowers[].x", "flowers[].y", "flowers[].kind"],
  hvahjelper: ["level", "round"],
  // Which of the statements is on the projector ("2 av 5"), and the picture's relative sizes.
  evaluering: ["shown.at", "shown.count", "shown.picture.items[].amount.size"],
};

function numericPaths(value: unknown, path: string, out: { path: string; n: number }[]): void {
  if (typeof value === "number") out.push({ path, n: value });
  else if (Array.isArray(value)) value.forEach((v) => numericPaths(v, `${path}[]`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) numericPaths(v, path ? `${path}.${k}` : k, out);
  }
}

/** What in one screen envelope breaks the rule above (empty when nothing does). */
function countsIn(envelope: unknown, kind: string): string[] {
  const found: { path: string; n: number }[] = [];
  numericPaths(envelope, "", found);
  const allowed = new Set((ACTIVITY_NUMBERS[kind] ?? []).map((p) => `view.activity.view.${p}`));
  const problems: string[] = [];
  for (const { path, n } of found) {
    if (ROOM_NUMBERS.has(path)) continue;
    if (!allowed.has(path)) problems.push(`${path} = ${n}`);
    else if (path.endsWith(".size") && ![1, 2, 3].includes(n)) problems.push(`${path} = ${n} (not a relative size)`);
  }
  return problems;
}

let server: TestServer;
beforeAll(async () => {
  // Many quick intents from one host: the rate limit is not what this test is about.
  server = await startServer({ presenceGraceMs: 30_000, intentBurst: 1000, intentsPerSecond: 1000 });
});
afterAll(async () => {
  closeAllConnections();
  await server.close();
});

const AVATARS = ["fox-blue", "bear-green", "owl-orange", "cat-purple", "frog-blue", "dog-green"];

describe("the projector's view carries no count of children", () => {
  it("every kind, every recorded screen envelope, with answers, passes and silence", { timeout: 120_000 }, async () => {
    // The walk itself must catch a count: a view with one is refused.
    expect(countsIn({ view: { activity: { view: { picture: { items: [{ amount: { kind: "count", n: 4 } }] } } } } }, "checkin")).toEqual([
      "view.activity.view.picture.items[].amount.n = 4",
    ]);

    const room = await openRoomDirect(server);
    const host = connect<HostView>(server.url, room.hostToken);
    const screen = connect<ScreenView>(server.url, room.screenToken);
    const seats: { seatId: string; conn: RoomConnection<SeatView> }[] = [];
    for (const avatar of AVATARS) {
      const claim = await claimSeat(server.url, room.code, avatar);
      seats.push({ seatId: claim.seatId, conn: connect<SeatView>(server.url, claim.token) });
    }
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === AVATARS.length, 5000, "tablets present");
    const recorded: { kind: string; json: string }[] = [];
    screen.subscribe(() => {
      const env = screen.getSnapshot().envelope;
      if (env) recorded.push({ kind: env.view.activity?.kind ?? "-", json: JSON.stringify(env) });
    });

    const act = async (conn: RoomConnection<HostView> | RoomConnection<SeatView>, activityId: string, action: unknown) => {
      const ack = await conn.send("activity:act", { activityId, action });
      expect(ack.ok, `${JSON.stringify(action)}: ${JSON.stringify(ack)}`).toBe(true);
    };
    const scriptedPicture = async (kind: string, activityId: string) => {
      if (kind === "checkin" || kind === "tommel") {
        await act(host, activityId, { type: "reopen" });
        const answers = kind === "checkin" ? ["glad", "glad", "glad", "trist"].map((feeling) => ({ type: "answer", feeling })) : ["up", "up", "up", "down"].map((thumb) => ({ type: "vote", thumb }));
        for (const [i, a] of answers.entries()) await act(seats[i].conn, activityId, a);
        await act(seats[4].conn, activityId, { type: "pass" });
        await act(host, activityId, { type: "reveal" });
        await waitFor(screen, (x) => /"status":"shown"/.test(JSON.stringify(x.envelope?.view.activity)), 3000, `${kind} picture on the projector`);
      }
      if (kind === "evaluering") {
        expect((await host.send("activity:start", { kind: "evaluering", config: { statements: ["notAlone", "goodHere"] } })).ok).toBe(true);
        const fresh = await waitFor(host, (x) => x.envelope?.view.activity?.kind === "evaluering" && x.envelope.view.activity.id !== activityId, 3000, "a fresh evaluation");
        const id = fresh.envelope!.view.activity!.id;
        for (const s of seats) await waitFor(s.conn, (x) => x.envelope?.view.activity?.id === id, 3000, "tablet follows");
        for (const [i, value] of ["yes", "yes", "yes", "little"].entries()) await act(seats[i].conn, id, { type: "answer", statement: "notAlone", value });
        await act(seats[4].conn, id, { type: "pass", statement: "notAlone" });
        await act(host, id, { type: "reveal" });
        await waitFor(screen, (x) => /"status":"shown"/.test(JSON.stringify(x.envelope?.view.activity)), 3000, "evaluation picture on the projector");
      }
      if (kind === "quiz") {
        // A fresh deck, so its first card has not been revealed by the random steps.
        expect((await host.send("activity:start", { kind: "quiz", config: { deck: "psykisk" } })).ok).toBe(true);
        const fresh = await waitFor(host, (x) => x.envelope?.view.activity?.kind === "quiz" && x.envelope.view.activity.id !== activityId, 3000, "a fresh quiz");
        const id = fresh.envelope!.view.activity!.id;
        const card = fresh.envelope!.view.activity!.view as { card: { id: string; options: { id: string }[] } };
        for (const s of seats) await waitFor(s.conn, (x) => x.envelope?.view.activity?.id === id, 3000, "tablet follows");
        const [a, b] = card.card.options.map((o) => o.id);
        for (const [i, option] of [a, a, a, b].entries()) await act(seats[i].conn, id, { type: "answer", card: card.card.id, option });
        await act(seats[4].conn, id, { type: "pass", card: card.card.id });
        await act(host, id, { type: "reveal", card: card.card.id });
        await waitFor(screen, (x) => /"status":"shown"/.test(JSON.stringify(x.envelope?.view.activity)), 3000, "quiz picture on the projector");
      }
    };

    const g = new Gen(seededRandom(1717));
    const seatIds = seats.map((s) => s.seatId);
    const shownPictures: Record<string, number> = {};
    for (const kind of ACTIVITY_KIND_NAMES) {
      const gen = generatorFor(kind);
      const ctx = (seat?: RoomConnection<SeatView>) => ({
        g,
        hostActivity: host.getSnapshot().envelope?.view.activity?.view,
        seatActivity: seat?.getSnapshot().envelope?.view.activity?.view,
        seatIds,
      });
      const started = await host.send("activity:start", { kind, config: gen.config(ctx()) });
      expect(started.ok, `${kind} started: ${JSON.stringify(started)}`).toBe(true);
      const running = await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, `${kind} running`);
      const activityId = running.envelope!.view.activity!.id;
      for (const s of seats) await waitFor(s.conn, (x) => x.envelope?.view.activity?.id === activityId, 3000, "tablet follows");
      // Two tablets stay silent the whole time; the others answer or pass as their generator says.
      for (let step = 0; step < 40; step++) {
        if (g.chance(0.25)) {
          await host.send("activity:act", { activityId, action: gen.host(ctx()) });
        } else {
          const seat = g.pick(seats.slice(0, 4));
          await seat.conn.send("activity:act", { activityId, action: gen.seat(ctx(seat.conn)) });
        }
      }
      // Then a picture the room would really see: four answer (one of them alone), one passes.
      await scriptedPicture(kind, activityId);
      shownPictures[kind] = recorded.filter((r) => r.kind === kind && /"status":"shown"/.test(r.json)).length;
    }
    await host.send("activity:stop", { activityId: host.getSnapshot().envelope!.view.activity!.id });

    // Not vacuous: every kind was on the projector, and the kinds with a group picture showed one.
    for (const kind of ACTIVITY_KIND_NAMES) expect(recorded.some((r) => r.kind === kind), `${kind} on the projector`).toBe(true);
    for (const kind of ["checkin", "tommel", "quiz", "evaluering"]) expect(shownPictures[kind], `${kind} showed a group picture`).toBeGreaterThan(0);

    const problems = recorded.flatMap((r) => countsIn(JSON.parse(r.json), r.kind).map((p) => `${r.kind}: ${p}`));
    expect([...new Set(problems)]).toEqual([]);
  });
});
