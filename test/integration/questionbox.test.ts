/**
 * The question box and the word cloud through the real parts: a real server on
 * 127.0.0.1:0, real socket.io-client connections via the project's SDK. Each
 * test records every envelope the screen and the other tablets ever receive,
 * so "never" means never, not "not at the end".
 */
import { activityView } from "../support/views.js";
import { describe, expect, it } from "vitest";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import type { ConnectionSnapshot, RoomConnection } from "../../client/src/sdk/connection.js";
import type { QuestionboxHostView, QuestionboxScreenView, QuestionboxSeatView } from "../../shared/activities/questionbox/index.js";
import type { WordcloudHostView, WordcloudScreenView, WordcloudSeatView } from "../../shared/activities/wordcloud/index.js";
import { connect, sleep, waitFor, roomWithTablets as openRoomWithTablets, recordEnvelopes, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });


const roomWithTablets = (n: number) => openRoomWithTablets(server.url, n);

const qbHost = (s: ConnectionSnapshot<HostView>): QuestionboxHostView | null => activityView(s, "questionbox");
const qbScreen = (s: ConnectionSnapshot<ScreenView>): QuestionboxScreenView | null => activityView(s, "questionbox");
const qbSeat = (s: ConnectionSnapshot<SeatView>): QuestionboxSeatView | null => activityView(s, "questionbox");
const wcHost = (s: ConnectionSnapshot<HostView>): WordcloudHostView | null => activityView(s, "wordcloud");
const wcScreen = (s: ConnectionSnapshot<ScreenView>): WordcloudScreenView | null => activityView(s, "wordcloud");
const wcSeat = (s: ConnectionSnapshot<SeatView>): WordcloudSeatView | null => activityView(s, "wordcloud");

async function startBox(host: RoomConnection<HostView>, config: unknown = {}) {
  const started = await host.send("activity:start", { kind: "questionbox", config });
  expect(started).toMatchObject({ ok: true });
  const snap = await waitFor(host, (s) => qbHost(s) !== null, 3000, "questionbox on host");
  return snap.envelope!.view.activity!.id;
}

function roomOf(code: string) {
  return server.sammen.registry.byRoomCode(code)!.room;
}

