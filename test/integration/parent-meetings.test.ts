/**
 * Parent meetings through the real parts (a real server on 127.0.0.1:0, a real
 * SQLite file, real socket.io-client connections via the SDK): a room opened
 * for adults carries its audience in every role's view and in the join status;
 * a children's room is exactly as before; a group's parent meeting opens as an
 * adult room by itself; a bad audience is refused with a clear error and
 * changes nothing; children's games do not start in an adult room; flagging
 * and the help button work there as everywhere (docs/series.md, "Foreldremøter").
 */
import { describe, expect, it } from "vitest";
import type { HostView, JoinStatus, RoomSummary, ScreenView, SeatView } from "../../shared/protocol.js";
import type { QuestionboxHostView, QuestionboxSeatView } from "../../shared/activities/questionbox/index.js";
import type { QuizScreenView, QuizSeatView } from "../../shared/activities/quiz/index.js";
import { findQuizDeck } from "../../shared/content/quiz-decks.js";
import { BUILTIN_SERIES_IDS, ritualTemplate } from "../../shared/series/builtin-series.js";
import type { PlanSummary } from "../../shared/series/plan.js";
import { ApiClient, claimSeat, connect, facilitator, waitFor, serverPerTest } from "../support/server.js";

const server = serverPerTest();

type ApiErr = { error: { code: string; message: string } };

async function open(api: ApiClient, body?: unknown): Promise<RoomSummary> {
  const res = await api.request<{ room: RoomSummary }>("POST", "/api/rooms", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.room;
}

async function joined(room: RoomSummary, avatars: string[]) {
  const host = connect<HostView>(server.url, room.hostToken);
  const screen = connect<ScreenView>(server.url, room.screenToken);
  const seats = [];
  for (const avatar of avatars) {
    const claim = await claimSeat(server.url, room.code, avatar);
    seats.push({ seatId: claim.seatId, conn: connect<SeatView>(server.url, claim.token) });
  }
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === avatars.length, 3000, "seats present");
  await waitFor(screen, (s) => !!s.envelope, 3000, "screen view");
  return { host, screen, seats };
}

