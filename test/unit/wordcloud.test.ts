/**
 * The word cloud as pure functions: one word per tablet (by default), the same
 * host moderation as the question box, and a screen that shows approved words
 * only, hidden until words from k children are approved, with sizes that only
 * ever grow from counts of k or more.
 */
import { seededIds } from "../../shared/room/ids.js";
import { describe, expect, it } from "vitest";
import {
  cloudOf,
  wordcloud,
  type WordcloudAction,
  type WordcloudActionInput,
  type WordcloudState,
} from "../../shared/activities/wordcloud/index.js";
import { isRejection, type Rejection, type RoomCtx } from "../../shared/activities/types.js";
import { seededRandom } from "../../shared/room/random.js";
import type { Actor } from "../../shared/room/types.js";

const SEATS = ["seatA1", "seatB2", "seatC3", "seatD4", "seatE5", "seatF6"];
const [A, B, C, D, E, F] = SEATS;
const host: Actor = { role: "host" };
const seat = (seatId: string): Actor => ({ role: "seat", seatId });

function makeCtx(over: Partial<RoomCtx> = {}): RoomCtx {
  return { seats: SEATS, ageBand: "8-10", language: "nb", k: 3, random: seededRandom(7), newId: seededIds(seededRandom(77)), now: 2_000_000, ...over };
}

function act(state: WordcloudState, raw: WordcloudActionInput | Record<string, unknown>, actor: Actor, ctx: RoomCtx): WordcloudState | Rejection {
  const parsed = wordcloud.action.safeParse(raw);
  if (!parsed.success) return { rejected: true, code: "INVALID", message: parsed.error.issues[0]?.message ?? "invalid" };
  return wordcloud.reduce(state, parsed.data as WordcloudAction, actor, ctx);
}

function ok(result: WordcloudState | Rejection): WordcloudState {
  if (isRejection(result)) throw new Error(`rejected: ${result.code} ${result.message}`);
  return result;
}

function start(config: unknown = undefined, ctx = makeCtx()): WordcloudState {
  return wordcloud.init(wordcloud.config.parse(config), ctx);
}

/** Each seat sends its word; the host approves them all. */
function approvedWords(words: [string, string][], ctx = makeCtx()): WordcloudState {
  let state = start(undefined, ctx);
  words.forEach(([seatId, word], i) => {
    state = ok(act(state, { type: "send", word }, seat(seatId), { ...ctx, now: ctx.now + i * 1000 }));
  });
  for (const item of state.items) state = ok(act(state, { type: "approve", id: item.id }, host, ctx));
  return state;
}

describe("wordcloud: config and words", () => {
  it("defaults to one word per tablet and no prompt", () => {
    expect(wordcloud.config.parse(undefined)).toEqual({ prompt: null, maxPerSeat: 1 });
    expect(wordcloud.config.parse({ prompt: " Hva gjør deg glad? ", maxPerSeat: 3 })).toEqual({ prompt: "Hva gjør deg glad?", maxPerSeat: 3 });
    expect(wordcloud.config.safeParse({ maxPerSeat: 0 }).success).toBe(false);
    expect(wordcloud.config.safeParse({ maxPerSeat: 6 }).success).toBe(false);
    expect(wordcloud.config.safeParse({ other: true }).success).toBe(false);
  });

  it("accepts one word of letters (and hyphens), at most 30 characters", () => {
    const ctx = makeCtx();
    for (const word of ["glad", "Fotball", "is-krem", "sjøbad", "Ærlighet", "crème", "x".repeat(30), "  venner  "]) {
      expect(isRejection(act(start(), { type: "send", word }, seat(A), ctx)), word).toBe(false);
    }
    for (const word of ["", "   ", "to ord", "glad!", "-glad", "glad-", "is--krem", "123", "x".repeat(31), "hei\u0000", "🙂", "a\nb"]) {
      expect(act(start(), { type: "send", word }, seat(A), ctx), JSON.stringify(word)).toMatchObject({ code: "INVALID" });
    }
    expect(ok(act(start(), { type: "send", word: "  venner  " }, seat(A), ctx)).items[0].word).toBe("venner");
  });
});