describe("question box: who sees what", () => {
  it("a question reaches the host only; after approval the screen holds the rephrased text and nothing identifying", async () => {
    const { room, host, screen, seats } = await roomWithTablets(3);
    const activityId = await startBox(host);
    const screenLog = recordEnvelopes(screen);
    const otherLogs = [recordEnvelopes(seats[1].conn), recordEnvelopes(seats[2].conn)];

    const original = "Hvorfor drikker pappa så mye når vi er på hytta i Lom?";
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: original } })).toMatchObject({ ok: true });

    const hostSnap = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 1, 3000, "question in the host queue");
    const item = qbHost(hostSnap)!.queue[0];
    expect(item).toMatchObject({ seatId: seats[0].seatId, text: original, status: "held" });
    expect(item.flag?.categories).toContain("substance-home");
    // The host maps the seat to its avatar; the screen never can.
    expect(hostSnap.envelope!.view.seats.find((s) => s.seatId === item.seatId)?.avatar).toBe("fox-blue");

    await waitFor(seats[0].conn, (s) => qbSeat(s)?.mine[0]?.status === "sent", 3000, "own question as sent");
    await sleep(100);
    for (const log of [screenLog, ...otherLogs]) for (const json of log) expect(json).not.toContain("Lom");
    expect(qbScreen(screen.getSnapshot())!.items).toEqual([]);

    const rephrased = "Noen lurer på hvorfor noen voksne drikker for mye.";
    expect(await host.send("activity:act", { activityId, action: { type: "approve", id: item.id, text: rephrased } })).toMatchObject({
      ok: true,
    });
    const screenSnap = await waitFor(screen, (s) => (qbScreen(s)?.items.length ?? 0) === 1, 3000, "approved question on the screen");
    expect(qbScreen(screenSnap)!.items).toEqual([{ id: item.id, text: rephrased, answered: false, meToo: null }]);
    const activityJson = JSON.stringify(screenSnap.envelope!.view.activity);
    for (const s of seats) {
      expect(activityJson).not.toContain(s.seatId);
      expect(activityJson).not.toContain(s.avatar);
    }
    expect(activityJson).not.toContain(String(item.submittedAt));
    expect(activityJson).not.toMatch(/submitted|seat|avatar|flag/i);
    // Nothing the screen ever received held the child's words or the seat.
    for (const json of screenLog) {
      expect(json).not.toContain("Lom");
      for (const s of seats) expect(json).not.toContain(s.seatId);
    }
    // The other tablets see the approved (rephrased) question, and nothing of who sent it.
    const other = await waitFor(seats[1].conn, (s) => (qbSeat(s)?.group.length ?? 0) === 1, 3000, "group question on another tablet");
    expect(qbSeat(other)!.group[0]).toMatchObject({ text: rephrased, mine: false });
    for (const log of otherLogs) for (const json of log) expect(json).not.toContain(seats[0].seatId);
    // The sender sees it as theirs.
    const mine = await waitFor(seats[0].conn, (s) => qbSeat(s)?.group[0]?.mine === true, 3000, "sender sees own");
    // Truthful: the child sees its own words, told that the screen shows them in other words.
    expect(qbSeat(mine)!.mine[0]).toMatchObject({ text: original, status: "rephrased", canWithdraw: false });
    void room;
  });

  it("a tablet never reads another seat's questions; withdraw only by the owner and only while held", async () => {
    const { host, seats } = await roomWithTablets(2);
    const activityId = await startBox(host);
    const log0 = recordEnvelopes(seats[0].conn);
    const log1 = recordEnvelopes(seats[1].conn);
    await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Spørsmål fra reven" } });
    await seats[1].conn.send("activity:act", { activityId, action: { type: "ask", text: "Spørsmål fra bjørnen" } });
    const snap = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 2, 3000, "two questions");
    const fox = qbHost(snap)!.queue.find((q) => q.seatId === seats[0].seatId)!;
    const bear = qbHost(snap)!.queue.find((q) => q.seatId === seats[1].seatId)!;
    await waitFor(seats[1].conn, (s) => qbSeat(s)?.mine.length === 1);
    await sleep(50);
    for (const json of log1) {
      expect(json).not.toContain("reven");
      expect(json).not.toContain(fox.id);
    }
    for (const json of log0) {
      expect(json).not.toContain("bjørnen");
      expect(json).not.toContain(bear.id);
    }

    // Another tablet cannot withdraw it; nor can the host (it discards instead).
    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "withdraw", id: fox.id } })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await host.send("activity:act", { activityId, action: { type: "withdraw", id: fox.id } })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    // Once the host has approved it, the owner cannot take it back.
    await host.send("activity:act", { activityId, action: { type: "approve", id: fox.id } });
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "withdraw", id: fox.id } })).toMatchObject({
      ok: false,
      code: "NOT_ALLOWED",
    });
    // While held, the owner can, and it is gone from the host's queue.
    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "withdraw", id: bear.id } })).toMatchObject({ ok: true });
    const after = await waitFor(host, (s) => qbHost(s)?.queue.length === 0, 3000, "withdrawn");
    expect(JSON.stringify(after.envelope)).not.toContain("bjørnen");
    await waitFor(seats[1].conn, (s) => qbSeat(s)?.mine.length === 0, 3000, "withdrawn on the tablet");
  });

  it("'I want to talk to an adult' from inside a question box reaches only host sockets", async () => {
    const { room, host, screen, seats } = await roomWithTablets(3);
    const activityId = await startBox(host);
    const secondHost = connect<HostView>(server.url, room.hostToken);
    await waitFor(secondHost, (s) => qbHost(s) !== null, 3000, "second host console");
    const screenLog = recordEnvelopes(screen);
    const otherLogs = [recordEnvelopes(seats[1].conn), recordEnvelopes(seats[2].conn)];
    await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Kan jeg snakke med noen?" } });

    expect(await seats[0].conn.send("help:request", {})).toMatchObject({ ok: true });
    for (const h of [host, secondHost]) {
      const snap = await waitFor(h, (s) => s.envelope?.view.seats.some((x) => x.helpRequestedAt !== null) === true, 3000, "alert on host");
      expect(snap.envelope!.view.seats.filter((x) => x.helpRequestedAt !== null).map((x) => x.avatar)).toEqual(["fox-blue"]);
    }
    await waitFor(seats[0].conn, (s) => s.envelope?.view.helpPending === true, 3000, "the child's own confirmation");
    // A second press is one alert, not two.
    const again = await seats[0].conn.send("help:request", {});
    expect(again.ok && again.version).toBe(roomOf(room.code).version);
    await sleep(100);
    for (const json of [...screenLog, ...otherLogs.flat()]) {
      expect(json).not.toMatch(/helpRequestedAt|"helpPending":true/);
      expect(json).not.toContain(seats[0].seatId);
    }
    expect(JSON.stringify(screen.getSnapshot().envelope)).not.toMatch(/help/i);
    // Neither the screen nor another role can raise or resolve one.
    expect(await host.send("help:request", {})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await screen.send("help:request", {})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await seats[1].conn.send("help:resolve", { seatId: seats[0].seatId })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    // The question box itself holds no trace of it.
    expect(JSON.stringify(qbHost(host.getSnapshot()))).not.toMatch(/help/i);
    await host.send("help:resolve", { seatId: seats[0].seatId });
    await waitFor(seats[0].conn, (s) => s.envelope?.view.helpPending === false, 3000, "resolved");
  });
});