describe("parent meetings: the room's audience", () => {
  it("an adult room carries audience 'voksne' to the host, the projector, every tablet and the join status", async () => {
    const api = await facilitator(server.url);
    const room = await open(api, { audience: "voksne" });
    const status = (await new ApiClient(server.url).request<JoinStatus>("GET", `/api/join/${room.code}`)).body;
    expect(status).toMatchObject({ audience: "voksne", ageBand: "11+" });
    const { host, screen, seats } = await joined(room, ["fox-blue", "owl-green"]);
    for (const conn of [host, screen, ...seats.map((s) => s.conn)]) {
      expect(conn.getSnapshot().envelope!.view.settings).toMatchObject({ audience: "voksne", ageBand: "11+" });
    }
  });

  it("a children's room is unchanged: no audience in its settings, 'barn' in the join status", async () => {
    const api = await facilitator(server.url);
    const room = await open(api);
    const status = (await new ApiClient(server.url).request<JoinStatus>("GET", `/api/join/${room.code}`)).body;
    expect(status.audience).toBe("barn");
    const { host, screen, seats } = await joined(room, ["fox-blue"]);
    for (const conn of [host, screen, seats[0].conn]) {
      expect(conn.getSnapshot().envelope!.view.settings).toEqual({ k: 3, ageBand: "8-10", language: "nb", readAloud: false });
    }
    // The children's games run as always.
    expect(await host.send("activity:start", { kind: "ballongen" })).toMatchObject({ ok: true });
  });

  it("a group's parent meeting opens as an adult room by itself; its children's meetings do not", async () => {
    const api = await facilitator(server.url);
    const group = (
      await api.request<{ id: string }>("POST", "/api/groups", { group: { name: "Torsdag", ageBand: "8-10", language: "nb", k: 3, planId: BUILTIN_SERIES_IDS.nb } })
    ).body;
    const parents = await open(api, { groupId: group.id, meetingId: "f1-foreldremote" });
    const host = connect<HostView>(server.url, parents.hostToken);
    const view = (await waitFor(host, (s) => !!s.envelope?.view.agenda, 3000, "agenda")).envelope!.view;
    expect(view.settings).toMatchObject({ audience: "voksne", ageBand: "11+", language: "nb", k: 3 });
    expect(view.agenda).toMatchObject({ meetingId: "f1-foreldremote" });
    expect(view.agenda!.steps.map((s) => s.kind)).toContain("quiz");

    const children = await open(api, { groupId: group.id, meetingId: "m01-hvem-er-vi" });
    const host2 = connect<HostView>(server.url, children.hostToken);
    const view2 = (await waitFor(host2, (s) => !!s.envelope?.view.agenda, 3000, "agenda")).envelope!.view;
    expect(view2.settings).toEqual({ ageBand: "8-10", language: "nb", k: 3 });
  });

  it("refuses a bad audience with INVALID and a message naming it, and opens no room", async () => {
    const api = await facilitator(server.url);
    for (const audience of ["teens", "VOKSNE", 5, null, ["voksne"]]) {
      const res = await api.request<ApiErr>("POST", "/api/rooms", { audience });
      expect(res.status, String(audience)).toBe(400);
      expect(res.body.error.code).toBe("INVALID");
      expect(res.body.error.message).toMatch(/audience must be one of "barn", "voksne"/);
    }
    expect((await api.request<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).body.rooms).toEqual([]);
    expect(server.sammen.registry.stats().rooms).toBe(0);
  });

  it("the audience cannot be changed in a live room: room:configure with it is INVALID and changes nothing", async () => {
    const api = await facilitator(server.url);
    const { host } = await joined(await open(api), []);
    const before = host.getSnapshot().envelope!.view;
    const ack = await host.send("room:configure", { audience: "voksne" } as never);
    expect(ack).toMatchObject({ ok: false, code: "INVALID" });
    const after = (await waitFor(host, (s) => !!s.envelope, 1000)).envelope!.view;
    expect(after.version).toBe(before.version);
    expect(after.settings).toEqual(before.settings);
  });
});

describe("parent meetings: plans", () => {
  it("a parent meeting with a children's game is INVALID with the step's path, and nothing is saved", async () => {
    const api = await facilitator(server.url);
    const plan = ritualTemplate("nb");
    plan.meetings.push({
      id: "foreldre",
      kind: "parents",
      title: "Foreldremøte",
      steps: [
        { kind: "talk", title: "Velkommen" },
        { kind: "quiz", title: "Quiz", config: { deck: "foreldre" } },
        { kind: "ballongen", title: "Ballongen" },
      ],
    });
    const res = await api.request<ApiErr & { error: { issues?: { path: string; message: string }[] } }>("POST", "/api/plans", { plan });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("INVALID");
    expect(res.body.error.issues).toEqual([{ path: "meetings[1].steps[2].kind", message: expect.stringMatching(/made for children/) }]);
    const list = await api.request<{ plans: PlanSummary[] }>("GET", "/api/plans");
    expect(list.body.plans.filter((p) => !p.builtin)).toEqual([]);

    // The same meeting without the game is saved.
    plan.meetings[1].steps.pop();
    expect((await api.request("POST", "/api/plans", { plan })).status).toBe(201);
  });
});

