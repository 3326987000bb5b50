/**
 * The feelings quiz and the feelings detective through the real server: a real
 * server on 127.0.0.1:0, real socket.io connections via the project's SDK.
 * Checks what each role's view holds, the refusals (stale after reveal, an
 * option that is not on the card), and that switching the age band mid-card
 * keeps every answer.
 */
import { describe, expect, it } from "vitest";
import type { ConnectionSnapshot, RoomConnection } from "../../client/src/sdk/connection.js";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import { activityView } from "../support/views.js";
import { claimSeat, connect, waitFor, roomWithTablets as openRoomWithTablets, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });


const roomWithTablets = (n: number) => openRoomWithTablets(server.url, n);

const quizOf = <V extends HostView | ScreenView | SeatView>(s: ConnectionSnapshot<V>) => activityView(s, "quiz");
const detectiveOf = <V extends HostView | ScreenView | SeatView>(s: ConnectionSnapshot<V>) => activityView(s, "detective");

describe("live room: feelings quiz", () => {
  it("per-role views, stale after reveal, options off the card refused, age band switch keeps answers", async () => {
    const { host, screen, seats } = await roomWithTablets(5);
    const started = await host.send("activity:start", { kind: "quiz", config: { deck: "psykisk", cards: ["psykisk-synes", "psykisk-skyld", "psykisk-glad"] } });
    expect(started).toMatchObject({ ok: true });
    const hostSnap = await waitFor(host, (s) => quizOf(s) !== null, 3000, "quiz on host");
    const activityId = hostSnap.envelope!.view.activity!.id;
    const card = "psykisk-synes"; // "Man kan alltid se på noen at de er psykisk syke." → usant

    // Every tablet gets the same card, no answer key.
    for (const s of seats) {
      const snap = await waitFor(s.conn, (x) => quizOf(x)?.phase === "card", 3000, "card on tablet");
      const v = quizOf(snap)!;
      expect(v.phase === "card" && v.card.id).toBe(card);
      expect(JSON.stringify(v)).not.toMatch(/correct|explanation|leaderNote/);
    }

    // An option that is not on the card, or a malformed one, is refused and changes nothing.
    const versionBefore = host.getSnapshot().envelope!.version;
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", card, option: "ja" } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", card, option: 2 } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", card: "psykisk-glad", option: "sant" } })).toMatchObject({
      ok: false,
      code: "STALE",
    });
    // The screen cannot answer; a tablet cannot reveal.
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "reveal", card } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(server.sammen.registry.byRoomCode(host.view!.code)!.room.version).toBe(versionBefore);

    const actions = [
      { type: "answer", card, option: "usant" },
      { type: "answer", card, option: "usant" },
      { type: "answer", card, option: "sant" },
      { type: "dontKnow", card },
      { type: "pass", card },
    ] as const;
    const acks = await Promise.all(seats.map((s, i) => s.conn.send("activity:act", { activityId, action: actions[i] })));
    for (const ack of acks) expect(ack).toMatchObject({ ok: true });
    // A tablet may change its mind before the reveal.
    expect(await seats[2].conn.send("activity:act", { activityId, action: { type: "answer", card, option: "usant" } })).toMatchObject({ ok: true });

    // Host: each seat's answer, behind the leader's curtain in the UI.
    const hostAll = await waitFor(
      host,
      (s) => {
        const rows = quizOf(s)?.rows ?? [];
        const changed = rows.find((r) => r.seatId === seats[2].seatId)?.answer;
        return rows.every((r) => r.answer !== null) && changed?.kind === "option" && changed.option === "usant";
      },
      3000,
      "host sees all answers",
    );
    const rows = quizOf(hostAll)!.rows;
    expect(rows.find((r) => r.seatId === seats[2].seatId)?.answer).toEqual({ kind: "option", option: "usant" });
    expect(rows.find((r) => r.seatId === seats[3].seatId)?.answer).toEqual({ kind: "dontKnow" });
    expect(rows.find((r) => r.seatId === seats[4].seatId)?.answer).toEqual({ kind: "pass" });

    // Screen before reveal: the card only; no counters, no seat ids.
    const screenBefore = quizOf(screen.getSnapshot())!;
    expect(screenBefore).toMatchObject({ phase: "card", revealed: false });
    expect(JSON.stringify(screen.getSnapshot().envelope)).not.toMatch(/"picture"|"solution"|"rows"|"mine"/);

    // Switch the age band mid-card: answers are kept, only words change.
    expect((await host.send("room:configure", { ageBand: "11+" })).ok).toBe(true);
    const hostOlder = await waitFor(host, (s) => s.envelope?.view.settings.ageBand === "11+", 3000, "age band 11+");
    expect(quizOf(hostOlder)!.rows).toEqual(rows);
    const olderExplanation = quizOf(hostOlder)!.card!.explanation;
    expect(olderExplanation).toMatch(/^Det er ikke sant\. Psykisk sykdom synes ofte ikke utenpå/);
    const seat2 = await waitFor(seats[2].conn, (s) => s.envelope?.view.settings.ageBand === "11+", 3000, "tablet age band");
    expect(quizOf(seat2)).toMatchObject({ revealed: false, mine: { kind: "option", option: "usant" } });

    // Reveal: the screen shows the explanation for 11+ and a k-safe picture.
    expect((await host.send("activity:act", { activityId, action: { type: "reveal", card } })).ok).toBe(true);
    const screenAfter = await waitFor(screen, (s) => quizOf(s)?.phase === "card" && (quizOf(s) as { revealed: boolean }).revealed, 3000, "revealed on screen");
    const shown = quizOf(screenAfter)!;
    if (shown.phase !== "card" || !shown.revealed) throw new Error("expected a revealed card");
    expect(shown.solution).toEqual({ correct: "usant", explanation: olderExplanation });
    // 3 answered (all "usant"; don't-know and pass not counted): a safe unanimous right answer on an ordinary card.
    // On the projector's view: a relative size and its word, never the count 3.
    expect(shown.picture).toEqual({ status: "shown", items: [{ id: "usant", level: "bin", amount: { kind: "relative", size: 3, word: "many" } }] });
    const screenJson = JSON.stringify(screenAfter.envelope);
    for (const s of seats) expect(screenJson).not.toContain(s.seatId);
    expect(screenJson).not.toMatch(/dontKnow|"pass"|"mine"|"rows"|leaderNote/);

    // Tablets: "Her er svaret" – the answer and explanation, never their own verdict, never another seat.
    for (const [i, s] of seats.entries()) {
      const snap = await waitFor(s.conn, (x) => (quizOf(x) as { revealed?: boolean } | null)?.revealed === true, 3000, "revealed on tablet");
      const json = JSON.stringify(snap.envelope);
      for (const [j, other] of seats.entries()) if (j !== i) expect(json).not.toContain(other.seatId);
      expect(json).not.toMatch(/"mine"|feil|wrong/);
    }

    // Answering after the reveal is stale and changes nothing.
    const late = await seats[3].conn.send("activity:act", { activityId, action: { type: "answer", card, option: "sant" } });
    expect(late).toMatchObject({ ok: false, code: "STALE" });

    // Next card: a sensitive card where everyone agrees shows words, never the count.
    expect((await host.send("activity:act", { activityId, action: { type: "goto", index: 1 } })).ok).toBe(true);
    await Promise.all(seats.slice(0, 4).map((s) => s.conn.send("activity:act", { activityId, action: { type: "answer", card: "psykisk-skyld", option: "nei" } })));
    expect((await host.send("activity:act", { activityId, action: { type: "reveal", card: "psykisk-skyld" } })).ok).toBe(true);
    const sensitive = await waitFor(screen, (s) => {
      const v = quizOf(s);
      return v?.phase === "card" && v.card.id === "psykisk-skyld" && v.revealed;
    });
    const sv = quizOf(sensitive)!;
    expect(sv.phase === "card" && sv.revealed && sv.picture).toEqual({ status: "many", option: "nei", said: "chose" });
  });

  it("refuses a quiz with no deck, an unknown deck, or cards from another deck", async () => {
    const { host } = await roomWithTablets(1);
    for (const config of [undefined, {}, { deck: "tarot" }, { deck: "rus", cards: ["psykisk-hva"] }]) {
      expect(await host.send("activity:start", { kind: "quiz", config })).toMatchObject({ ok: false, code: "INVALID" });
    }
  });
});