describe("question box: refusals", () => {
  it("rate limit per seat answers RATE_LIMITED and loses nothing already sent", async () => {
    const { host, seats } = await roomWithTablets(2);
    const activityId = await startBox(host);
    const acks = [];
    for (let i = 0; i < 4; i++) acks.push(await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: `Spørsmål ${i}` } }));
    expect(acks.slice(0, 3).every((a) => a.ok)).toBe(true);
    expect(acks[3]).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // Another tablet is not held back by it.
    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "ask", text: "Fra bjørnen" } })).toMatchObject({ ok: true });
    const snap = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 4, 3000, "four questions");
    expect(
      qbHost(snap)!
        .queue.filter((q) => q.seatId === seats[0].seatId)
        .map((q) => q.text)
        .sort(),
    ).toEqual(["Spørsmål 0", "Spørsmål 1", "Spørsmål 2"]);
    const own = await waitFor(seats[0].conn, (s) => qbSeat(s)?.mine.length === 3, 3000, "three on the tablet");
    expect(qbSeat(own)!.mine.every((m) => m.status === "sent")).toBe(true);
  });

  it("empty, oversize and malformed text is refused with a clear code and changes nothing", async () => {
    const { room, host, seats } = await roomWithTablets(1);
    const activityId = await startBox(host);
    const version = roomOf(room.code).version;
    const send = (action: unknown) => seats[0].conn.send("activity:act", { activityId, action });
    expect(await send({ type: "ask", text: "" })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/empty/) });
    expect(await send({ type: "ask", text: "   \n  " })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await send({ type: "ask", text: "x".repeat(281) })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/too long/) });
    expect(await send({ type: "ask", text: "hei\u0000" })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/control/) });
    expect(await send({ type: "ask", text: "x".repeat(9000) })).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    expect(await send({ type: "ask", text: ["array"] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await send({ type: "shout", text: "hei" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await send({ type: "ask", starterId: "no-such-starter", text: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await host.send("activity:act", { activityId, action: { type: "approve", id: "izzzzzzzz", text: "x".repeat(281) } })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(roomOf(room.code).version).toBe(version);
    expect(qbHost(host.getSnapshot())!.queue).toEqual([]);
    // 280 characters is fine.
    expect(await send({ type: "ask", text: "å".repeat(280) })).toMatchObject({ ok: true });
  });

  it("host actions from a tablet or the screen are refused", async () => {
    const { host, screen, seats } = await roomWithTablets(2);
    const activityId = await startBox(host);
    await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Et spørsmål" } });
    const snap = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 1);
    const id = qbHost(snap)!.queue[0].id;
    const hostActions = [
      { type: "approve", id },
      { type: "approve", id, text: "Omformulert" },
      { type: "merge", targetId: id, ids: [id] },
      { type: "markAnswered", id },
      { type: "discard", id },
      { type: "talkLater", id, note: "notat" },
      { type: "hold", id },
      { type: "reorder", ids: [id] },
      { type: "shuffle" },
      { type: "close" },
    ];
    for (const action of hostActions) {
      for (const s of seats) {
        expect(await s.conn.send("activity:act", { activityId, action }), action.type).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
      expect(await screen.send("activity:act", { activityId, action }), action.type).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await seats[0].conn.send("activity:stop", { activityId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await sleep(50);
    expect(qbHost(host.getSnapshot())!.queue).toMatchObject([{ id, status: "held" }]);
    expect(qbScreen(screen.getSnapshot())!.items).toEqual([]);
  });
});

describe("question box: moderation", () => {
  it("flagged questions sort first in the host queue; the tablet is told nothing different", async () => {
    const { host, seats } = await roomWithTablets(3);
    const activityId = await startBox(host);
    await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Hva er depresjon?" } });
    await seats[1].conn.send("activity:act", { activityId, action: { type: "ask", text: "Jeg er reeeedd for å gå hjem" } });
    await seats[2].conn.send("activity:act", { activityId, action: { type: "ask", starterId: "will-it-pass", text: "" } });
    const snap = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 3, 3000, "three questions");
    const queue = qbHost(snap)!.queue;
    expect(queue.map((q) => q.seatId)).toEqual([seats[1].seatId, seats[0].seatId, seats[2].seatId]);
    expect(queue[0].flag).toEqual({ categories: ["afraid-home"], severity: "high", suggestedAction: "talk-today-duty", matched: ["reeeedd for å gå hjem"] });
    expect(queue[2].text).toBe("Kan det gå over?");
    const flaggedTablet = await waitFor(seats[1].conn, (s) => qbSeat(s)?.mine.length === 1);
    const plainTablet = await waitFor(seats[0].conn, (s) => qbSeat(s)?.mine.length === 1);
    const strip = (v: QuestionboxSeatView) => ({ ...v, mine: v.mine.map((m) => ({ ...m, id: "", text: "" })) });
    expect(strip(qbSeat(flaggedTablet)!)).toEqual(strip(qbSeat(plainTablet)!));
    expect(JSON.stringify(flaggedTablet.envelope)).not.toMatch(/flag|afraid|talk-today/);
  });

  it("'me too' is k-safe on the screen; a report sends the question back to the host and off the screen", async () => {
    const { host, screen, seats } = await roomWithTablets(5);
    const activityId = await startBox(host);
    await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Kan det gå over?" } });
    const snap = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 1);
    const id = qbHost(snap)!.queue[0].id;
    await host.send("activity:act", { activityId, action: { type: "approve", id } });
    await waitFor(screen, (s) => qbScreen(s)?.items.length === 1, 3000, "on screen");

    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "meToo", id, on: true } })).toMatchObject({ ok: true });
    await waitFor(screen, (s) => qbScreen(s)?.items[0]?.meToo?.kind === "word", 3000, "a word under k");
    expect(qbScreen(screen.getSnapshot())!.items[0].meToo).toEqual({ kind: "word", word: "some" });
    await seats[2].conn.send("activity:act", { activityId, action: { type: "meToo", id, on: true } });
    await seats[3].conn.send("activity:act", { activityId, action: { type: "meToo", id, on: true } });
    // From k a word that says more than "noen", never the count (the screen view carries no number).
    await waitFor(screen, (s) => qbScreen(s)?.items[0]?.meToo?.word === "several", 3000, "'flere' from k");
    expect(qbScreen(screen.getSnapshot())!.items[0].meToo).toEqual({ kind: "word", word: "several" });
    // Own question: no "me too".
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "meToo", id, on: true } })).toMatchObject({
      ok: false,
      code: "NOT_ALLOWED",
    });

    expect(await seats[4].conn.send("activity:act", { activityId, action: { type: "report", id } })).toMatchObject({ ok: true });
    await waitFor(screen, (s) => qbScreen(s)?.items.length === 0, 3000, "off the screen");
    const back = await waitFor(host, (s) => qbHost(s)?.queue.length === 1, 3000, "back in the queue");
    expect(qbHost(back)!.queue[0]).toMatchObject({ id, status: "held", reported: true, reports: [seats[4].seatId] });
    await waitFor(seats[1].conn, (s) => qbSeat(s)?.group.length === 0, 3000, "off the tablets");
  });
});

