/**
 * The question box as pure functions: config and action schemas, the reducer
 * (moderation, rate limit, merge, me too, report, withdraw) and, above all,
 * the views: the screen and the tablets never see what they may not.
 */
import { activityView } from "../support/views.js";
import { seededIds } from "../../shared/room/ids.js";
import { describe, expect, it } from "vitest";
import {
  MAX_QUESTIONS_PER_SEAT,
  meTooAmount,
  questionbox,
  type QuestionboxAction,
  type QuestionboxActionInput,
  type QuestionboxState,
  type QuestionItem,
} from "../../shared/activities/questionbox/index.js";
import { isRejection, type Rejection, type RoomCtx } from "../../shared/activities/types.js";
import { AFTER_SEND, HELP_LINES, TALK_TO_ADULT, TRUSTED_ADULT } from "../../shared/content/help-lines.js";
import { STARTERS } from "../../shared/content/starters.js";
import { seededRandom } from "../../shared/room/random.js";
import { createRoomState, type RoomState } from "../../shared/room/room.js";
import type { Actor } from "../../shared/room/types.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";

const { actOnActivity, addSeat, startActivity, hostView, screenView, seatView } = createRoomCore(activityKinds);

const SEATS = ["seatA1", "seatB2", "seatC3", "seatD4", "seatE5"];
const [A, B, C, D, E] = SEATS;
const host: Actor = { role: "host" };
const seat = (seatId: string): Actor => ({ role: "seat", seatId });

function makeCtx(over: Partial<RoomCtx> = {}): RoomCtx {
  return { seats: SEATS, ageBand: "8-10", language: "nb", k: 3, random: seededRandom(42), newId: seededIds(seededRandom(4242)), now: 1_000_000, ...over };
}

/** Like the room core: validate with the kind's schema, then reduce. */
function act(state: QuestionboxState, raw: QuestionboxActionInput | Record<string, unknown>, actor: Actor, ctx: RoomCtx): QuestionboxState | Rejection {
  const parsed = questionbox.action.safeParse(raw);
  if (!parsed.success) return { rejected: true, code: "INVALID", message: parsed.error.issues[0]?.message ?? "invalid" };
  return questionbox.reduce(state, parsed.data as QuestionboxAction, actor, ctx);
}

function ok(result: QuestionboxState | Rejection): QuestionboxState {
  if (isRejection(result)) throw new Error(`rejected: ${result.code} ${result.message}`);
  return result;
}

function start(config: unknown = undefined, ctx = makeCtx()): QuestionboxState {
  const parsed = questionbox.config.parse(config);
  return questionbox.init(parsed, ctx);
}

/** A box with one question per listed seat, sent 1 s apart. */
function withQuestions(texts: [string, string][], ctx = makeCtx()): QuestionboxState {
  let state = start(undefined, ctx);
  texts.forEach(([seatId, text], i) => {
    state = ok(act(state, { type: "ask", text }, seat(seatId), { ...ctx, now: ctx.now + i * 1000 }));
  });
  return state;
}

const idOf = (state: QuestionboxState, text: string) => state.items.find((i) => i.text === text)!.id;

describe("questionbox: config", () => {
  it("has safe defaults and refuses unknown keys", () => {
    const config = questionbox.config.parse(undefined);
    // No starter list in the config: the box takes its audience's own when it opens.
    expect(config).toEqual({ allowFreeText: true, prompt: null });
    const children = STARTERS.filter((s) => !("audience" in s)).map((s) => s.id);
    const parents = STARTERS.filter((s) => "audience" in s && s.audience === "voksne").map((s) => s.id);
    expect(children.length).toBeGreaterThan(0);
    expect(parents.length).toBeGreaterThan(0);
    expect(start().config.starters).toEqual(children);
    expect(start(undefined, makeCtx({ audience: "voksne" })).config.starters).toEqual(parents);
    // A leader's own list wins over the audience's default.
    expect(start({ starters: ["my-fault"] }, makeCtx({ audience: "voksne" })).config.starters).toEqual(["my-fault"]);
    expect(questionbox.config.safeParse({ allowFreeText: false, starters: ["my-fault"] }).success).toBe(true);
    expect(questionbox.config.safeParse({ starters: ["nope"] }).success).toBe(false);
    expect(questionbox.config.safeParse({ surprise: 1 }).success).toBe(false);
    expect(questionbox.config.safeParse({ prompt: "x".repeat(141) }).success).toBe(false);
  });
});

