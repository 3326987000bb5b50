/**
 * Groups, plans and the content library over REST, through the real server
 * and a real SQLite file: built-ins are read-only and copy into editable
 * records, two leaders editing one plan get one success and one clear
 * VERSION_CONFLICT, a group is only its leaders' business, and a room opened
 * for a group carries the group's settings and its next meeting's agenda.
 */
import { describe, expect, it } from "vitest";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import type { Plan, PlanRecord, PlanSummary } from "../../shared/series/plan.js";
import type { ContentRecord, ContentSummary } from "../../shared/series/content.js";
import type { GroupRecord } from "../../shared/series/group.js";
import { BUILTIN_SERIES_IDS, ritualTemplate } from "../../shared/series/builtin-series.js";
import { ApiClient, claimSeat, connect, facilitator, openRoom, waitFor, serverPerTest } from "../support/server.js";
import type { RoomSummary } from "../../shared/protocol.js";

const server = serverPerTest();

type ApiErr = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };
type GroupOut = GroupRecord & { next: { id: string; title: string; kind: string } | null };

async function twoLeaders() {
  const a = await facilitator(server.url, "leder1");
  const created = await a.request("POST", "/api/facilitators", { username: "leder2", password: "et-annet-langt-passord" });
  expect(created.status).toBe(201);
  const b = await facilitator(server.url, "leder2", "et-annet-langt-passord");
  const ids = (await a.request<{ facilitators: { id: number; username: string }[] }>("GET", "/api/facilitators")).body.facilitators;
  return { a, b, aId: ids.find((f) => f.username === "leder1")!.id, bId: ids.find((f) => f.username === "leder2")!.id };
}

async function copySeries(api: ApiClient, lang: "nb" | "nn" = "nb"): Promise<PlanRecord> {
  const res = await api.request<PlanRecord>("POST", `/api/plans/${BUILTIN_SERIES_IDS[lang]}/copy`);
  expect(res.status).toBe(201);
  return res.body;
}