describe("live room: feelings detective", () => {
  it("every tablet gets a clue (a late joiner too); the screen shows ideas as words only; no individual success", async () => {
    const { room, host, screen, seats } = await roomWithTablets(4);
    expect((await host.send("activity:start", { kind: "detective", config: { puzzles: ["redd"] } })).ok).toBe(true);
    const hostSnap = await waitFor(host, (s) => detectiveOf(s) !== null, 3000, "detective on host");
    const activityId = hostSnap.envelope!.view.activity!.id;

    const clues: string[] = [];
    for (const s of seats) {
      const snap = await waitFor(s.conn, (x) => detectiveOf(x)?.phase === "guessing", 3000, "clue on tablet");
      const v = detectiveOf(snap)!;
      if (v.phase !== "guessing") throw new Error("expected guessing");
      clues.push(v.clue.text);
      expect(JSON.stringify(v)).not.toContain("redd"); // the hidden feeling is not on the tablet
    }
    expect(new Set(clues).size).toBe(4);

    // A tablet that joins mid-round gets its own, unused clue at once.
    const claim = await claimSeat(server.url, room.code, "lion-orange");
    const late = connect<SeatView>(server.url, claim.token);
    const lateSnap = await waitFor(late, (x) => detectiveOf(x)?.phase === "guessing", 3000, "clue for the late joiner");
    const lateView = detectiveOf(lateSnap)!;
    if (lateView.phase !== "guessing") throw new Error("expected guessing");
    expect(clues).not.toContain(lateView.clue.text);

    const proposals = ["redd", "redd", "bekymret", "redd"] as const;
    for (const [i, s] of seats.entries()) {
      expect(await s.conn.send("activity:act", { activityId, action: { type: "propose", round: 0, feeling: proposals[i] } })).toMatchObject({ ok: true });
    }
    expect(await late.send("activity:act", { activityId, action: { type: "pass", round: 0 } })).toMatchObject({ ok: true });
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "propose", round: 1, feeling: "glad" } })).toMatchObject({
      ok: false,
      code: "STALE",
    });
    expect(JSON.stringify(screen.getSnapshot().envelope)).not.toMatch(/redd|bekymret/);

    expect((await host.send("activity:act", { activityId, action: { type: "showIdeas", round: 0 } })).ok).toBe(true);
    const ideas = await waitFor(screen, (s) => detectiveOf(s)?.phase === "ideas", 3000, "ideas on screen");
    const iv = detectiveOf(ideas)!;
    expect(iv.phase === "ideas" && iv.ideas).toEqual({
      status: "shown",
      // "bekymret" came from one tablet: under k, so not on the projector (every word list obeys k).
      words: [{ id: "redd", many: true }],
    });
    const ideasJson = JSON.stringify(ideas.envelope);
    for (const s of [...seats.map((x) => x.seatId), claim.seatId]) expect(ideasJson).not.toContain(s);
    expect(ideasJson).not.toMatch(/"n":|"pass"/);

    expect((await host.send("activity:act", { activityId, action: { type: "choose", round: 0, feeling: "redd" } })).ok).toBe(true);
    expect((await host.send("activity:act", { activityId, action: { type: "reveal", round: 0 } })).ok).toBe(true);
    const solved = await waitFor(seats[2].conn, (x) => detectiveOf(x)?.phase === "solved", 3000, "solved on tablet");
    const sv = detectiveOf(solved)!;
    expect(sv).toMatchObject({ phase: "solved", feeling: "redd" });
    expect(JSON.stringify(sv)).not.toMatch(/bekymret|"mine"/);
    const screenSolved = await waitFor(screen, (s) => detectiveOf(s)?.phase === "solved", 3000, "solved on screen");
    expect(detectiveOf(screenSolved)).toMatchObject({ phase: "solved", feeling: "redd", groupAnswer: "redd" });
  });
});