describe("questionbox: asking", () => {
  it("a question lands in the host queue only", () => {
    const ctx = makeCtx();
    const state = withQuestions([[A, "Hvorfor blir pappa så trøtt?"]], ctx);
    const hostV = questionbox.view.host(state, ctx);
    expect(hostV.queue).toHaveLength(1);
    expect(hostV.queue[0]).toMatchObject({ seatId: A, text: "Hvorfor blir pappa så trøtt?", status: "held", flag: null });
    expect(questionbox.view.screen(state, ctx).items).toEqual([]);
    expect(JSON.stringify(questionbox.view.screen(state, ctx))).not.toContain("trøtt");
    const mine = questionbox.view.seat(state, A, ctx);
    expect(mine.mine).toEqual([{ id: state.items[0].id, text: "Hvorfor blir pappa så trøtt?", status: "sent", canWithdraw: true }]);
    const other = JSON.stringify(questionbox.view.seat(state, B, ctx));
    expect(other).not.toContain("trøtt");
    expect(other).not.toContain(state.items[0].id);
    expect(other).not.toContain(A);
  });

  it("refuses empty, oversize and control-character text as INVALID and changes nothing", () => {
    const ctx = makeCtx();
    const state = start();
    for (const text of ["", "   ", "\n\t", "x".repeat(281), "hei\u0000du", "hei\u0007", "abc\u202Edef", "x".repeat(5000)]) {
      const result = act(state, { type: "ask", text }, seat(A), ctx);
      expect(isRejection(result) && result.code, JSON.stringify(text.slice(0, 20))).toBe("INVALID");
    }
    expect(act(state, { type: "ask" }, seat(A), ctx)).toMatchObject({ code: "INVALID" });
    expect(act(state, { type: "ask", text: 42 }, seat(A), ctx)).toMatchObject({ code: "INVALID" });
    expect(act(state, { type: "ask", text: "hei", extra: 1 }, seat(A), ctx)).toMatchObject({ code: "INVALID" });
  });

  it("accepts 280 characters after trimming, counts an emoji as one, and folds line breaks into spaces", () => {
    const ctx = makeCtx();
    let state = ok(act(start(), { type: "ask", text: `  ${"å".repeat(280)}  ` }, seat(A), ctx));
    expect(state.items[0].text).toHaveLength(280);
    state = ok(act(state, { type: "ask", text: "🙂".repeat(280) }, seat(A), ctx));
    state = ok(act(state, { type: "ask", text: "Hvorfor\nblir\r\n  mamma\tsånn?" }, seat(A), ctx));
    expect(state.items[2].text).toBe("Hvorfor blir mamma sånn?");
  });

  it("a starter sent as it is becomes its complete question, never a fragment, in every language", () => {
    for (const language of ["nb", "nn", "en"] as const) {
      for (const starter of STARTERS) {
        const box = start({ allowFreeText: false, starters: [starter.id] });
        const sent = ok(act(box, { type: "ask", starterId: starter.id, text: "" }, seat(A), makeCtx({ language })));
        const text = sent.items[0].text;
        expect(text).toBe(starter.complete[language]);
        expect(text).toMatch(/\?$/u);
        // Not the stem with a question mark glued on ("Er det min skyld at?").
        expect(text).not.toMatch(/\s(at|om|når|whether|when)\?$/u);
      }
    }
  });

  it("finishes a starter in the room's language", () => {
    const nb = ok(act(start(), { type: "ask", starterId: "my-fault", text: "pappa blir sint?" }, seat(A), makeCtx()));
    expect(nb.items[0]).toMatchObject({ text: "Er det min skyld at pappa blir sint?", starterId: "my-fault" });
    const nn = ok(act(start(), { type: "ask", starterId: "my-fault", text: "pappa blir sint?" }, seat(A), makeCtx({ language: "nn" })));
    expect(nn.items[0].text).toBe("Er det mi skuld at pappa blir sint?");
    const bare = ok(act(start(), { type: "ask", starterId: "who-can-i-talk-to", text: "" }, seat(A), makeCtx()));
    expect(bare.items[0].text).toBe("Hvem kan jeg snakke med?");
    const tooLong = act(start(), { type: "ask", starterId: "my-fault", text: "x".repeat(270) }, seat(A), makeCtx());
    expect(tooLong).toMatchObject({ code: "INVALID" });
    const notOffered = act(start({ starters: ["what-is"] }), { type: "ask", starterId: "my-fault", text: "" }, seat(A), makeCtx());
    expect(notOffered).toMatchObject({ code: "INVALID" });
  });

  it("with free text off, only starters as they are", () => {
    const state = start({ allowFreeText: false });
    expect(act(state, { type: "ask", text: "hei" }, seat(A), makeCtx())).toMatchObject({ code: "NOT_ALLOWED" });
    expect(act(state, { type: "ask", starterId: "what-is", text: "rus" }, seat(A), makeCtx())).toMatchObject({ code: "NOT_ALLOWED" });
    expect(ok(act(state, { type: "ask", starterId: "will-it-pass", text: "" }, seat(A), makeCtx())).items[0].text).toBe("Kan det gå over?");
  });

  it("only tablets ask, and not while the box is closed; pass always works", () => {
    const ctx = makeCtx();
    expect(act(start(), { type: "ask", text: "hei" }, host, ctx)).toMatchObject({ code: "FORBIDDEN" });
    const closed = ok(act(start(), { type: "close" }, host, ctx));
    expect(act(closed, { type: "ask", text: "hei" }, seat(A), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    const passed = ok(act(closed, { type: "pass" }, seat(A), ctx));
    expect(questionbox.view.seat(passed, A, ctx).passed).toBe(true);
    expect(act(passed, { type: "pass" }, seat(A), ctx)).toBe(passed); // idempotent
    expect(JSON.stringify(questionbox.view.screen(passed, ctx))).not.toMatch(/pass/i);
    const reopened = ok(act(passed, { type: "open" }, host, ctx));
    const asked = ok(act(reopened, { type: "ask", text: "Likevel et spørsmål" }, seat(A), ctx));
    expect(questionbox.view.seat(asked, A, ctx).passed).toBe(false);
  });

  it("rate limit per seat: three at once, then one per five seconds; nothing sent is lost", () => {
    const ctx = makeCtx();
    let state = start();
    for (let i = 0; i < 3; i++) state = ok(act(state, { type: "ask", text: `spørsmål ${i}` }, seat(A), ctx));
    const fourth = act(state, { type: "ask", text: "spørsmål 3" }, seat(A), { ...ctx, now: ctx.now + 1000 });
    expect(fourth).toMatchObject({ rejected: true, code: "RATE_LIMITED" });
    // Another seat is not affected.
    state = ok(act(state, { type: "ask", text: "fra B" }, seat(B), ctx));
    // After five seconds, one more.
    state = ok(act(state, { type: "ask", text: "spørsmål 3" }, seat(A), { ...ctx, now: ctx.now + 5000 }));
    expect(act(state, { type: "ask", text: "spørsmål 4" }, seat(A), { ...ctx, now: ctx.now + 5001 })).toMatchObject({ code: "RATE_LIMITED" });
    expect(
      questionbox.view
        .host(state, ctx)
        .queue.filter((q) => q.seatId === A)
        .map((q) => q.text)
        .sort(),
    ).toEqual(["spørsmål 0", "spørsmål 1", "spørsmål 2", "spørsmål 3"]);
    // A long pause refills to the burst, never beyond it.
    const later = { ...ctx, now: ctx.now + 3_600_000 };
    for (let i = 0; i < 3; i++) state = ok(act(state, { type: "ask", text: `senere ${i}` }, seat(A), later));
    expect(act(state, { type: "ask", text: "senere 3" }, seat(A), later)).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("caps the questions one seat can have in the box", () => {
    let state = start();
    for (let i = 0; i < MAX_QUESTIONS_PER_SEAT; i++) {
      state = ok(act(state, { type: "ask", text: `q${i}` }, seat(A), makeCtx({ now: 1_000_000 + i * 5000 })));
    }
    const over = act(state, { type: "ask", text: "one more" }, seat(A), makeCtx({ now: 9_000_000 }));
    expect(over).toMatchObject({ code: "NOT_ALLOWED" });
  });

  it("item ids are random, not serial", () => {
    const state = withQuestions([
      [A, "en"],
      [B, "to"],
      [C, "tre"],
    ]);
    const ids = state.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^i[a-z0-9]{10}$/);
  });
});

describe("questionbox: withdraw", () => {
  it("only the owner, only while held", () => {
    const ctx = makeCtx();
    let state = withQuestions(
      [
        [A, "mitt spørsmål"],
        [A, "et til"],
      ],
      ctx,
    );
    const id = idOf(state, "mitt spørsmål");
    expect(act(state, { type: "withdraw", id }, seat(B), ctx)).toMatchObject({ code: "FORBIDDEN" });
    expect(act(state, { type: "withdraw", id }, host, ctx)).toMatchObject({ code: "FORBIDDEN" });
    expect(act(state, { type: "withdraw", id: "izzzzzzzz" }, seat(A), ctx)).toMatchObject({ code: "STALE" });
    state = ok(act(state, { type: "approve", id }, host, ctx));
    expect(act(state, { type: "withdraw", id }, seat(A), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    const other = idOf(state, "et til");
    state = ok(act(state, { type: "withdraw", id: other }, seat(A), ctx));
    expect(state.items.map((i) => i.text)).toEqual(["mitt spørsmål"]);
    expect(JSON.stringify(questionbox.view.host(state, ctx))).not.toContain("et til");
  });
});

describe("questionbox: host moderation", () => {
  it("approve with a rephrase: the screen shows only the rephrased text, nothing about who or when", () => {
    const ctx = makeCtx();
    let state = withQuestions([[A, "Er det min skyld at pappa drikker hver dag på hytta vår i Lom?"]], ctx);
    const id = state.items[0].id;
    state = ok(act(state, { type: "approve", id, text: "Noen lurer på om det er barnets skyld når en voksen drikker." }, host, ctx));
    const screen = questionbox.view.screen(state, ctx);
    expect(screen.items).toEqual([
      { id, text: "Noen lurer på om det er barnets skyld når en voksen drikker.", answered: false, meToo: null },
    ]);
    const json = JSON.stringify(screen);
    expect(json).not.toContain(A);
    expect(json).not.toContain("Lom");
    expect(json).not.toContain(String(ctx.now));
    expect(json).not.toMatch(/seat|avatar|submitted|flag|skyld at pappa/i);
    // The host still sees the original and the seat; the child sees it as theirs.
    const hostItem = questionbox.view.host(state, ctx).shown[0];
    expect(hostItem).toMatchObject({ seatId: A, text: expect.stringContaining("Lom"), status: "approved" });
    const seatA = questionbox.view.seat(state, A, ctx);
    // Truthful: on the screen, in the leader's words.
    expect(seatA.mine[0]).toMatchObject({ status: "rephrased", canWithdraw: false });
    expect(seatA.group[0]).toMatchObject({ mine: true });
    const seatB = questionbox.view.seat(state, B, ctx);
    expect(seatB.group[0]).toMatchObject({ id, mine: false, text: expect.stringContaining("Noen lurer") });
    expect(JSON.stringify(seatB)).not.toContain(A);
  });

  it("every host action from a tablet is FORBIDDEN", () => {
    const ctx = makeCtx();
    const state = withQuestions([[A, "spørsmål"]], ctx);
    const id = state.items[0].id;
    const hostActions: QuestionboxActionInput[] = [
      { type: "approve", id },
      { type: "approve", id, text: "omformulert" },
      { type: "merge", targetId: id, ids: [id] },
      { type: "markAnswered", id },
      { type: "discard", id },
      { type: "talkLater", id, note: "snakk i pausen" },
      { type: "hold", id },
      { type: "reorder", ids: [id] },
      { type: "shuffle" },
      { type: "close" },
      { type: "open" },
    ];
    for (const action of hostActions) {
      expect(act(state, action, seat(A), ctx), action.type).toMatchObject({ code: "FORBIDDEN" });
      expect(act(state, action, seat(B), ctx), action.type).toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("mark answered needs an approved question; hold takes it off the screen", () => {
    const ctx = makeCtx();
    let state = withQuestions([[A, "spørsmål"]], ctx);
    const id = state.items[0].id;
    expect(act(state, { type: "markAnswered", id }, host, ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    state = ok(act(state, { type: "approve", id }, host, ctx));
    state = ok(act(state, { type: "markAnswered", id }, host, ctx));
    expect(questionbox.view.screen(state, ctx).items[0]).toMatchObject({ answered: true });
    expect(questionbox.view.seat(state, A, ctx).mine[0].status).toBe("answered");
    state = ok(act(state, { type: "hold", id }, host, ctx));
    expect(questionbox.view.screen(state, ctx).items).toEqual([]);
    expect(questionbox.view.host(state, ctx).queue.map((q) => q.id)).toEqual([id]);
  });

  it("talk later keeps a private note; discard and talk later read as 'read' to the child", () => {
    const ctx = makeCtx();
    let state = withQuestions(
      [
        [A, "en"],
        [B, "to"],
      ],
      ctx,
    );
    state = ok(act(state, { type: "talkLater", id: idOf(state, "en"), note: "Rev: snakk i pausen" }, host, ctx));
    state = ok(act(state, { type: "discard", id: idOf(state, "to") }, host, ctx));
    const hv = questionbox.view.host(state, ctx);
    expect(hv.later).toMatchObject([{ text: "en", note: "Rev: snakk i pausen", status: "later" }]);
    expect(hv.discarded).toMatchObject([{ text: "to", status: "discarded" }]);
    expect(hv.queue).toEqual([]);
    expect(questionbox.view.seat(state, A, ctx).mine[0].status).toBe("read");
    expect(questionbox.view.seat(state, B, ctx).mine[0].status).toBe("read");
    for (const s of SEATS) expect(JSON.stringify(questionbox.view.seat(state, s, ctx))).not.toContain("pausen");
    expect(JSON.stringify(questionbox.view.screen(state, ctx))).not.toContain("pausen");
    expect(act(state, { type: "talkLater", id: idOf(state, "en"), note: "x".repeat(281) }, host, ctx)).toMatchObject({ code: "INVALID" });
    expect(act(state, { type: "approve", id: "izzzzzzzz" }, host, ctx)).toMatchObject({ code: "STALE" });
  });

  it("the host queue puts flagged questions first by severity, then the oldest", () => {
    const ctx = makeCtx();
    const state = withQuestions(
      [
        [A, "Hva er depresjon?"],
        [B, "Er det min skyld?"],
        [C, "Jeg er redd for å gå hjem"],
        [D, "Hvorfor sover mamma så mye?"],
        [E, "Pappa slår meg"],
      ],
      ctx,
    );
    const queue = questionbox.view.host(state, ctx).queue;
    expect(queue.map((q) => q.text)).toEqual([
      "Pappa slår meg", // violence: high, and listed before afraid-home in content
      "Jeg er redd for å gå hjem", // afraid-home: high
      "Er det min skyld?", // self-blame: low, though sent before both
      "Hva er depresjon?",
      "Hvorfor sover mamma så mye?",
    ]);
    expect(queue[1].flag).toEqual({ categories: ["afraid-home"], severity: "high", suggestedAction: "talk-today-duty", matched: ["redd for å gå hjem"] });
    expect(queue[0].flag?.categories).toEqual(["violence"]);
    expect(queue[2].flag?.severity).toBe("low");
  });

  it("after a starter only the child's own words are flagged, never the starter's", () => {
    const ask = (starterId: string, text: string, language: "nb" | "nn" = "nb") =>
      ok(act(start(), { type: "ask", starterId, text }, seat(A), makeCtx({ language }))).items[0];
    // "Er det min skyld at …" is not a concern by itself, in either written form, with or without own words.
    expect(ask("my-fault", "").flag).toBeNull();
    expect(ask("my-fault", "mamma er syk").flag).toBeNull();
    expect(ask("my-fault", "mamma er sjuk", "nn").flag).toBeNull();
    // What the child adds still counts, and the item keeps the whole question.
    const item = ask("my-fault", "pappa slår meg");
    expect(item.text).toBe("Er det min skyld at pappa slår meg");
    expect(item.flag).toMatchObject({ categories: ["violence"], severity: "high", matched: ["pappa slår meg"] });
    // A free question with the same words as a starter is the child's own words, so it is flagged.
    expect(ok(act(start(), { type: "ask", text: "Er det min skyld?" }, seat(A), makeCtx())).items[0].flag?.categories).toEqual(["self-blame"]);
  });

  it("a flag changes nothing a tablet or the screen sees", () => {
    const ctx = makeCtx();
    let flagged = withQuestions([[A, "Jeg vil dø"]], ctx);
    let plain = withQuestions([[A, "Hva er rus"]], ctx);
    const shape = (s: QuestionboxState) => {
      const v = questionbox.view.seat(s, A, ctx);
      return { ...v, mine: v.mine.map((m) => ({ ...m, text: "", id: "" })) };
    };
    expect(shape(flagged)).toEqual(shape(plain));
    expect(questionbox.view.screen(flagged, ctx)).toEqual(questionbox.view.screen(plain, ctx));
    flagged = ok(act(flagged, { type: "approve", id: flagged.items[0].id, text: "Noen lurer på noe" }, host, ctx));
    plain = ok(act(plain, { type: "approve", id: plain.items[0].id, text: "Noen lurer på noe" }, host, ctx));
    expect(questionbox.view.screen(flagged, ctx).items.map((i) => i.text)).toEqual(["Noen lurer på noe"]);
    for (const s of SEATS) expect(JSON.stringify(questionbox.view.seat(flagged, s, ctx))).not.toMatch(/flag|suicide|act-today/);
  });

  it("the screen order is a seeded shuffle, stable, never the sending order; the host can reorder or reshuffle", () => {
    const ctx = makeCtx();
    const texts = Array.from({ length: 8 }, (_, i) => `spørsmål ${i}`);
    let state = withQuestions(
      texts.map((t, i) => [SEATS[i % 5], t]),
      ctx,
    );
    // Approve in sending order.
    for (const item of state.items) state = ok(act(state, { type: "approve", id: item.id }, host, { ...ctx, now: ctx.now + 60_000 }));
    const order = questionbox.view.screen(state, ctx).items.map((i) => i.text);
    expect([...order].sort()).toEqual(texts);
    expect(order).not.toEqual(texts);
    expect(questionbox.view.screen(state, ctx).items.map((i) => i.text)).toEqual(order); // stable
    // Host order.
    const wanted = [...state.items].reverse().map((i) => i.id);
    state = ok(act(state, { type: "reorder", ids: wanted }, host, ctx));
    expect(questionbox.view.screen(state, ctx).items.map((i) => i.id)).toEqual(wanted);
    expect(questionbox.view.host(state, ctx).shown.map((i) => i.id)).toEqual(wanted);
    expect(questionbox.view.seat(state, B, ctx).group.map((i) => i.id)).toEqual(wanted);
    // Reshuffle: a new seeded order.
    state = ok(act(state, { type: "shuffle" }, host, ctx));
    expect(questionbox.view.host(state, ctx).orderMode).toBe("shuffle");
    expect([...questionbox.view.screen(state, ctx).items.map((i) => i.text)].sort()).toEqual(texts);
  });

  it("merge: duplicates fold into one; their senders count as 'me too' and follow the target", () => {
    const ctx = makeCtx();
    let state = withQuestions(
      [
        [A, "Er det arvelig?"],
        [B, "kan jeg arve det?"],
        [C, "Arver man det? Jeg er redd hjemme"],
      ],
      ctx,
    );
    const [t, s1, s2] = state.items.map((i) => i.id);
    expect(act(state, { type: "merge", targetId: t, ids: [t] }, host, ctx)).toMatchObject({ code: "INVALID" });
    expect(act(state, { type: "merge", targetId: t, ids: ["izzzzzzzz"] }, host, ctx)).toMatchObject({ code: "STALE" });
    state = ok(act(state, { type: "merge", targetId: t, ids: [s1, s2] }, host, ctx));
    let hv = questionbox.view.host(state, ctx);
    expect(hv.queue.map((q) => q.id)).toEqual([t]); // flagged via the merged source
    expect(hv.queue[0].merged.map((m) => m.id)).toEqual([s1, s2]);
    expect(hv.queue[0].flag?.categories).toEqual(["afraid-home"]);
    expect(hv.queue[0].meToo).toEqual([B, C]);
    expect(act(state, { type: "approve", id: s1 }, host, ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    expect(act(state, { type: "withdraw", id: s1 }, seat(B), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    state = ok(act(state, { type: "approve", id: t, text: "Kan man arve det?" }, host, ctx));
    hv = questionbox.view.host(state, ctx);
    expect(hv.shown.map((i) => i.id)).toEqual([t]);
    expect(questionbox.view.screen(state, ctx).items).toEqual([
      { id: t, text: "Kan man arve det?", answered: false, meToo: { kind: "word", word: "some" } },
    ]);
    // Truthful: joined with the question that asks the same (never "not read yet").
    expect(questionbox.view.seat(state, B, ctx).mine[0]).toMatchObject({ id: s1, status: "merged", canWithdraw: false });
    expect(questionbox.view.seat(state, B, ctx).group[0]).toMatchObject({ id: t, mine: false, meTooByMe: true });
  });
});

describe("questionbox: me too and report", () => {
  function approvedOne(ctx = makeCtx()) {
    let state = withQuestions([[A, "Hvem kan jeg snakke med?"]], ctx);
    const id = state.items[0].id;
    state = ok(act(state, { type: "approve", id }, host, ctx));
    return { state, id };
  }

  it("'me too' is shown k-safely: a word under k, a number from k, 'many' when everyone", () => {
    const ctx = makeCtx();
    let { state, id } = approvedOne(ctx);
    const amount = () => questionbox.view.screen(state, ctx).items[0].meToo;
    expect(amount()).toBeNull();
    state = ok(act(state, { type: "meToo", id, on: true }, seat(B), ctx));
    expect(amount()).toEqual({ kind: "word", word: "some" });
    state = ok(act(state, { type: "meToo", id, on: true }, seat(C), ctx));
    expect(amount()).toEqual({ kind: "word", word: "some" });
    state = ok(act(state, { type: "meToo", id, on: true }, seat(D), ctx));
    expect(amount()).toEqual({ kind: "word", word: "several" }); // from k: a word, never the count
    state = ok(act(state, { type: "meToo", id, on: true }, seat(E), ctx));
    expect(amount()).toEqual({ kind: "word", word: "many" }); // every other child: no number
    expect(act(state, { type: "meToo", id, on: true }, seat(E), ctx)).toBe(state); // idempotent
    state = ok(act(state, { type: "meToo", id, on: false }, seat(E), ctx));
    expect(amount()).toEqual({ kind: "word", word: "several" });
    expect(questionbox.view.seat(state, B, ctx).group[0].meTooByMe).toBe(true);
    expect(questionbox.view.seat(state, E, ctx).group[0].meTooByMe).toBe(false);
    // The host's preview is exactly the screen's.
    expect(questionbox.view.host(state, ctx).shown[0].screenMeToo).toEqual(amount());
  });

  it("'everyone' means every other child present: a tablet that left does not make a number safe", () => {
    const ctx = makeCtx();
    let { state, id } = approvedOne(ctx);
    for (const s of [B, C, D]) state = ok(act(state, { type: "meToo", id, on: true }, seat(s), ctx));
    expect(questionbox.view.screen(state, ctx).items[0].meToo).toEqual({ kind: "word", word: "several" });
    const withoutE = makeCtx({ present: [A, B, C, D] });
    expect(questionbox.view.screen(state, withoutE).items[0].meToo).toEqual({ kind: "word", word: "many" });
  });

  it("meTooAmount never shows a number under k", () => {
    for (let k = 2; k <= 6; k++) {
      for (let n = 1; n <= 9; n++) {
        const seats = Array.from({ length: 10 }, (_, i) => `seat${i}xx`);
        const item: QuestionItem = {
          ...{ id: "iaaaaaaaa", text: "", starterId: null, displayText: "", submittedAt: 0, status: "approved" },
          ...{ flag: null, mergedInto: null, reports: [], reportReasons: [], reported: false, takenDown: false, note: null },
          seatId: seats[0],
          meToo: seats.slice(1, 1 + n),
        };
        const amount = meTooAmount(item, makeCtx({ seats, k }));
        if (amount?.kind === "count") expect(amount.n).toBeGreaterThanOrEqual(k);
        if (n === 9) expect(amount).toEqual({ kind: "word", word: "many" });
      }
    }
  });

  it("'me too' and report work only on questions on the screen, and not on one's own", () => {
    const ctx = makeCtx();
    let state = withQuestions([[A, "holdt"]], ctx);
    const held = state.items[0].id;
    expect(act(state, { type: "meToo", id: held, on: true }, seat(B), ctx)).toMatchObject({ code: "STALE" });
    expect(act(state, { type: "report", id: held }, seat(B), ctx)).toMatchObject({ code: "STALE" });
    state = ok(act(state, { type: "approve", id: held }, host, ctx));
    expect(act(state, { type: "meToo", id: held, on: true }, seat(A), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    expect(act(state, { type: "meToo", id: held, on: true }, host, ctx)).toMatchObject({ code: "FORBIDDEN" });
    expect(act(state, { type: "report", id: held }, host, ctx)).toMatchObject({ code: "FORBIDDEN" });
  });

  it("report sends an approved question back to the host queue and off the screen", () => {
    const ctx = makeCtx();
    let { state, id } = approvedOne(ctx);
    state = ok(act(state, { type: "report", id }, seat(C), ctx));
    expect(questionbox.view.screen(state, ctx).items).toEqual([]);
    expect(questionbox.view.seat(state, B, ctx).group).toEqual([]);
    const q = questionbox.view.host(state, ctx).queue;
    expect(q).toMatchObject([{ id, status: "held", reported: true, reports: [C] }]);
    expect(act(state, { type: "report", id }, seat(D), ctx)).toMatchObject({ code: "STALE" });
    // Re-approved: on the screen again; a new report works again.
    state = ok(act(state, { type: "approve", id }, host, ctx));
    expect(questionbox.view.host(state, ctx).shown[0].reported).toBe(false);
    state = ok(act(state, { type: "report", id }, seat(C), ctx));
    expect(questionbox.view.screen(state, ctx).items).toEqual([]);
  });
});

describe("questionbox: forgetting a seat", () => {
  it("drops its questions, its 'me too' and reports; merged questions go back to the queue, not the screen", () => {
    const ctx = makeCtx();
    let state = withQuestions(
      [
        [A, "fra A"],
        [B, "fra B"],
      ],
      ctx,
    );
    const [a, b] = state.items.map((i) => i.id);
    state = ok(act(state, { type: "merge", targetId: a, ids: [b] }, host, ctx));
    state = ok(act(state, { type: "approve", id: a }, host, ctx));
    state = ok(act(state, { type: "meToo", id: a, on: true }, seat(C), ctx));
    state = ok(act(state, { type: "pass" }, seat(A), ctx));
    state = questionbox.forgetSeat(state, A, ctx);
    expect(JSON.stringify(state)).not.toContain(A);
    expect(state.items).toHaveLength(1);
    expect(state.items[0]).toMatchObject({ id: b, status: "held", mergedInto: null });
    expect(questionbox.view.screen(state, ctx).items).toEqual([]);
    expect(questionbox.forgetSeat(state, "seatZZ", ctx)).toBe(state);
  });
});

describe("questionbox: views never leak (seeded random sessions)", () => {
  it("screen and tablets hold only what they may, after every step", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rnd = seededRandom(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
      let ctx = makeCtx({ random: seededRandom(seed * 31), now: 5_000_000 + seed });
      let state = start(undefined, ctx);
      for (let step = 0; step < 100; step++) {
        ctx = { ...ctx, now: ctx.now + 1237 };
        const ids = state.items.map((i) => i.id);
        const id = ids.length > 0 ? pick(ids) : "iaaaaaaaa";
        const who = pick(SEATS);
        const candidates: [QuestionboxActionInput, Actor][] = [
          [{ type: "ask", text: `«q${seed}-${step}-${SEATS.indexOf(who)}»` }, seat(who)],
          [{ type: "ask", starterId: "my-fault", text: `«s${seed}-${step}-${SEATS.indexOf(who)}»` }, seat(who)],
          [{ type: "pass" }, seat(who)],
          [{ type: "withdraw", id }, seat(who)],
          [{ type: "meToo", id, on: rnd() < 0.7 }, seat(who)],
          [{ type: "report", id }, seat(who)],
          [{ type: "approve", id }, host],
          [{ type: "approve", id, text: `«r${seed}-${step}»` }, host],
          [{ type: "merge", targetId: id, ids: [pick(ids.length > 0 ? ids : [id])] }, host],
          [{ type: "markAnswered", id }, host],
          [{ type: "discard", id }, host],
          [{ type: "talkLater", id, note: `«n${seed}-${step}»` }, host],
          [{ type: "hold", id }, host],
          [{ type: "shuffle" }, host],
          [{ type: "approve", id }, seat(who)],
        ];
        const [action, actor] = pick(candidates);
        const next = act(state, action, actor, ctx);
        if (isRejection(next)) {
          expect(["INVALID", "FORBIDDEN", "NOT_ALLOWED", "STALE", "RATE_LIMITED"]).toContain(next.code);
          continue;
        }
        if (rnd() < 0.03) state = questionbox.forgetSeat(next, pick(SEATS), ctx);
        else state = next;
        checkViews(state, ctx);
      }
    }
  });
});

function checkViews(state: QuestionboxState, ctx: RoomCtx) {
  const shown = state.items.filter((i) => i.mergedInto === null && (i.status === "approved" || i.status === "answered"));
  const shownIds = new Set(shown.map((i) => i.id));
  const screen = questionbox.view.screen(state, ctx);
  const screenJson = JSON.stringify(screen);
  for (const s of SEATS) expect(screenJson).not.toContain(s);
  expect(screen.items.map((i) => i.id).sort()).toEqual([...shownIds].sort());
  for (const item of screen.items) expect(Object.keys(item).sort()).toEqual(["answered", "id", "meToo", "text"]);
  for (const item of state.items) {
    expect(screenJson).not.toContain(String(item.submittedAt));
    if (item.note) expect(screenJson).not.toContain(item.note);
    // An original text reaches the screen only as the approved display text of a shown question.
    if (!shown.some((s) => s.displayText === item.text)) expect(screenJson).not.toContain(item.text);
  }
  for (const me of SEATS) {
    const view = questionbox.view.seat(state, me, ctx);
    const json = JSON.stringify(view);
    for (const other of SEATS) if (other !== me) expect(json).not.toContain(other);
    for (const item of state.items) {
      if (item.seatId === me || shownIds.has(item.id)) continue;
      expect(json).not.toContain(item.id);
      if (!shown.some((s) => s.displayText === item.text)) expect(json).not.toContain(item.text);
    }
    expect(json).not.toMatch(/flag|note|report|submitted/i);
  }
  const hostV = questionbox.view.host(state, ctx);
  const listed = [...hostV.queue, ...hostV.shown, ...hostV.later, ...hostV.discarded];
  const merged = listed.flatMap((i) => i.merged.map((m) => m.id));
  // The host sees every question exactly once, top-level or merged.
  expect([...listed.map((i) => i.id), ...merged].sort()).toEqual(state.items.map((i) => i.id).sort());
  const flags = hostV.queue.map((q) => (q.flag ? 0 : 1));
  expect(flags).toEqual([...flags].sort());
}

describe("questionbox: through the room core", () => {
  function room(): { state: RoomState; clock: { now: number; random: () => number } } {
    const clock = { now: 1_000_000, random: seededRandom(9) };
    let state = createRoomState({ id: "r1", code: "ABCD", ownerId: 1, now: clock.now });
    const avatars = ["fox-blue", "bear-green", "owl-orange", "rabbit-purple", "cat-blue"] as const;
    for (const [i, id] of SEATS.entries()) state = addSeat(state, id, avatars[i]) as RoomState;
    state = startActivity(state, "questionbox", undefined, clock) as RoomState;
    return { state, clock };
  }

  it("RATE_LIMITED passes through the room core unchanged and bumps no version", () => {
    const { state: s0, clock } = room();
    const id = s0.activity!.id;
    let state = s0;
    for (let i = 0; i < 3; i++) state = actOnActivity(state, id, { type: "ask", text: `q${i}` }, seat(A), clock) as RoomState;
    const refused = actOnActivity(state, id, { type: "ask", text: "q3" }, seat(A), clock);
    expect(refused).toMatchObject({ rejected: true, code: "RATE_LIMITED" });
    expect(state.version).toBe(s0.version + 3);
  });

  it("role views: host has the queue with seat ids; the screen and other tablets do not", () => {
    const { state: s0, clock } = room();
    const id = s0.activity!.id;
    const state = actOnActivity(s0, id, { type: "ask", text: "Jeg vil snakke om pappa" }, seat(A), clock) as RoomState;
    const links = { joinUrl: "http://x/join", screenToken: "tok" };
    const h = hostView(state, links, clock.now);
    expect(activityView(h, "questionbox")?.queue[0].seatId).toBe(A);
    expect(JSON.stringify(screenView(state, links, clock.now).activity)).not.toContain("pappa");
    expect(JSON.stringify(seatView(state, B, clock.now)!.activity)).not.toContain("pappa");
    expect(JSON.stringify(seatView(state, A, clock.now)!.activity)).toContain("pappa");
  });
});

describe("help-line content", () => {
  it("has the help lines in bokmål, nynorsk and English, with numbers as said and dialled", () => {
    const byId = new Map(HELP_LINES.map((l) => [l.id, l]));
    expect(byId.get("alarmtelefonen")).toMatchObject({ phone: "116 111", tel: "116111" });
    expect(byId.get("kors-pa-halsen")).toMatchObject({ phone: "800 333 21", tel: "80033321" });
    expect(byId.get("mental-helse")).toMatchObject({ phone: "116 123", tel: "116123", ages: "11+" });
    for (const line of HELP_LINES) {
      expect(line.tel).toBe(line.phone.replace(/\s/g, ""));
      for (const lang of ["nb", "nn", "en"] as const) {
        expect(line.name[lang].length).toBeGreaterThan(0);
        expect(line.about[lang].length).toBeGreaterThan(0);
        expect(line.when[lang].length).toBeGreaterThan(0);
      }
    }
    expect(TRUSTED_ADULT.title.nb).toMatch(/voksen du stoler på/);
  });

  it("never promises a child secrecy", () => {
    const childText = JSON.stringify([HELP_LINES, TRUSTED_ADULT, AFTER_SEND, TALK_TO_ADULT]).toLowerCase();
    for (const promise of ["ingen får vite", "ingen voksne", "hemmelig", "løyndom", "ingen andre får vite", "nobody will know", "secret"]) {
      expect(childText).not.toContain(promise);
    }
    // Honest about who can see: the grown-ups can find out which tablet.
    expect(AFTER_SEND.body.nb).toMatch(/De voksne kan se hvilket nettbrett/);
    expect(AFTER_SEND.body.nn).toMatch(/Dei vaksne kan sjå kva nettbrett/);
  });
});