describe("word cloud", () => {
  it("words wait for the host; the screen shows approved words only, once k children's words are approved", async () => {
    const { host, screen, seats } = await roomWithTablets(4);
    expect(await host.send("activity:start", { kind: "wordcloud", config: { prompt: "Hva gjør deg glad?" } })).toMatchObject({ ok: true });
    const activityId = (await waitFor(host, (s) => wcHost(s) !== null)).envelope!.view.activity!.id;
    const screenLog = recordEnvelopes(screen);
    const words = ["fotball", "Fotball", "bestemor", "tulleord"];
    for (const [i, s] of seats.entries()) {
      expect(await s.conn.send("activity:act", { activityId, action: { type: "send", word: words[i] } })).toMatchObject({ ok: true });
    }
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "send", word: "to ord" } })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "send", word: "mer" } })).toMatchObject({
      ok: false,
      code: "NOT_ALLOWED",
    });
    const snap = await waitFor(host, (s) => (wcHost(s)?.queue.length ?? 0) === 4, 3000, "four words");
    const byWord = new Map(wcHost(snap)!.queue.map((q) => [q.word, q]));
    expect(byWord.get("bestemor")!.seatId).toBe(seats[2].seatId);
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "approve", id: byWord.get("fotball")!.id } })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    for (const w of ["fotball", "Fotball"]) await host.send("activity:act", { activityId, action: { type: "approve", id: byWord.get(w)!.id } });
    await waitFor(host, (s) => wcHost(s)?.approved.length === 2);
    await sleep(50);
    expect(wcScreen(screen.getSnapshot())!.cloud).toEqual({ status: "hidden", reason: "too-few" });
    await host.send("activity:act", { activityId, action: { type: "approve", id: byWord.get("bestemor")!.id } });
    await host.send("activity:act", { activityId, action: { type: "discard", id: byWord.get("tulleord")!.id } });
    const shown = await waitFor(screen, (s) => wcScreen(s)?.cloud.status === "shown", 3000, "cloud shown");
    const cloud = wcScreen(shown)!.cloud;
    expect(cloud.status === "shown" && [...cloud.words].sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: "bestemor", size: 1 },
      { text: "fotball", size: 1 },
    ]);
    expect(wcScreen(shown)!.prompt).toBe("Hva gjør deg glad?");
    for (const json of screenLog) {
      expect(json).not.toContain("tulleord");
      for (const s of seats) expect(json).not.toContain(s.seatId);
    }
    const tablet = await waitFor(seats[3].conn, (s) => wcSeat(s)?.mine[0]?.status === "read", 3000, "discarded reads as read");
    expect(wcSeat(tablet)!.canSend).toBe(true);
  });
});