describe("parent meetings: activities in an adult room", () => {
  it("children's games are refused with NOT_ALLOWED and nothing changes", async () => {
    const api = await facilitator(server.url);
    const { host } = await joined(await open(api, { audience: "voksne" }), ["fox-blue"]);
    const before = host.getSnapshot().envelope!.view;
    for (const kind of ["ballongen", "byggsammen", "styrkehagen", "hvahjelper", "detective", "checkin"]) {
      const ack = await host.send("activity:start", { kind });
      expect(ack, kind).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
      if (!ack.ok) expect(ack.message).toMatch(/made for children/);
    }
    expect(host.getSnapshot().envelope!.view.version).toBe(before.version);
    expect(host.getSnapshot().envelope!.view.activity).toBeNull();
  });

  it("the question box offers the parents' starters; a flagged question reaches the strip and the help alert reaches the host", async () => {
    const api = await facilitator(server.url);
    const { host, seats } = await joined(await open(api, { audience: "voksne" }), ["fox-blue", "owl-green", "bear-orange"]);
    expect(await host.send("activity:start", { kind: "questionbox" })).toMatchObject({ ok: true });
    const seatSnap = await waitFor(seats[0].conn, (s) => s.envelope?.view.activity?.kind === "questionbox", 3000, "box on tablet");
    const seatView = seatSnap.envelope!.view.activity!.view as QuestionboxSeatView;
    expect(seatView.starters).toContain("parent-how-to-tell");
    expect(seatView.starters).not.toContain("my-fault");
    const activityId = seatSnap.envelope!.view.activity!.id;

    // A parents' starter sent as it is becomes its complete question.
    expect(await seats[0].conn.send("activity:act", { activityId, action: { type: "ask", starterId: "parent-how-to-tell", text: "" } })).toMatchObject({ ok: true });
    // A children's starter is not offered here.
    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "ask", starterId: "my-fault", text: "" } })).toMatchObject({ ok: false, code: "INVALID" });
    // Flagging works as in any room.
    expect(await seats[1].conn.send("activity:act", { activityId, action: { type: "ask", text: "Er det min skyld at pappa drikker?" } })).toMatchObject({ ok: true });
    const hostSnap = await waitFor(host, (s) => (s.envelope?.view.activity?.view as QuestionboxHostView | undefined)?.queue.length === 2, 3000, "queue");
    const queue = (hostSnap.envelope!.view.activity!.view as QuestionboxHostView).queue;
    expect(queue.map((q) => q.text)).toContain("Hvordan kan jeg snakke med barnet mitt om sykdommen?");
    expect(queue.find((q) => q.text.startsWith("Er det"))!.flag).not.toBeNull();
    await waitFor(host, (s) => s.envelope!.view.safeguarding.some((i) => i.source === "flagged"), 3000, "flag on the strip");

    expect(await seats[2].conn.send("help:request", {})).toMatchObject({ ok: true });
    await waitFor(host, (s) => s.envelope!.view.seats.find((x) => x.seatId === seats[2].seatId)?.helpRequestedAt !== null, 3000, "help alert");
    await waitFor(seats[2].conn, (s) => s.envelope?.view.helpPending === true, 3000, "help pending on the tablet");
  });

  it("the parents' quiz deck runs; the projector shows the fuller explanation", async () => {
    const api = await facilitator(server.url);
    const { host, screen, seats } = await joined(await open(api, { audience: "voksne" }), ["fox-blue", "owl-green", "bear-orange"]);
    expect(await host.send("activity:start", { kind: "quiz", config: { deck: "foreldre" } })).toMatchObject({ ok: true });
    const deck = findQuizDeck("foreldre")!;
    const first = deck.cards[0];
    const seatSnap = await waitFor(seats[0].conn, (s) => s.envelope?.view.activity?.kind === "quiz", 3000, "quiz on tablet");
    const seatView = seatSnap.envelope!.view.activity!.view as QuizSeatView;
    expect(seatView).toMatchObject({ phase: "card" });
    expect(seatView.phase === "card" && seatView.card.statement).toBe(first.statement.nb);
    const activityId = seatSnap.envelope!.view.activity!.id;
    for (const s of seats) expect(await s.conn.send("activity:act", { activityId, action: { type: "answer", card: first.id, option: "myte" } })).toMatchObject({ ok: true });
    expect(await host.send("activity:act", { activityId, action: { type: "reveal", card: first.id } })).toMatchObject({ ok: true });
    const revealed = (v: QuizScreenView | undefined) => (v?.phase === "card" && v.revealed ? v : null);
    const shown = await waitFor(screen, (s) => revealed(s.envelope?.view.activity?.view as QuizScreenView | undefined) !== null, 3000, "revealed");
    const screenView = revealed(shown.envelope!.view.activity!.view as QuizScreenView)!;
    expect(screenView.solution.explanation).toBe(first.explanation["11+"].nb);
    expect(screenView.solution.explanation).not.toBe(first.explanation["8-10"].nb);
  });
});