describe("wordcloud: sending", () => {
  it("a word waits for the host; the screen and other tablets see nothing of it", () => {
    const ctx = makeCtx();
    const state = ok(act(start(), { type: "send", word: "bestemor" }, seat(A), ctx));
    expect(wordcloud.view.host(state, ctx).queue).toMatchObject([{ seatId: A, word: "bestemor", status: "held" }]);
    expect(wordcloud.view.screen(state, ctx).cloud).toEqual({ status: "hidden", reason: "too-few" });
    expect(JSON.stringify(wordcloud.view.screen(state, ctx))).not.toContain("bestemor");
    expect(JSON.stringify(wordcloud.view.seat(state, B, ctx))).not.toContain("bestemor");
    expect(wordcloud.view.seat(state, A, ctx)).toMatchObject({ canSend: false, mine: [{ word: "bestemor", status: "sent", canWithdraw: true }] });
    expect(wordcloud.view.seat(state, B, ctx).canSend).toBe(true);
  });

  it("one word per tablet by default; withdraw frees the slot; only the owner, only while held", () => {
    const ctx = makeCtx();
    let state = ok(act(start(), { type: "send", word: "glad" }, seat(A), ctx));
    expect(act(state, { type: "send", word: "trygg" }, seat(A), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    const id = state.items[0].id;
    expect(act(state, { type: "withdraw", id }, seat(B), ctx)).toMatchObject({ code: "FORBIDDEN" });
    expect(act(state, { type: "withdraw", id }, host, ctx)).toMatchObject({ code: "FORBIDDEN" });
    state = ok(act(state, { type: "withdraw", id }, seat(A), ctx));
    expect(state.items).toEqual([]);
    state = ok(act(state, { type: "send", word: "trygg" }, seat(A), { ...ctx, now: ctx.now + 1 }));
    state = ok(act(state, { type: "approve", id: state.items[0].id }, host, ctx));
    expect(act(state, { type: "withdraw", id: state.items[0].id }, seat(A), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    // A discarded word frees the slot; it was in the cloud, so the child is told it was taken off.
    state = ok(act(state, { type: "discard", id: state.items[0].id }, host, ctx));
    expect(wordcloud.view.seat(state, A, ctx)).toMatchObject({ canSend: true, mine: [{ status: "takenDown" }] });
  });

  it("rate limit per tablet: three at once, then wait", () => {
    const ctx = makeCtx();
    let state = start({ maxPerSeat: 5 });
    for (const word of ["en", "to", "tre"]) state = ok(act(state, { type: "send", word }, seat(A), ctx));
    expect(act(state, { type: "send", word: "fire" }, seat(A), ctx)).toMatchObject({ code: "RATE_LIMITED" });
    state = ok(act(state, { type: "send", word: "fire" }, seat(A), { ...ctx, now: ctx.now + 5000 }));
    expect(state.items.map((i) => i.word)).toEqual(["en", "to", "tre", "fire"]);
  });

  it("pass always works and is never shown; closed means no new words", () => {
    const ctx = makeCtx();
    let state = ok(act(start(), { type: "close" }, host, ctx));
    expect(act(state, { type: "send", word: "glad" }, seat(A), ctx)).toMatchObject({ code: "NOT_ALLOWED" });
    state = ok(act(state, { type: "pass" }, seat(A), ctx));
    expect(wordcloud.view.seat(state, A, ctx)).toMatchObject({ passed: true, canSend: false });
    expect(wordcloud.view.host(state, ctx).passed).toEqual([A]);
    expect(JSON.stringify(wordcloud.view.screen(state, ctx))).not.toMatch(/pass/i);
  });

  it("host actions from a tablet are FORBIDDEN", () => {
    const ctx = makeCtx();
    const state = ok(act(start(), { type: "send", word: "glad" }, seat(A), ctx));
    const id = state.items[0].id;
    for (const action of [
      { type: "approve", id },
      { type: "approve", id, word: "Glede" },
      { type: "discard", id },
      { type: "hold", id },
      { type: "shuffle" },
      { type: "close" },
      { type: "open" },
    ] as WordcloudActionInput[]) {
      expect(act(state, action, seat(A), ctx), action.type).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(act(state, { type: "send", word: "glad" }, host, ctx)).toMatchObject({ code: "FORBIDDEN" });
    expect(act(state, { type: "approve", id: "izzzzzzzz" }, host, ctx)).toMatchObject({ code: "STALE" });
  });

  it("flagged words come first in the host queue, and the tablet is told nothing different", () => {
    const ctx = makeCtx();
    let state = start();
    state = ok(act(state, { type: "send", word: "fotball" }, seat(A), ctx));
    state = ok(act(state, { type: "send", word: "juling" }, seat(B), { ...ctx, now: ctx.now + 1000 }));
    state = ok(act(state, { type: "send", word: "katter" }, seat(C), { ...ctx, now: ctx.now + 2000 }));
    const queue = wordcloud.view.host(state, ctx).queue;
    expect(queue.map((q) => q.word)).toEqual(["juling", "fotball", "katter"]);
    expect(queue[0].flag).toMatchObject({ categories: ["violence"], suggestedAction: "talk-today-duty" });
    const b = wordcloud.view.seat(state, B, ctx);
    const a = wordcloud.view.seat(state, A, ctx);
    expect({ ...b, mine: b.mine.map((m) => ({ ...m, id: "", word: "" })) }).toEqual({ ...a, mine: a.mine.map((m) => ({ ...m, id: "", word: "" })) });
  });
});

describe("wordcloud: the cloud", () => {
  it("stays hidden until approved words come from k children", () => {
    const ctx = makeCtx();
    let state = approvedWords(
      [
        [A, "glad"],
        [B, "sol"],
      ],
      ctx,
    );
    expect(wordcloud.view.screen(state, ctx).cloud).toEqual({ status: "hidden", reason: "too-few" });
    state = ok(act(state, { type: "send", word: "bading" }, seat(C), ctx));
    expect(wordcloud.view.screen(state, ctx).cloud.status).toBe("hidden"); // not yet approved
    state = ok(act(state, { type: "approve", id: state.items[2].id }, host, ctx));
    const cloud = wordcloud.view.screen(state, ctx).cloud;
    expect(cloud.status === "shown" && cloud.words.map((w) => w.text).sort()).toEqual(["bading", "glad", "sol"]);
    expect(cloud.status === "shown" && cloud.words.every((w) => w.size === 1)).toBe(true);
  });

  it("a word grows only when k or more children chose it (case-insensitive)", () => {
    const ctx = makeCtx();
    const state = approvedWords(
      [
        [A, "Glad"],
        [B, "glad"],
        [C, "GLAD"],
        [D, "fotball"],
        [E, "fotball"],
        [F, "sol"],
      ],
      ctx,
    );
    const cloud = wordcloud.view.screen(state, ctx).cloud;
    expect(cloud.status).toBe("shown");
    const sizes = Object.fromEntries(cloud.status === "shown" ? cloud.words.map((w) => [w.text, w.size]) : []);
    expect(sizes).toEqual({ glad: 2, fotball: 1, sol: 1 }); // two children is under k: same size as one
    const k2 = makeCtx({ k: 2 });
    const c2 = wordcloud.view.screen(state, k2).cloud;
    expect(Object.fromEntries(c2.status === "shown" ? c2.words.map((w) => [w.text, w.size]) : [])).toEqual({ glad: 2, fotball: 2, sol: 1 });
    const many = approvedWords(SEATS.slice(0, 4).map((s) => [s, "venner"]), k2);
    const c3 = wordcloud.view.screen(many, k2).cloud;
    expect(c3.status === "shown" && c3.words).toEqual([{ text: "venner", size: 3 }]);
  });

  it("the host corrects spelling, holds or discards; the screen follows, with no ids, seats or times", () => {
    const ctx = makeCtx();
    let state = approvedWords(
      [
        [A, "fotbal"],
        [B, "sol"],
        [C, "is"],
        [D, "tull"],
        [E, "venner"],
      ],
      ctx,
    );
    const [fotbal, , is, tull] = state.items.map((i) => i.id);
    state = ok(act(state, { type: "approve", id: fotbal, word: "fotball" }, host, ctx));
    state = ok(act(state, { type: "discard", id: tull }, host, ctx));
    state = ok(act(state, { type: "hold", id: is }, host, ctx));
    const screen = wordcloud.view.screen(state, ctx);
    expect(screen.cloud.status === "shown" && screen.cloud.words.map((w) => w.text).sort()).toEqual(["fotball", "sol", "venner"]);
    expect(JSON.stringify(screen)).not.toContain('"is"');
    // Held and discarded words count out: with one more gone, fewer than k children and the cloud hides.
    const fewer = ok(act(state, { type: "hold", id: state.items[4].id }, host, ctx));
    expect(wordcloud.view.screen(fewer, ctx).cloud).toEqual({ status: "hidden", reason: "too-few" });
    const json = JSON.stringify(screen);
    for (const s of SEATS) expect(json).not.toContain(s);
    for (const item of state.items) {
      expect(json).not.toContain(item.id);
      expect(json).not.toContain(String(item.submittedAt));
    }
    expect(json).not.toContain("tull");
    expect(json).not.toContain("fotbal\"");
    expect(wordcloud.view.seat(state, A, ctx).mine[0]).toMatchObject({ word: "fotbal", status: "rephrased" });
  });

  it("the layout order is seeded and stable, not the sending order; shuffle changes it", () => {
    const ctx = makeCtx();
    const words = ["a", "b", "c", "d", "e", "f"].map((w) => `ord${w}`);
    const state = approvedWords(
      SEATS.map((s, i) => [s, words[i]]),
      ctx,
    );
    const order = (s: WordcloudState) => {
      const cloud = cloudOf(s, ctx);
      return cloud.status === "shown" ? cloud.words.map((w) => w.text) : [];
    };
    expect([...order(state)].sort()).toEqual(words);
    expect(order(state)).toEqual(order(state));
    let shuffled = state;
    for (let i = 0; i < 5 && order(shuffled).join() === order(state).join(); i++) shuffled = ok(act(shuffled, { type: "shuffle" }, host, ctx));
    expect(order(shuffled)).not.toEqual(order(state));
    const orders = new Set([order(state).join()]);
    for (let seed = 1; seed < 10; seed++) orders.add(order(approvedWords(SEATS.map((s, i) => [s, words[i]]), makeCtx({ random: seededRandom(seed) }))).join());
    expect(orders.size).toBeGreaterThan(1);
  });

  it("forgetting a seat drops its words", () => {
    const ctx = makeCtx();
    let state = approvedWords(
      [
        [A, "glad"],
        [B, "sol"],
        [C, "is"],
      ],
      ctx,
    );
    state = wordcloud.forgetSeat(state, A, ctx);
    expect(JSON.stringify(state)).not.toContain(A);
    expect(wordcloud.view.screen(state, ctx).cloud.status).toBe("hidden");
    expect(wordcloud.forgetSeat(state, "seatZZ", ctx)).toBe(state);
  });
});
