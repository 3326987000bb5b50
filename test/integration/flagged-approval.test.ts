/**
 * Two-step approval of flagged text, enforced by the server, through the real
 * parts: a real server on 127.0.0.1:0 and real socket.io-client connections.
 * For every moderated kind (question box, word cloud, the strength garden's own
 * words): a plain approve of a flagged item is refused with
 * FLAG_CONFIRM_REQUIRED and changes nothing, and the screen never holds its
 * text; a rephrase, or a confirmation naming the flag, works; an unflagged
 * item approves in one action. Also: truthful statuses on the child's tablet
 * and "Si fra" with its reason back to the queue.
 */
import { describe, expect, it } from "vitest";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import type { ConnectionSnapshot, RoomConnection } from "../../client/src/sdk/connection.js";
import type { QuestionboxHostView, QuestionboxScreenView, QuestionboxSeatView } from "../../shared/activities/questionbox/index.js";
import type { WordcloudHostView, WordcloudSeatView } from "../../shared/activities/wordcloud/index.js";
import type { StyrkehagenHostView } from "../../shared/activities/styrkehagen/index.js";
import { sleep, waitFor, roomWithTablets as openRoomWithTablets, recordEnvelopes, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });


const roomWithTablets = (n: number) => openRoomWithTablets(server.url, n);

async function start(host: RoomConnection<HostView>, kind: string, config: unknown = {}) {
  expect((await host.send("activity:start", { kind, config })).ok).toBe(true);
  return (await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, kind)).envelope!.view.activity!.id;
}

const hostActivity = <V>(s: ConnectionSnapshot<HostView>) => s.envelope?.view.activity?.view as V | undefined;

const DISCLOSURE = "pappa slår meg når han drikker";