describe("plans", () => {
  it("lists the built-in series in bokmål and nynorsk; a copy is editable, the built-in is not", async () => {
    const api = await facilitator(server.url);
    const list = await api.request<{ plans: PlanSummary[] }>("GET", "/api/plans");
    expect(list.status).toBe(200);
    const builtins = list.body.plans.filter((p) => p.builtin);
    expect(builtins.map((p) => p.language).sort()).toEqual(["nb", "nn"]);
    for (const p of builtins) expect(p.meetings).toBe(14);

    const builtin = await api.request<PlanRecord>("GET", `/api/plans/${BUILTIN_SERIES_IDS.nb}`);
    const edited = { ...builtin.body.plan, title: "Endret" };
    const refused = await api.request<ApiErr>("PUT", `/api/plans/${BUILTIN_SERIES_IDS.nb}`, { version: 1, plan: edited });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("BUILTIN_READONLY");
    expect((await api.request<ApiErr>("DELETE", `/api/plans/${BUILTIN_SERIES_IDS.nb}`)).body.error.code).toBe("BUILTIN_READONLY");

    const copy = await copySeries(api);
    expect(copy.builtin).toBe(false);
    expect(copy.plan.meetings).toHaveLength(14);
    const saved = await api.request<PlanRecord>("PUT", `/api/plans/${copy.id}`, { version: copy.version, plan: edited });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, plan: { title: "Endret" } });
    // The built-in is unchanged.
    expect((await api.request<PlanRecord>("GET", `/api/plans/${BUILTIN_SERIES_IDS.nb}`)).body.plan.title).not.toBe("Endret");
  });

  it("creates a plan from the ritual template, reorders its steps, duplicates and deletes it", async () => {
    const api = await facilitator(server.url);
    const created = await api.request<PlanRecord>("POST", "/api/plans", { plan: ritualTemplate("nb") });
    expect(created.status).toBe(201);
    const kinds = created.body.plan.meetings[0].steps.map((s) => s.kind);
    expect(kinds).toEqual(["talk", "checkin", "talk", "hvahjelper", "calm", "checkin"]);

    const plan: Plan = structuredClone(created.body.plan);
    const steps = plan.meetings[0].steps;
    [steps[3], steps[4]] = [steps[4], steps[3]];
    plan.meetings.push({ ...plan.meetings[0], id: "m02", title: "Møte 2" });
    const saved = await api.request<PlanRecord>("PUT", `/api/plans/${created.body.id}`, { version: 1, plan });
    expect(saved.status).toBe(200);
    expect(saved.body.plan.meetings[0].steps.map((s) => s.kind)).toEqual(["talk", "checkin", "talk", "calm", "hvahjelper", "checkin"]);
    expect(saved.body.plan.meetings).toHaveLength(2);

    const dup = await api.request<PlanRecord>("POST", `/api/plans/${created.body.id}/copy`);
    expect(dup.status).toBe(201);
    expect(dup.body.id).not.toBe(created.body.id);
    expect(dup.body.plan.title).toBe("Ny plan (kopi)");

    expect((await api.request("DELETE", `/api/plans/${dup.body.id}`)).status).toBe(204);
    expect((await api.request<ApiErr>("GET", `/api/plans/${dup.body.id}`)).body.error.code).toBe("NOT_FOUND");
  });

  it("a step whose config its kind refuses is INVALID with the path, and nothing is saved", async () => {
    const api = await facilitator(server.url);
    const plan = ritualTemplate("nb");
    plan.meetings[0].steps.push({ kind: "quiz", title: "Quiz", config: { deck: "finnes-ikke" } });
    plan.meetings[0].steps.push({ kind: "calm", title: "Pust", config: { cycles: 99 } });
    const res = await api.request<ApiErr>("POST", "/api/plans", { plan });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("INVALID");
    const paths = res.body.error.issues!.map((i) => i.path);
    expect(paths).toContain("meetings[0].steps[6].config.deck");
    expect(paths).toContain("meetings[0].steps[7].config.cycles");
    const list = await api.request<{ plans: PlanSummary[] }>("GET", "/api/plans");
    expect(list.body.plans.filter((p) => !p.builtin)).toEqual([]);
  });

  // Two accounts (two scrypt hashes and sign-ins): a busy 2-core machine needs more than the default 20 s.
  it("two leaders editing the same plan: one edit lands, the other is refused with VERSION_CONFLICT", { timeout: 60_000 }, async () => {
    const { a, b } = await twoLeaders();
    const copy = await copySeries(a);
    const mine = { ...copy.plan, title: "Leder 1 sin" };
    const theirs = { ...copy.plan, title: "Leder 2 sin" };
    const [r1, r2] = await Promise.all([
      a.request<PlanRecord | ApiErr>("PUT", `/api/plans/${copy.id}`, { version: copy.version, plan: mine }),
      b.request<PlanRecord | ApiErr>("PUT", `/api/plans/${copy.id}`, { version: copy.version, plan: theirs }),
    ]);
    const statuses = [r1.status, r2.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = r1.status === 409 ? r1 : r2;
    const winner = r1.status === 200 ? r1 : r2;
    expect((loser.body as ApiErr).error.code).toBe("VERSION_CONFLICT");
    const now = await a.request<PlanRecord>("GET", `/api/plans/${copy.id}`);
    expect(now.body.version).toBe(2);
    expect(now.body.plan.title).toBe((winner.body as PlanRecord).plan.title);
    // The refused leader reloads and makes the edit again on the new version: both edits are kept.
    const retry = await (loser === r1 ? a : b).request<PlanRecord>("PUT", `/api/plans/${copy.id}`, {
      version: 2,
      plan: { ...now.body.plan, about: "Begge endringene er med." },
    });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ version: 3, plan: { title: now.body.plan.title, about: "Begge endringene er med." } });
  });

  it("a plan a group follows cannot be deleted", async () => {
    const api = await facilitator(server.url);
    const copy = await copySeries(api);
    await api.request("POST", "/api/groups", { group: { name: "Torsdagsgruppa", ageBand: "8-10", language: "nb", k: 3, planId: copy.id } });
    const res = await api.request<ApiErr>("DELETE", `/api/plans/${copy.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("PLAN_IN_USE");
  });

  it("needs a signed-in facilitator", async () => {
    const anon = new ApiClient(server.url);
    for (const route of ["/api/plans", "/api/groups", "/api/content", "/api/export"]) {
      const res = await anon.request<ApiErr>("GET", route);
      expect(res.status, route).toBe(401);
    }
    expect((await anon.request<ApiErr>("POST", "/api/import", { format: "sammen-export" })).status).toBe(401);
  });
});

describe("content library", () => {
  it("built-ins of every type, each readable; a built-in cannot be changed or deleted, a copy can", async () => {
    const api = await facilitator(server.url);
    const list = await api.request<{ content: ContentSummary[] }>("GET", "/api/content");
    const types = new Set(list.body.content.map((c) => c.type));
    expect([...types].sort()).toEqual(["copingCards", "detectiveClues", "feelings", "helpLines", "quizDeck", "starters", "strengths", "wordcloudPrompts"]);

    const deck = await api.request<ContentRecord>("GET", "/api/content/builtin-quiz-skyld");
    expect(deck.body.builtin).toBe(true);
    const body = deck.body.item.body as { cards: { sensitive?: boolean; explanation: Record<string, unknown> }[] };
    expect(body.cards.some((c) => c.sensitive)).toBe(true);
    expect(Object.keys(body.cards[0].explanation).sort()).toEqual(["11+", "8-10"]);

    expect((await api.request<ApiErr>("PUT", "/api/content/builtin-quiz-skyld", { version: 1, item: deck.body.item })).body.error.code).toBe("BUILTIN_READONLY");
    expect((await api.request<ApiErr>("DELETE", "/api/content/builtin-help-lines")).body.error.code).toBe("BUILTIN_READONLY");

    const copy = await api.request<ContentRecord>("POST", "/api/content/builtin-quiz-skyld/copy");
    expect(copy.status).toBe(201);
    const edited = structuredClone(copy.body.item);
    (edited.body as { cards: { statement: { nb: string } }[] }).cards[0].statement.nb = "Vår egen påstand";
    const saved = await api.request<ContentRecord>("PUT", `/api/content/${copy.body.id}`, { version: 1, item: edited });
    expect(saved.status).toBe(200);
    expect((saved.body.item.body as { cards: { statement: { nb: string } }[] }).cards[0].statement.nb).toBe("Vår egen påstand");
  });

  it("every record is checked by the activity's own schema: a card with a wrong answer id or a too long prompt is refused with its path", async () => {
    const api = await facilitator(server.url);
    const deck = await api.request<ContentRecord>("GET", "/api/content/builtin-quiz-psykisk");
    const bad = structuredClone(deck.body.item);
    (bad.body as { cards: { correct: string }[] }).cards[1].correct = "finnes-ikke";
    const res = await api.request<ApiErr>("POST", "/api/content", { item: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.issues!.some((i) => i.path.startsWith("body.cards[1]") || i.message.includes("correct"))).toBe(true);

    const prompt = await api.request<ApiErr>("POST", "/api/content", { item: { type: "wordcloudPrompts", title: "For lang", body: { prompts: ["x".repeat(141)] } } });
    expect(prompt.status).toBe(400);
    expect(prompt.body.error.issues!.map((i) => i.path)).toContain("body.prompts[0]");
    const none = await api.request<{ content: ContentSummary[] }>("GET", "/api/content");
    expect(none.body.content.filter((c) => !c.builtin)).toEqual([]);
  });

  it("a quiz deck from the library runs as a quiz step", async () => {
    const api = await facilitator(server.url);
    const deck = await api.request<ContentRecord>("GET", "/api/content/builtin-quiz-kropp");
    const plan = ritualTemplate("nb");
    plan.meetings[0].steps[3] = { kind: "quiz", title: "Vår quiz", config: { custom: deck.body.item.body } };
    expect((await api.request("POST", "/api/plans", { plan })).status).toBe(201);
  });
});

describe("groups", () => {
  it("a group is visible to its leaders only; co-leaders may edit; stale versions are refused", { timeout: 60_000 }, async () => {
    const { a, b, bId } = await twoLeaders();
    const copy = await copySeries(a);
    const created = await a.request<GroupOut>("POST", "/api/groups", {
      group: { name: "Torsdagsgruppa høst 2027", ageBand: "8-10", language: "nb", k: 3, planId: copy.id },
    });
    expect(created.status).toBe(201);
    expect(created.body.next).toMatchObject({ id: "m01-hvem-er-vi", kind: "children" });
    expect((await b.request<{ groups: GroupOut[] }>("GET", "/api/groups")).body.groups).toEqual([]);
    expect((await b.request<ApiErr>("GET", `/api/groups/${created.body.id}`)).status).toBe(404);

    const shared = await a.request<GroupOut>("PUT", `/api/groups/${created.body.id}`, {
      version: 1,
      group: { ...created.body.group, coLeaders: [bId] },
    });
    expect(shared.status).toBe(200);
    expect((await b.request<{ groups: GroupOut[] }>("GET", "/api/groups")).body.groups.map((g) => g.id)).toEqual([created.body.id]);
    const stale = await b.request<ApiErr>("PUT", `/api/groups/${created.body.id}`, { version: 1, group: { ...created.body.group, k: 4 } });
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    expect((await b.request<ApiErr>("DELETE", `/api/groups/${created.body.id}`)).body.error.code).toBe("FORBIDDEN");
  });

  it("refuses a group with unknown fields, a bad k or a missing plan", async () => {
    const api = await facilitator(server.url);
    const bad = await api.request<ApiErr>("POST", "/api/groups", { group: { name: "", ageBand: "5-7", language: "nb", k: 1, children: ["Ola"] } });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues!.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "ageBand", "k"]));
    expect(bad.body.error.issues!.some((i) => i.message.includes("children") || i.path === "children")).toBe(true);
    const noPlan = await api.request<ApiErr>("POST", "/api/groups", { group: { name: "X", ageBand: "8-10", language: "nb", k: 3, planId: "nope" } });
    expect(noPlan.status).toBe(400);
    expect((await api.request<{ groups: unknown[] }>("GET", "/api/groups")).body.groups).toEqual([]);
  });
});

describe("a room for a group's meeting", () => {
  it("POST /api/rooms with no body still opens an ad-hoc room with no agenda", async () => {
    const api = await facilitator(server.url);
    const room = await openRoom(api);
    const host = connect<HostView>(server.url, room.hostToken);
    const snap = await waitFor(host, (s) => !!s.envelope, 3000, "host view");
    expect(snap.envelope!.view.agenda).toBeNull();
    expect((await api.request<ApiErr>("POST", "/api/rooms", { groupId: 5 })).body.error.code).toBe("INVALID");
  });

  it("opens the next meeting with the group's settings; steps run; ending marks it held, and the next room opens meeting 2", async () => {
    const api = await facilitator(server.url);
    const copy = await copySeries(api, "nn");
    const group = (await api.request<GroupOut>("POST", "/api/groups", { group: { name: "Gruppa", ageBand: "11+", language: "nn", k: 4, planId: copy.id } })).body;
    const opened = await api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id });
    expect(opened.status).toBe(201);
    const host = connect<HostView>(server.url, opened.body.room.hostToken);
    const screen = connect<ScreenView>(server.url, opened.body.room.screenToken);
    const first = await waitFor(host, (s) => !!s.envelope?.view.agenda, 3000, "agenda");
    const view = first.envelope!.view;
    expect(view.settings).toEqual({ ageBand: "11+", language: "nn", k: 4 });
    expect(view.agenda).toMatchObject({ groupId: group.id, meetingId: "m01-hvem-er-vi", current: -1 });
    expect(view.agenda!.steps.map((s) => s.kind)).toEqual(["talk", "checkin", "talk", "byggsammen", "calm", "checkin"]);
    expect(view.agenda!.steps[0].note).toContain("måltid");

    const claim = await claimSeat(server.url, opened.body.room.code, "fox-blue");
    const tablet = connect<SeatView>(server.url, claim.token);
    await waitFor(tablet, (s) => !!s.envelope, 3000, "tablet view");

    expect((await host.send("agenda:goto", { index: 0, from: -1 })).ok).toBe(true);
    expect((await host.send("agenda:goto", { index: 1, from: 0 })).ok).toBe(true);
    // A second "Neste" from a console that still showed step 0 is refused, not a skipped step.
    expect(await host.send("agenda:goto", { index: 1, from: 0 })).toMatchObject({ ok: false, code: "STALE" });
    await waitFor(tablet, (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "check-in on the tablet");
    const screenSnap = await waitFor(screen, (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "check-in on the screen");
    // The agenda, its leader notes and clock are the host's only.
    const note = view.agenda!.steps[1].note!;
    expect(JSON.stringify(screenSnap.envelope)).not.toContain(note);
    expect(JSON.stringify(tablet.getSnapshot().envelope)).not.toContain(note);
    expect(JSON.stringify(screenSnap.envelope)).not.toContain("agenda");

    expect((await host.send("room:end", {})).ok).toBe(true);
    await waitFor(host, (s) => s.closed !== null, 3000, "closed");
    const after = await api.request<GroupOut>("GET", `/api/groups/${group.id}`);
    expect(after.body.held.map((h) => h.meetingId)).toEqual(["m01-hvem-er-vi"]);
    expect(after.body.next).toMatchObject({ id: "m02-folelser" });

    const second = await api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id });
    const host2 = connect<HostView>(server.url, second.body.room.hostToken);
    const snap2 = await waitFor(host2, (s) => !!s.envelope?.view.agenda, 3000, "second agenda");
    expect(snap2.envelope!.view.agenda!.meetingId).toBe("m02-folelser");
    expect(snap2.envelope!.view.agenda!.title).toBe("2. Kjensler");
  });

  it("someone else's group cannot be opened", { timeout: 60_000 }, async () => {
    const { a, b } = await twoLeaders();
    const group = (await a.request<GroupOut>("POST", "/api/groups", { group: { name: "G", ageBand: "8-10", language: "nb", k: 3 } })).body;
    const res = await b.request<ApiErr>("POST", "/api/rooms", { groupId: group.id });
    expect(res.status).toBe(404);
  });
});
