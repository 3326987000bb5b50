/**
 * The feelings quiz (shared/activities/quiz): config and action schemas, the
 * pure reducer (who may do what, when a card closes), every role's view, and
 * the built-in decks in shared/content/quiz-decks.ts.
 */
import { seededRandom } from "../../shared/room/random.js";
import { seededIds } from "../../shared/room/ids.js";
import { describe, expect, it } from "vitest";
import {
  quiz,
  quizActionSchema,
  quizCardSchema,
  quizConfigSchema,
  type QuizAction,
  type QuizHostView,
  type QuizScreenView,
  type QuizSeatView,
  type QuizState,
} from "../../shared/activities/quiz/index.js";
import { findActivityKind } from "../../shared/activities/registry.js";
import { isRejection, type RoomCtx } from "../../shared/activities/types.js";
import { QUIZ_DECKS, findQuizDeck, type QuizCard } from "../../shared/content/quiz-decks.js";
import type { Actor } from "../../shared/room/types.js";

const SEATS = ["seat-aaaa", "seat-bbbb", "seat-cccc", "seat-dddd", "seat-eeee"];
const ctx = (over: Partial<RoomCtx> = {}): RoomCtx => ({
  seats: SEATS,
  ageBand: "8-10",
  language: "nb",
  k: 3,
  random: () => 0.5,
  newId: seededIds(seededRandom(99)),
  now: 1_000,
  ...over,
});
const HOST: Actor = { role: "host" };
const seat = (i: number): Actor => ({ role: "seat", seatId: SEATS[i] });

function fresh(config: unknown = { deck: "skyld", cards: ["skyld-barnet", "skyld-alene", "skyld-dag"] }): QuizState {
  return quiz.init(quizConfigSchema.parse(config), ctx());
}
function act(state: QuizState, action: QuizAction, actor: Actor, c = ctx()): QuizState {
  const next = quiz.reduce(state, action, actor, c);
  if (isRejection(next)) throw new Error(`unexpected rejection ${next.code}: ${next.message}`);
  return next;
}
function refusal(state: QuizState, action: QuizAction, actor: Actor) {
  const next = quiz.reduce(state, action, actor, ctx());
  return isRejection(next) ? next.code : "accepted";
}
const screenOf = (s: QuizState, c = ctx()) => quiz.view.screen(s, c);
const seatOf = (s: QuizState, i: number, c = ctx()) => quiz.view.seat(s, SEATS[i], c);
const hostOf = (s: QuizState, c = ctx()) => quiz.view.host(s, c);

function cardView<V extends QuizScreenView | QuizSeatView>(v: V): Extract<V, { phase: "card" }> {
  if (v.phase !== "card") throw new Error("expected a card view");
  return v as Extract<V, { phase: "card" }>;
}

/** Everyone answers card 0 of the default 3-card quiz ("Er det barnets skyld …?", right: nei). */
function answered(): QuizState {
  let s = fresh();
  s = act(s, { type: "answer", card: "skyld-barnet", option: "nei" }, seat(0));
  s = act(s, { type: "answer", card: "skyld-barnet", option: "nei" }, seat(1));
  s = act(s, { type: "answer", card: "skyld-barnet", option: "ja" }, seat(2));
  s = act(s, { type: "dontKnow", card: "skyld-barnet" }, seat(3));
  s = act(s, { type: "pass", card: "skyld-barnet" }, seat(4));
  return s;
}