describe("flagged text needs two steps, enforced by the server", () => {
  it("question box: plain approve refused and nothing projected; the wrong flag, or the same words, refused; rephrase or confirmation works; unflagged in one action", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    const onScreen = recordEnvelopes(screen);
    const activityId = await start(host, "questionbox");
    await waitFor(seats[0].conn, (s) => s.envelope?.view.activity?.kind === "questionbox");
    const ask = (i: number, text: string) => seats[i].conn.send("activity:act", { activityId, action: { type: "ask", text } });
    expect((await ask(0, DISCLOSURE)).ok).toBe(true);
    expect((await ask(1, "Jeg vil dø")).ok).toBe(true);
    expect((await ask(2, "Hva er angst?")).ok).toBe(true);
    const snap = await waitFor(host, (s) => hostActivity<QuestionboxHostView>(s)?.queue.length === 3, 3000, "queue of three");
    const queue = hostActivity<QuestionboxHostView>(snap)!.queue;
    const violence = queue.find((q) => q.text === DISCLOSURE)!;
    const suicide = queue.find((q) => q.text === "Jeg vil dø")!;
    const plain = queue.find((q) => q.text === "Hva er angst?")!;
    expect(violence.flag?.categories[0]).toBe("violence");
    expect(suicide.flag?.categories[0]).toBe("suicide");
    expect(plain.flag).toBeNull();

    const approve = (action: Record<string, unknown>) => host.send("activity:act", { activityId, action: { type: "approve", ...action } });
    const version = host.getSnapshot().envelope!.version;
    // One click: refused, with the new code, and nothing changed.
    expect(await approve({ id: violence.id })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    // A confirmation that names another flag is not a confirmation of this one.
    expect(await approve({ id: violence.id, confirmFlag: "self-blame" })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    // The child's words again, with other capitals and punctuation, are not a rephrase.
    expect(await approve({ id: violence.id, text: "Pappa slår meg, når han drikker!" })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    // Not a category at all: invalid.
    expect(await approve({ id: violence.id, confirmFlag: "yes" })).toMatchObject({ ok: false, code: "INVALID" });
    await sleep(100);
    expect(host.getSnapshot().envelope!.version).toBe(version);
    expect(hostActivity<QuestionboxHostView>(host.getSnapshot())!.queue).toHaveLength(3);

    // A rephrase goes up in one step; the child's words never do.
    const rephrased = "Noen lurer på hva man kan gjøre når en voksen hjemme er voldelig.";
    expect(await approve({ id: violence.id, text: rephrased })).toMatchObject({ ok: true });
    // The explicit confirmation naming the flag shows it word for word.
    expect(await approve({ id: suicide.id, confirmFlag: "suicide" })).toMatchObject({ ok: true });
    // Unflagged: one action, as before.
    expect(await approve({ id: plain.id })).toMatchObject({ ok: true });

    const shown = await waitFor(screen, (s) => (s.envelope?.view.activity?.view as QuestionboxScreenView | undefined)?.items.length === 3, 3000, "three shown");
    const texts = (shown.envelope!.view.activity!.view as QuestionboxScreenView).items.map((i) => i.text).sort();
    expect(texts).toEqual(["Hva er angst?", "Jeg vil dø", rephrased].sort());
    for (const json of onScreen) expect(json).not.toContain("slår meg");

    // The child who wrote the disclosure is told the truth: shown, in other words.
    const mine = await waitFor(seats[0].conn, (s) => (s.envelope?.view.activity?.view as QuestionboxSeatView | undefined)?.mine[0]?.status === "rephrased");
    expect((mine.envelope!.view.activity!.view as QuestionboxSeatView).mine[0].text).toBe(DISCLOSURE);
    // Taken off the screen: "Tatt av skjermen", not "not read yet". Back up again needs the same two steps.
    expect((await host.send("activity:act", { activityId, action: { type: "hold", id: suicide.id } })).ok).toBe(true);
    await waitFor(seats[1].conn, (s) => (s.envelope?.view.activity?.view as QuestionboxSeatView | undefined)?.mine[0]?.status === "takenDown", 3000, "takenDown");
    expect(await approve({ id: suicide.id })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
  });

  it("question box: a question merged with a flagged one carries the flag; the merged child is told so", async () => {
    const { host, seats } = await roomWithTablets(2);
    const activityId = await start(host, "questionbox");
    await waitFor(seats[1].conn, (s) => s.envelope?.view.activity?.kind === "questionbox");
    expect((await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Hvorfor blir voksne syke?" } })).ok).toBe(true);
    expect((await seats[1].conn.send("activity:act", { activityId, action: { type: "ask", text: "Er det min skyld at pappa drikker?" } })).ok).toBe(true);
    const snap = await waitFor(host, (s) => hostActivity<QuestionboxHostView>(s)?.queue.length === 2);
    const queue = hostActivity<QuestionboxHostView>(snap)!.queue;
    const target = queue.find((q) => q.text.startsWith("Hvorfor"))!;
    const source = queue.find((q) => q.text.startsWith("Er det"))!;
    expect(target.flag).toBeNull();
    expect(source.flag).not.toBeNull();
    expect((await host.send("activity:act", { activityId, action: { type: "merge", targetId: target.id, ids: [source.id] } })).ok).toBe(true);
    const merged = await waitFor(host, (s) => hostActivity<QuestionboxHostView>(s)?.queue.length === 1);
    const flag = hostActivity<QuestionboxHostView>(merged)!.queue[0].flag!;
    expect(flag).not.toBeNull();
    expect(await host.send("activity:act", { activityId, action: { type: "approve", id: target.id } })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    await waitFor(seats[1].conn, (s) => (s.envelope?.view.activity?.view as QuestionboxSeatView | undefined)?.mine[0]?.status === "merged", 3000, "merged");
    expect(await host.send("activity:act", { activityId, action: { type: "approve", id: target.id, confirmFlag: flag.categories[0] } })).toMatchObject({ ok: true });
  });

  it("word cloud: a flagged word needs a corrected word or the confirmation; an unflagged word goes up in one action", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    const onScreen = recordEnvelopes(screen);
    const activityId = await start(host, "wordcloud");
    await waitFor(seats[2].conn, (s) => s.envelope?.view.activity?.kind === "wordcloud");
    const send = (i: number, word: string) => seats[i].conn.send("activity:act", { activityId, action: { type: "send", word } });
    expect((await send(0, "Ola")).ok).toBe(true);
    expect((await send(1, "idiot")).ok).toBe(true);
    expect((await send(2, "fotball")).ok).toBe(true);
    const snap = await waitFor(host, (s) => hostActivity<WordcloudHostView>(s)?.queue.length === 3);
    const queue = hostActivity<WordcloudHostView>(snap)!.queue;
    const name = queue.find((w) => w.word === "Ola")!;
    const insult = queue.find((w) => w.word === "idiot")!;
    const plain = queue.find((w) => w.word === "fotball")!;
    expect(name.flag?.categories[0]).toBe("name");
    const approve = (action: Record<string, unknown>) => host.send("activity:act", { activityId, action: { type: "approve", ...action } });
    expect(await approve({ id: name.id })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    expect(await approve({ id: name.id, word: "OLA" })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    expect(await approve({ id: insult.id })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    expect(await approve({ id: name.id, word: "venner" })).toMatchObject({ ok: true });
    expect(await approve({ id: insult.id, confirmFlag: "insult" })).toMatchObject({ ok: true });
    expect(await approve({ id: plain.id })).toMatchObject({ ok: true });
    await waitFor(host, (s) => hostActivity<WordcloudHostView>(s)?.approved.length === 3);
    for (const json of onScreen) expect(json).not.toMatch(/"ola"|Ola/);
    // The child sees its word went up with another spelling; taken off, it is told so.
    await waitFor(seats[0].conn, (s) => (s.envelope?.view.activity?.view as WordcloudSeatView | undefined)?.mine[0]?.status === "rephrased");
    expect((await host.send("activity:act", { activityId, action: { type: "hold", id: plain.id } })).ok).toBe(true);
    await waitFor(seats[2].conn, (s) => (s.envelope?.view.activity?.view as WordcloudSeatView | undefined)?.mine[0]?.status === "takenDown");
  });

  it("strength garden: own words that are flagged bloom only rephrased or confirmed", async () => {
    const { host, screen, seats } = await roomWithTablets(2);
    const onScreen = recordEnvelopes(screen);
    const activityId = await start(host, "styrkehagen", { allowText: true, perSeat: 3 });
    await waitFor(seats[0].conn, (s) => s.envelope?.view.activity?.kind === "styrkehagen");
    expect((await seats[0].conn.send("activity:act", { activityId, action: { type: "write", text: "Ola var modig" } })).ok).toBe(true);
    expect((await seats[1].conn.send("activity:act", { activityId, action: { type: "write", text: "alle hjalp" } })).ok).toBe(true);
    const snap = await waitFor(host, (s) => hostActivity<StyrkehagenHostView>(s)?.queue.length === 2);
    const queue = hostActivity<StyrkehagenHostView>(snap)!.queue;
    const named = queue.find((q) => q.text === "Ola var modig")!;
    const plain = queue.find((q) => q.text === "alle hjalp")!;
    expect(named.flag).not.toBeNull();
    const approve = (action: Record<string, unknown>) => host.send("activity:act", { activityId, action: { type: "approve", ...action } });
    expect(await approve({ id: named.id })).toMatchObject({ ok: false, code: "FLAG_CONFIRM_REQUIRED" });
    expect(hostActivity<StyrkehagenHostView>(host.getSnapshot())!.count).toBe(0);
    expect(await approve({ id: plain.id })).toMatchObject({ ok: true });
    expect(await approve({ id: named.id, text: "En var modig" })).toMatchObject({ ok: true });
    await waitFor(host, (s) => hostActivity<StyrkehagenHostView>(s)?.count === 2);
    for (const json of onScreen) expect(json).not.toContain("Ola");
  });
});

describe("'Si fra' takes an item off the screen and back to the queue with the reason", () => {
  it("the reported question leaves the screen at once; the host sees why; a bad reason changes nothing", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    const activityId = await start(host, "questionbox");
    await waitFor(seats[1].conn, (s) => s.envelope?.view.activity?.kind === "questionbox");
    expect((await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Hva er angst?" } })).ok).toBe(true);
    const snap = await waitFor(host, (s) => hostActivity<QuestionboxHostView>(s)?.queue.length === 1);
    const id = hostActivity<QuestionboxHostView>(snap)!.queue[0].id;
    expect((await host.send("activity:act", { activityId, action: { type: "approve", id } })).ok).toBe(true);
    await waitFor(screen, (s) => (s.envelope?.view.activity?.view as QuestionboxScreenView | undefined)?.items.length === 1);
    const v = host.getSnapshot().envelope!.version;
    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "report", id, reason: "because" } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(host.getSnapshot().envelope!.version).toBe(v);
    expect((await seats[1].conn.send("activity:act", { activityId, action: { type: "report", id, reason: "aboutMe" } })).ok).toBe(true);
    await waitFor(screen, (s) => (s.envelope?.view.activity?.view as QuestionboxScreenView | undefined)?.items.length === 0, 3000, "off the screen");
    const back = await waitFor(host, (s) => hostActivity<QuestionboxHostView>(s)?.queue[0]?.reported === true);
    expect(hostActivity<QuestionboxHostView>(back)!.queue[0]).toMatchObject({ id, reported: true, reportReasons: ["aboutMe"] });
    // The reasons stay with the host: no tablet sees them.
    const seatJson = JSON.stringify(seats[0].conn.getSnapshot().envelope);
    expect(seatJson).not.toContain("aboutMe");
    await waitFor(seats[0].conn, (s) => (s.envelope?.view.activity?.view as QuestionboxSeatView | undefined)?.mine[0]?.status === "takenDown");
  });
});