describe("quiz: config", () => {
  it("is registered, and needs a deck: starting a quiz with no config is refused", () => {
    expect(findActivityKind("quiz")).toBe(quiz);
    expect(quizConfigSchema.safeParse(undefined).success).toBe(false);
    expect(quizConfigSchema.safeParse({}).success).toBe(false);
  });

  it("takes a built-in deck, optionally a subset of its cards in order", () => {
    expect(fresh({ deck: "psykisk" }).cards.map((c) => c.id)).toEqual(findQuizDeck("psykisk")!.cards.map((c) => c.id));
    expect(fresh({ deck: "rus", cards: ["rus-hjelp", "rus-hva"] }).cards.map((c) => c.id)).toEqual(["rus-hjelp", "rus-hva"]);
    for (const bad of [
      { deck: "tarot" },
      { deck: "rus", cards: ["psykisk-hva"] },
      { deck: "rus", cards: ["rus-hva", "rus-hva"] },
      { deck: "rus", cards: [] },
      { deck: "rus", extra: 1 },
      { deck: "rus", custom: { title: { nb: "x" }, cards: [] } },
    ]) {
      expect(quizConfigSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("takes a plan's own cards, checked like the built-in ones", () => {
    const own: QuizCard = {
      id: "egen-1",
      statement: { nb: "Alle følelser er lov." },
      options: [
        { id: "sant", text: { nb: "Sant" } },
        { id: "usant", text: { nb: "Ikke sant" } },
      ],
      correct: "sant",
      explanation: { "8-10": { nb: "Ja!" }, "11+": { nb: "Ja, alle." } },
      leaderNote: { nb: "Snakk om det." },
    };
    const state = fresh({ custom: { title: { nb: "Vår quiz" }, cards: [own] } });
    expect(state.cards).toEqual([own]);
    const broken = [
      { ...own, correct: "kanskje" },
      { ...own, options: [own.options[0]] },
      { ...own, options: [...own.options, ...own.options.map((o) => ({ ...o, id: `${o.id}2` })), { id: "e", text: { nb: "E" } }] },
      { ...own, options: [own.options[0], { id: "pass", text: { nb: "Pass" } }] },
      { ...own, options: [own.options[0], own.options[0]] },
      { ...own, id: "Has Spaces" },
      { ...own, statement: { nb: "" } },
      { ...own, statement: { nb: "x".repeat(601) } },
      { ...own, explanation: { "8-10": { nb: "Ja" } } },
      { ...own, leaderNote: undefined },
      { ...own, score: 10 },
    ];
    for (const card of broken) expect(quizCardSchema.safeParse(card).success, JSON.stringify(card).slice(0, 120)).toBe(false);
    expect(quizConfigSchema.safeParse({ custom: { title: { nb: "To like" }, cards: [own, own] } }).success).toBe(false);
  });
});

describe("quiz: actions", () => {
  it("the action schema refuses malformed intents", () => {
    expect(quizActionSchema.safeParse({ type: "answer", card: "skyld-barnet", option: "nei" }).success).toBe(true);
    for (const bad of [
      { type: "answer", card: "skyld-barnet", option: 1 },
      { type: "answer", card: "skyld-barnet" },
      { type: "answer", option: "nei" },
      { type: "answer", card: "skyld-barnet", option: "../nei" },
      { type: "answer", card: "skyld-barnet", option: "nei", score: 1 },
      { type: "pass" },
      { type: "reveal" },
      { type: "goto", index: -1 },
      { type: "goto", index: 1.5 },
      { type: "goto", index: 31 },
      { type: "goto" },
      { type: "next" },
      { type: "timer", seconds: 30 },
      null,
      "pass",
    ]) {
      expect(quizActionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("a tablet answers privately and may change its answer, 'vet ikke' and pass included", () => {
    let s = fresh();
    s = act(s, { type: "answer", card: "skyld-barnet", option: "ja" }, seat(0));
    expect(s.answers["skyld-barnet"][SEATS[0]]).toEqual({ kind: "option", option: "ja" });
    s = act(s, { type: "answer", card: "skyld-barnet", option: "nei" }, seat(0));
    expect(s.answers["skyld-barnet"][SEATS[0]]).toEqual({ kind: "option", option: "nei" });
    s = act(s, { type: "dontKnow", card: "skyld-barnet" }, seat(0));
    expect(s.answers["skyld-barnet"][SEATS[0]]).toEqual({ kind: "dontKnow" });
    s = act(s, { type: "pass", card: "skyld-barnet" }, seat(0));
    expect(s.answers["skyld-barnet"][SEATS[0]]).toEqual({ kind: "pass" });
    // The same answer again changes nothing (no version bump).
    expect(quiz.reduce(s, { type: "pass", card: "skyld-barnet" }, seat(0), ctx())).toBe(s);
  });

  it("an option that is not on the card is INVALID; another card's id is STALE", () => {
    const s = fresh();
    expect(refusal(s, { type: "answer", card: "skyld-barnet", option: "sant" }, seat(0))).toBe("INVALID");
    expect(refusal(s, { type: "answer", card: "skyld-barnet", option: "d" }, seat(0))).toBe("INVALID");
    expect(refusal(s, { type: "answer", card: "skyld-alene", option: "sant" }, seat(0))).toBe("STALE");
    expect(refusal(s, { type: "pass", card: "no-such-card" }, seat(0))).toBe("STALE");
  });

  it("after the reveal the card is closed: answering is STALE and nothing changes", () => {
    const s = act(answered(), { type: "reveal", card: "skyld-barnet" }, HOST);
    expect(refusal(s, { type: "answer", card: "skyld-barnet", option: "ja" }, seat(0))).toBe("STALE");
    expect(refusal(s, { type: "dontKnow", card: "skyld-barnet" }, seat(4))).toBe("STALE");
    expect(refusal(s, { type: "pass", card: "skyld-barnet" }, seat(3))).toBe("STALE");
    // Revealing twice is harmless.
    expect(quiz.reduce(s, { type: "reveal", card: "skyld-barnet" }, HOST, ctx())).toBe(s);
  });

  it("roles: only tablets answer, only the host reveals and changes card", () => {
    const s = fresh();
    expect(refusal(s, { type: "answer", card: "skyld-barnet", option: "nei" }, HOST)).toBe("FORBIDDEN");
    expect(refusal(s, { type: "pass", card: "skyld-barnet" }, HOST)).toBe("FORBIDDEN");
    expect(refusal(s, { type: "reveal", card: "skyld-barnet" }, seat(0))).toBe("FORBIDDEN");
    expect(refusal(s, { type: "goto", index: 1 }, seat(0))).toBe("FORBIDDEN");
  });

  it("the host steps forward and back; answers stay with their card; the end is one past the last card", () => {
    let s = act(answered(), { type: "reveal", card: "skyld-barnet" }, HOST);
    s = act(s, { type: "goto", index: 1 }, HOST);
    expect(cardView(seatOf(s, 0))).toMatchObject({ index: 1, revealed: false, mine: null });
    s = act(s, { type: "answer", card: "skyld-alene", option: "usant" }, seat(0));
    // Back to the revealed card: still revealed, still closed, answers intact.
    s = act(s, { type: "goto", index: 0 }, HOST);
    expect(cardView(screenOf(s)).revealed).toBe(true);
    expect(refusal(s, { type: "answer", card: "skyld-barnet", option: "ja" }, seat(0))).toBe("STALE");
    expect(Object.keys(s.answers["skyld-barnet"])).toHaveLength(5);
    // Forward to the unrevealed card: open again, this seat's answer is remembered.
    s = act(s, { type: "goto", index: 1 }, HOST);
    expect(cardView(seatOf(s, 0))).toMatchObject({ revealed: false, mine: { kind: "option", option: "usant" } });
    // Going to the same card is no change; past the end is INVALID; the end itself is a phase.
    expect(quiz.reduce(s, { type: "goto", index: 1 }, HOST, ctx())).toBe(s);
    expect(refusal(s, { type: "goto", index: 4 }, HOST)).toBe("INVALID");
    s = act(s, { type: "goto", index: 3 }, HOST);
    expect(screenOf(s)).toEqual({ phase: "end", title: "Ikke din skyld – hva hjelper?", total: 3 });
    expect(seatOf(s, 0)).toEqual({ phase: "end", total: 3 });
    expect(hostOf(s)).toMatchObject({ phase: "end", card: null, rows: [], picture: null });
    expect(refusal(s, { type: "pass", card: "skyld-dag" }, seat(0))).toBe("STALE");
    expect(refusal(s, { type: "reveal", card: "skyld-dag" }, HOST)).toBe("STALE");
  });

  it("the picture is frozen at the reveal: removing a tablet afterwards changes nothing on the screen", () => {
    let s = fresh();
    for (const i of [0, 1, 2]) s = act(s, { type: "answer", card: "skyld-barnet", option: "nei" }, seat(i));
    s = act(s, { type: "answer", card: "skyld-barnet", option: "ja" }, seat(3));
    // Before the reveal the host's preview follows the live answers.
    expect(hostOf(quiz.forgetSeat(s, SEATS[0], ctx())).picture).toEqual({ status: "split" });
    s = act(s, { type: "reveal", card: "skyld-barnet" }, HOST);
    const before = screenOf(s);
    const after = quiz.forgetSeat(s, SEATS[3], ctx());
    expect(screenOf(after)).toEqual(before);
    expect(hostOf(after).picture).toEqual(hostOf(s).picture);
    // Nothing identifying is kept: the frozen counts hold no seat id, and the host's rows drop the seat.
    expect(JSON.stringify(after)).not.toContain(SEATS[3]);
    expect(hostOf(after).rows.find((r) => r.seatId === SEATS[3])?.answer ?? null).toBeNull();
    // The room's k still applies to the frozen counts.
    const strict = cardView(screenOf(after, ctx({ k: 5 })));
    expect(strict.revealed && strict.picture).toEqual({ status: "hidden", reason: "too-few" });
  });

  it("ids that name Object.prototype members are ordinary ids", () => {
    const odd: QuizCard = {
      id: "constructor",
      statement: { nb: "Hvilken?" },
      options: [
        { id: "constructor", text: { nb: "A" } },
        { id: "hasownproperty", text: { nb: "B" } },
      ],
      correct: "constructor",
      explanation: { "8-10": { nb: "A." }, "11+": { nb: "A, fordi." } },
      leaderNote: { nb: "-" },
    };
    let s = fresh({ custom: { title: { nb: "Rare id-er" }, cards: [odd] } });
    expect(cardView(seatOf(s, 0))).toMatchObject({ revealed: false, mine: null });
    expect(hostOf(s).rows.every((r) => r.answer === null)).toBe(true);
    for (const i of [0, 1, 2]) s = act(s, { type: "answer", card: "constructor", option: "constructor" }, seat(i));
    s = act(s, { type: "reveal", card: "constructor" }, HOST);
    const screen = cardView(screenOf(s));
    expect(screen.revealed && screen.picture).toEqual({ status: "shown", items: [{ id: "constructor", level: "bin", amount: { kind: "relative", size: 3, word: "many" } }] });
  });

  it("forgetting a seat drops its answers on every card", () => {
    let s = act(answered(), { type: "goto", index: 1 }, HOST);
    s = act(s, { type: "pass", card: "skyld-alene" }, seat(2));
    const after = quiz.forgetSeat(s, SEATS[2], ctx());
    expect(JSON.stringify(after.answers)).not.toContain(SEATS[2]);
    expect(Object.keys(after.answers["skyld-barnet"])).toHaveLength(4);
    expect(quiz.forgetSeat(after, SEATS[2], ctx())).toBe(after);
  });
});

describe("quiz: what each role sees", () => {
  it("before the reveal: the card's words for everyone, no answer key, nothing counted on the screen", () => {
    const s = answered();
    const screen = cardView(screenOf(s));
    expect(screen).toEqual({
      phase: "card",
      title: "Ikke din skyld – hva hjelper?",
      index: 0,
      total: 3,
      card: {
        id: "skyld-barnet",
        statement: "Er det barnets skyld når en voksen i familien blir syk eller ruser seg?",
        options: [
          { id: "ja", text: "Ja" },
          { id: "nei", text: "Nei" },
        ],
      },
      revealed: false,
    });
    const seatView = cardView(seatOf(s, 2));
    expect(seatView).toMatchObject({ revealed: false, mine: { kind: "option", option: "ja" } });
    for (const v of [screen, seatView]) {
      const json = JSON.stringify(v);
      expect(json).not.toContain("correct");
      expect(json).not.toContain("explanation");
      expect(json).not.toContain("SMIL"); // the leader note
    }
  });

  it("a seat sees only its own answer; the screen holds no seat id, no per-seat answer, no pass or 'vet ikke'", () => {
    const s = answered();
    for (let i = 0; i < SEATS.length; i++) {
      const json = JSON.stringify(seatOf(s, i));
      for (const other of SEATS) expect(json).not.toContain(other);
      const v = cardView(seatOf(s, i));
      expect(v.revealed === false && v.mine).toEqual(s.answers["skyld-barnet"][SEATS[i]]);
    }
    const revealed = act(s, { type: "reveal", card: "skyld-barnet" }, HOST);
    for (const view of [screenOf(s), screenOf(revealed)]) {
      const json = JSON.stringify(view);
      for (const id of SEATS) expect(json).not.toContain(id);
      expect(json).not.toMatch(/"mine"|"rows"|"pass"|dontKnow|"answers"/);
    }
  });

  it("after the reveal: explanation for the room's age band; the screen's picture is k-safe; the tablet gets no verdict", () => {
    const s = act(answered(), { type: "reveal", card: "skyld-barnet" }, HOST);
    const screen = cardView(screenOf(s));
    if (!screen.revealed) throw new Error("expected revealed");
    expect(screen.solution).toEqual({
      correct: "nei",
      explanation: "Nei. Det er aldri barnets skyld. Ingenting du har gjort, sagt eller tenkt, har gjort den voksne syk.",
    });
    // 3 answered (nei 2, ja 1; "vet ikke" and pass not counted), k = 3: no option reaches k.
    expect(screen.picture).toEqual({ status: "split" });
    const tablet = cardView(seatOf(s, 2));
    expect(tablet).toEqual({ phase: "card", index: 0, total: 3, card: screen.card, revealed: true, solution: screen.solution });
    expect(JSON.stringify(tablet)).not.toMatch(/mine|feil|wrong|riktig/i);
  });

  it("a sensitive card with a unanimous answer shows words, never the count", () => {
    let s = fresh();
    for (const i of [0, 1, 2, 3]) s = act(s, { type: "answer", card: "skyld-barnet", option: "nei" }, seat(i));
    s = act(s, { type: "reveal", card: "skyld-barnet" }, HOST);
    const screen = cardView(screenOf(s));
    expect(screen.revealed && screen.picture).toEqual({ status: "many", option: "nei", said: "chose" });
    expect(JSON.stringify(screen)).not.toMatch(/"n":/);
  });

  it("a unanimous wrong answer is 'mange trodde …', never a number", () => {
    let s = fresh({ deck: "kropp", cards: ["kropp-grate"] });
    for (const i of [0, 1, 2]) s = act(s, { type: "answer", card: "kropp-grate", option: "sant" }, seat(i));
    s = act(s, { type: "reveal", card: "kropp-grate" }, HOST);
    const screen = cardView(screenOf(s));
    expect(screen.revealed && screen.picture).toEqual({ status: "many", option: "sant", said: "thought" });
  });

  it("the host sees every seat's answer, the answer key, the leader note and the screen's picture", () => {
    const s = answered();
    const host: QuizHostView = hostOf(s);
    expect(host.rows).toEqual([
      { seatId: SEATS[0], answer: { kind: "option", option: "nei" } },
      { seatId: SEATS[1], answer: { kind: "option", option: "nei" } },
      { seatId: SEATS[2], answer: { kind: "option", option: "ja" } },
      { seatId: SEATS[3], answer: { kind: "dontKnow" } },
      { seatId: SEATS[4], answer: { kind: "pass" } },
    ]);
    expect(host.card).toMatchObject({ id: "skyld-barnet", correct: "nei", sensitive: true });
    expect(host.card?.leaderNote).toContain("SMIL");
    expect(host.revealed).toBe(false);
    expect(host.picture).toEqual({ status: "split" });
    // A seat that joined later has a row with no answer.
    expect(hostOf(s, ctx({ seats: [...SEATS, "seat-ffff"] })).rows.at(-1)).toEqual({ seatId: "seat-ffff", answer: null });
  });

  it("switching age band or language mid-card keeps every answer and only changes the words", () => {
    const s = act(answered(), { type: "reveal", card: "skyld-barnet" }, HOST);
    const young = cardView(screenOf(s, ctx({ ageBand: "8-10" })));
    const older = cardView(screenOf(s, ctx({ ageBand: "11+" })));
    if (!young.revealed || !older.revealed) throw new Error("expected revealed");
    expect(older.solution.explanation).toMatch(/^Nei\. Sykdom og rus har mange grunner/);
    expect(older.solution.explanation).not.toBe(young.solution.explanation);
    expect(older.picture).toEqual(young.picture);
    expect(hostOf(s, ctx({ ageBand: "11+" })).rows).toEqual(hostOf(s).rows);
    const nn = cardView(seatOf(s, 0, ctx({ language: "nn", ageBand: "11+" })));
    expect(nn.card.statement).toBe("Er det barnet si skuld når ein vaksen i familien blir sjuk eller rusar seg?");
    expect(nn.revealed && nn.solution.explanation).toMatch(/^Nei\. Sjukdom og rus/);
    const en = cardView(seatOf(s, 0, ctx({ language: "en" })));
    expect(en.card.options.map((o) => o.text)).toEqual(["Yes", "No"]);
  });

  it("views never depend on chance", () => {
    const s = answered();
    const a = ctx({ random: () => 0.01 });
    const b = ctx({ random: () => 0.99 });
    expect(screenOf(s, a)).toEqual(screenOf(s, b));
    expect(hostOf(s, a)).toEqual(hostOf(s, b));
    expect(seatOf(s, 1, a)).toEqual(seatOf(s, 1, b));
  });
});

describe("built-in decks", () => {
  const REQUIRED = ["Hva er psykisk sykdom?", "Hva er rus?", "Følelser i kroppen", "Ikke din skyld – hva hjelper?", "Ting barn lurer på"];

  it("has the four SMIL decks, the one of questions children ask and the parents' deck, each with at least 8 cards", () => {
    expect(QUIZ_DECKS.filter((d) => !("audience" in d)).map((d) => d.title.nb)).toEqual(REQUIRED);
    expect(QUIZ_DECKS.filter((d) => "audience" in d && d.audience === "voksne").map((d) => d.id)).toEqual(["foreldre"]);
    for (const deck of QUIZ_DECKS) expect(deck.cards.length, deck.id).toBeGreaterThanOrEqual(8);
    for (const deck of QUIZ_DECKS) expect(quizConfigSchema.safeParse({ deck: deck.id }).success).toBe(true);
  });

  it("every card is valid, has unique ids, and every text exists in bokmål, nynorsk and English", () => {
    const ids = QUIZ_DECKS.flatMap((d) => d.cards.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const deck of QUIZ_DECKS) {
      for (const text of [deck.title]) expect(text.nn && text.en, deck.id).toBeTruthy();
      for (const card of deck.cards) {
        const parsed = quizCardSchema.safeParse(card);
        expect(parsed.success, `${card.id}: ${parsed.success ? "" : parsed.error.issues[0]?.message}`).toBe(true);
        const texts = [card.statement, card.leaderNote, card.explanation["8-10"], card.explanation["11+"], ...card.options.map((o) => o.text)];
        for (const text of texts) {
          expect(text.nn, card.id).toBeTruthy();
          expect(text.en, card.id).toBeTruthy();
          expect(text.nn, `${card.id}: nynorsk should not be a copy of bokmål "${text.nb}"`).toSatisfy(
            (nn: string) => nn !== text.nb || text.nb.length < 40,
          );
        }
      }
    }
  });

  it("explanations are in child language, the 8–10 one short, and none tells a child they were wrong", () => {
    for (const card of QUIZ_DECKS.flatMap((d) => d.cards)) {
      for (const band of ["8-10", "11+"] as const) {
        for (const lang of ["nb", "nn", "en"] as const) {
          const text = card.explanation[band][lang] ?? "";
          expect(text, `${card.id} ${band} ${lang}`).not.toMatch(/\bfeil svar\b|\bdu tok feil\b|\bdu svarte feil\b|\byou were wrong\b|\bwrong answer\b|^feil\b/i);
        }
      }
      const young = card.explanation["8-10"].nb;
      expect(young.length, card.id).toBeLessThanOrEqual(180);
      for (const sentence of young.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, `${card.id}: "${sentence}"`).toBeLessThanOrEqual(18);
    }
  });

  it("carries the core messages, with hard themes marked sensitive", () => {
    const all = QUIZ_DECKS.flatMap((d) => d.cards);
    const says = (re: RegExp) => all.filter((c) => re.test(c.explanation["8-10"].nb));
    expect(says(/aldri barnets skyld/).length).toBeGreaterThanOrEqual(3);
    expect(says(/ikke alene/).length).toBeGreaterThanOrEqual(2);
    expect(says(/ikke din jobb|voksne sin jobb|hjelperne sin jobb/).length).toBeGreaterThanOrEqual(2);
    expect(says(/voksen du stoler på/).length).toBeGreaterThanOrEqual(3);
    // Every card about guilt or secrets is sensitive.
    for (const c of all.filter((c) => /skyld|hemmelig/i.test(c.statement.nb))) expect(c.sensitive, c.id).toBe(true);
    for (const deck of QUIZ_DECKS) expect(deck.cards.some((c) => c.sensitive), deck.id).toBe(true);
    // Cards with no single right answer say so in both reading levels.
    for (const c of all.filter((c) => c.correct === null)) {
      expect(c.explanation["8-10"].nb, c.id).toMatch(/Alle (disse|svarene)/);
      expect(c.explanation["11+"].nb, c.id).toMatch(/ikke ett riktig svar|alle svarene/i);
    }
  });
});
