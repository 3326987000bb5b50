/**
 * Random intents for the convergence fuzz: one generator per activity kind in
 * the registry and one per client→server event in the protocol table. A
 * generator makes payloads that pass the schema (they may still be refused by
 * the room or the activity: stale ids, wrong phase, wrong role) plus payloads
 * that must fail validation. `missingGenerators()` names every kind or event
 * without one, so adding a kind or an event without teaching the fuzz about it
 * fails loudly.
 */
import { ACTIVITY_KIND_NAMES, findActivityKind, type ActivityKindName } from "../../shared/activities/registry.js";
import { CLIENT_EVENT_NAMES, type ClientEventName } from "../../shared/protocol.js";
import { FEELING_IDS, STRENGTHS } from "../../shared/content/feelings.js";
import { CALM_PATTERN_IDS, CALM_MAX_CYCLES, CALM_MIN_CYCLES } from "../../shared/room/calm.js";
import { GOAL_MAX_TARGET, GOAL_MIN_TARGET } from "../../shared/room/goal.js";
import { GROUP_STRENGTH_IDS, MAX_CELEBRATION_STRENGTHS } from "../../shared/content/group-strengths.js";
import { MOTIFS } from "../../shared/activities/byggsammen/index.js";
import { GARDEN_STRENGTH_IDS } from "../../shared/activities/styrkehagen/index.js";
import { COLUMNS, COPING_CARD_IDS } from "../../shared/activities/hvahjelper/index.js";
import { QUIZ_DECKS, QUIZ_DECK_IDS } from "../../shared/content/quiz-decks.js";
import { DETECTIVE_PUZZLE_IDS } from "../../shared/content/detective.js";
import { STARTER_IDS } from "../../shared/content/starters.js";

/** A seeded source of choices. */
export class Gen {
  constructor(readonly random: () => number) {}
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }
  /** Pick from `list` if it has anything, else from `fallback`. */
  pickOr<T>(list: readonly T[], fallback: () => T): T {
    return list.length > 0 ? this.pick(list) : fallback();
  }
  subset<T>(list: readonly T[], max = list.length): T[] {
    const out = list.filter(() => this.chance(0.3));
    return out.slice(0, max);
  }
  /** An id shaped like the activities' own ids (lower-case letters and digits), almost never a real one. */
  fakeId(): string {
    return `z${Math.floor(this.random() * 36 ** 6).toString(36)}`;
  }
}

/** What a generator may look at: the latest views of the sender (the client's own, possibly stale, copy). */
export interface GenCtx {
  g: Gen;
  /** The activity part of the host's view, when the host has one. */
  hostActivity: unknown;
  /** The activity part of the sending tablet's view (seat actions only). */
  seatActivity: unknown;
  seatIds: readonly string[];
}

export interface KindGenerator {
  /** A config the kind's schema accepts (undefined: the defaults). */
  config(c: GenCtx): unknown;
  /** A config the schema must refuse. */
  badConfig(c: GenCtx): unknown;
  /** A tablet's action (schema-valid, maybe refused by the activity). */
  seat(c: GenCtx): unknown;
  /** A host's action. */
  host(c: GenCtx): unknown;
  /** A live-input sample, for kinds with `input`. */
  input?(c: GenCtx): unknown;
  /** An action the schema must refuse. */
  bad(c: GenCtx): unknown;
}

// ---------- reading ids out of views (views are unknown JSON here) ----------

type Json = unknown;
/** Every value found under `key` anywhere in `value`. */
export function valuesOf(value: Json, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) valuesOf(v, key, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && (typeof v === "string" || typeof v === "number")) out.push(v);
      valuesOf(v, key, out);
    }
  }
  return out;
}
const strings = (value: Json, key: string) => valuesOf(value, key).filter((v): v is string => typeof v === "string");
const numbers = (value: Json, key: string) => valuesOf(value, key).filter((v): v is number => typeof v === "number");
const field = (value: Json, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), value);

// ---------- shared pieces ----------

const GAME_HOST_ACTIONS = (c: GenCtx) =>
  c.g.pick([
    { type: "pause" },
    { type: "resume" },
    { type: "easier" },
    { type: "harder" },
    { type: "hint", on: c.g.chance(0.5) },
    { type: "almost" },
    { type: "tryAgain" },
    { type: "newRound" },
  ]);
const WORDS = ["sol", "venner", "fotball", "katt", "musikk", "bading", "snill", "mormor"];
const SENTENCES = ["Hvorfor blir man sint?", "Hva gjør man hvis man er lei seg?", "Er det normalt å være redd?", "hva er en venn"];
const badCommon = (c: GenCtx) =>
  c.g.pick<unknown>([null, "answer", 42, [], { type: "no-such-action" }, { type: 7 }, { kind: "answer" }, { type: "answer", extra: { nested: true }, x: "y".repeat(50) }]);

// ---------- one generator per activity kind ----------

export const kindGenerators: Record<ActivityKindName, KindGenerator> = {
  checkin: {
    config: (c) => (c.g.chance(0.2) ? undefined : { moment: c.g.pick(["checkin", "checkout"]), askStrength: c.g.chance(0.5) }),
    badConfig: (c) => c.g.pick([{ moment: "lunch" }, { askStrength: "yes" }, { moment: "checkin", extra: 1 }]),
    seat: (c) =>
      c.g.chance(0.85)
        ? { type: "answer", feeling: c.g.pick(FEELING_IDS), ...(c.g.chance(0.7) ? { strength: c.g.pick(STRENGTHS) } : {}) }
        : { type: "pass" },
    host: (c) => c.g.pick([{ type: "reveal" }, { type: "reopen" }]),
    bad: (c) => c.g.pick([{ type: "answer", feeling: "nope" }, { type: "answer", feeling: "glad", strength: "max" }, badCommon(c)]),
  },
  ballongen: {
    config: (c) => (c.g.chance(0.2) ? undefined : { targetSeconds: c.g.int(5, 120), pattern: c.g.pick(CALM_PATTERN_IDS) }),
    badConfig: (c) => c.g.pick([{ targetSeconds: 1 }, { targetSeconds: 60.5 }, { pattern: "fast" }]),
    seat: GAME_HOST_ACTIONS,
    host: GAME_HOST_ACTIONS,
    input: (c) => ({ holding: c.g.chance(0.6) }),
    bad: (c) => c.g.pick([{ type: "hint" }, { type: "lift" }, badCommon(c)]),
  },
  byggsammen: {
    config: (c) => (c.g.chance(0.2) ? undefined : { motif: c.g.pick(MOTIFS) }),
    badConfig: (c) => c.g.pick([{ motif: "castle" }, { motif: "fyr", size: 3 }]),
    seat: (c) => ({
      type: c.g.chance(0.75) ? "place" : "give",
      pieceId: c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "mine"), "id"), () => c.g.fakeId()) : c.g.fakeId(),
    }),
    host: GAME_HOST_ACTIONS,
    bad: (c) => c.g.pick([{ type: "place", pieceId: "P!" }, { type: "place" }, badCommon(c)]),
  },
  styrkehagen: {
    config: (c) => (c.g.chance(0.2) ? undefined : { allowText: c.g.chance(0.6), perSeat: c.g.int(1, 5) }),
    badConfig: (c) => c.g.pick([{ perSeat: 0 }, { perSeat: 9 }, { allowText: 1 }]),
    seat: (c) => (c.g.chance(0.7) ? { type: "plant", strength: c.g.pick(GARDEN_STRENGTH_IDS) } : { type: "write", text: c.g.pick(WORDS) }),
    host: (c) => {
      const id = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.hostActivity, "queue"), "id"), () => c.g.fakeId()) : c.g.fakeId();
      return c.g.pick<unknown>([
        { type: "approve", id },
        { type: "approve", id, text: c.g.pick(WORDS) },
        { type: "discard", id },
        GAME_HOST_ACTIONS(c),
      ]);
    },
    bad: (c) => c.g.pick([{ type: "plant", strength: "laziness" }, { type: "write", text: "" }, { type: "write", text: "a\u0000b" }, badCommon(c)]),
  },
  hvahjelper: {
    config: (c) => (c.g.chance(0.4) ? undefined : { cards: c.g.int(3, COPING_CARD_IDS.length) }),
    badConfig: (c) => c.g.pick([{ cards: 1 }, { cards: COPING_CARD_IDS.length + 1 }]),
    seat: (c) => {
      const card = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "mine"), "card"), () => c.g.pick(COPING_CARD_IDS)) : c.g.pick(COPING_CARD_IDS);
      return c.g.chance(0.8) ? { type: "sort", card, column: c.g.pick(COLUMNS) } : { type: "pass", card };
    },
    host: (c) =>
      c.g.chance(0.6)
        ? { type: "settle", card: c.g.pickOr(strings(c.hostActivity, "card"), () => c.g.pick(COPING_CARD_IDS)), column: c.g.pick(COLUMNS) }
        : GAME_HOST_ACTIONS(c),
    bad: (c) => c.g.pick([{ type: "sort", card: "nope", column: "helps" }, { type: "sort", card: COPING_CARD_IDS[0], column: "maybe" }, badCommon(c)]),
  },
  quiz: {
    config: (c) => {
      const deck = c.g.pick(QUIZ_DECKS);
      if (c.g.chance(0.5)) return { deck: deck.id };
      const cards = c.g.subset(deck.cards.map((card) => card.id)).slice(0, 5);
      return cards.length ? { deck: deck.id, cards } : { deck: deck.id };
    },
    badConfig: (c) => c.g.pick([{ deck: "nope" }, { deck: QUIZ_DECK_IDS[0], cards: ["no-such-card"] }, { deck: QUIZ_DECK_IDS[0], cards: [] }]),
    seat: (c) => {
      const card = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "card"), "id").slice(0, 1), () => c.g.fakeId()) : c.g.fakeId();
      const options = strings(field(c.seatActivity, "card", "options"), "id");
      return c.g.pick<unknown>([
        { type: "answer", card, option: c.g.pickOr(options, () => c.g.fakeId()) },
        { type: "answer", card, option: c.g.pickOr(options, () => c.g.fakeId()) },
        { type: "dontKnow", card },
        { type: "pass", card },
      ]);
    },
    host: (c) => {
      const card = c.g.pickOr(strings(field(c.hostActivity, "card"), "id").slice(0, 1), () => c.g.fakeId());
      const total = numbers(c.hostActivity, "total")[0] ?? 3;
      return c.g.chance(0.5) ? { type: "reveal", card } : { type: "goto", index: c.g.int(0, total) };
    },
    bad: (c) => c.g.pick([{ type: "answer", card: "Card!", option: "a" }, { type: "goto", index: -1 }, { type: "goto", index: 1.5 }, badCommon(c)]),
  },
  detective: {
    config: (c) =>
      c.g.chance(0.5)
        ? { rounds: c.g.int(1, 3) }
        : { puzzles: [...new Set([c.g.pick(DETECTIVE_PUZZLE_IDS), c.g.pick(DETECTIVE_PUZZLE_IDS)])] },
    badConfig: (c) => c.g.pick([{ rounds: 0 }, { puzzles: [] }, { puzzles: ["nope"] }]),
    seat: (c) => {
      const round = c.g.chance(0.9) ? (numbers(c.seatActivity, "round")[0] ?? 0) : c.g.int(0, 3);
      return c.g.pick<unknown>([
        { type: "propose", round, feeling: c.g.pick(FEELING_IDS) },
        { type: "propose", round, feeling: c.g.pick(FEELING_IDS) },
        { type: "dontKnow", round },
        { type: "pass", round },
      ]);
    },
    host: (c) => {
      const round = c.g.chance(0.9) ? (numbers(c.hostActivity, "round")[0] ?? 0) : c.g.int(0, 3);
      const rounds = numbers(c.hostActivity, "rounds")[0] ?? 3;
      return c.g.pick<unknown>([
        { type: "showIdeas", round },
        { type: "reopen", round },
        { type: "choose", round, feeling: c.g.chance(0.8) ? c.g.pick(FEELING_IDS) : null },
        { type: "reveal", round },
        { type: "goto", round: c.g.int(0, rounds) },
      ]);
    },
    bad: (c) => c.g.pick([{ type: "propose", round: -1, feeling: "glad" }, { type: "propose", round: 0, feeling: "meh" }, badCommon(c)]),
  },
  questionbox: {
    config: (c) =>
      c.g.chance(0.2)
        ? undefined
        : { allowFreeText: c.g.chance(0.7), starters: c.g.subset(STARTER_IDS), prompt: c.g.chance(0.5) ? "Hva lurer du på?" : null },
    badConfig: (c) => c.g.pick([{ starters: ["nope"] }, { allowFreeText: "yes" }, { prompt: "x".repeat(500) }]),
    seat: (c) => {
      const id = c.g.pickOr([...strings(c.seatActivity, "id")], () => c.g.fakeId());
      return c.g.pick<unknown>([
        { type: "ask", text: c.g.pick(SENTENCES) },
        { type: "ask", text: c.g.chance(0.5) ? "" : c.g.pick(WORDS), starterId: c.g.pick(STARTER_IDS) },
        { type: "pass" },
        { type: "withdraw", id },
        { type: "meToo", id, on: c.g.chance(0.7) },
        { type: "report", id },
      ]);
    },
    host: (c) => {
      const ids = strings(c.hostActivity, "id");
      const id = c.g.chance(0.9) ? c.g.pickOr(ids, () => c.g.fakeId()) : c.g.fakeId();
      return c.g.pick<unknown>([
        { type: "approve", id },
        { type: "approve", id, text: c.g.pick(SENTENCES) },
        { type: "merge", targetId: id, ids: c.g.subset(ids, 5).length ? c.g.subset(ids, 5) : [c.g.fakeId()] },
        { type: "markAnswered", id },
        { type: "discard", id },
        { type: "talkLater", id, ...(c.g.chance(0.5) ? { note: "snakke etterpå" } : {}) },
        { type: "hold", id },
        { type: "reorder", ids: c.g.subset(ids) },
        { type: "shuffle" },
        { type: "close" },
        { type: "open" },
      ]);
    },
    bad: (c) => c.g.pick([{ type: "ask", text: "x".repeat(2000) }, { type: "merge", targetId: "a1", ids: [] }, { type: "ask", starterId: "nope", text: "" }, badCommon(c)]),
  },
  wordcloud: {
    config: (c) => (c.g.chance(0.2) ? undefined : { prompt: c.g.chance(0.5) ? "Hva gjør deg glad?" : null, maxPerSeat: c.g.int(1, 5) }),
    badConfig: (c) => c.g.pick([{ maxPerSeat: 0 }, { maxPerSeat: 99 }, { prompt: 7 }]),
    seat: (c) => {
      const id = c.g.pickOr(strings(c.seatActivity, "id"), () => c.g.fakeId());
      return c.g.pick<unknown>([{ type: "send", word: c.g.pick(WORDS) }, { type: "send", word: c.g.pick(WORDS) }, { type: "pass" }, { type: "withdraw", id }]);
    },
    host: (c) => {
      const id = c.g.chance(0.9) ? c.g.pickOr(strings(c.hostActivity, "id"), () => c.g.fakeId()) : c.g.fakeId();
      return c.g.pick<unknown>([
        { type: "approve", id },
        { type: "approve", id, word: c.g.pick(WORDS) },
        { type: "discard", id },
        { type: "hold", id },
        { type: "shuffle" },
        { type: "close" },
        { type: "open" },
      ]);
    },
    bad: (c) => c.g.pick([{ type: "send", word: "two words" }, { type: "send", word: "" }, { type: "send" }, badCommon(c)]),
  },
};

// ---------- one generator per client→server event ----------

export interface EventContext extends GenCtx {
  /** Who sends: the host, or a tablet (whose own view is `seatActivity`). */
  role: "host" | "screen" | "seat";
  /** The running activity as the sender last saw it (id and kind), if any. */
  activity: { id: string; kind: string } | null;
  /** An activity id that is not the running one (a finished one, or made up). */
  staleActivityId: string;
  kickedSeatIds: readonly string[];
  /** Keys on the host's safeguarding list as last seen (help alerts, flagged text, talk-later notes). */
  safeguardingKeys?: readonly string[];
}

/**
 * Payloads (without commandId) that pass the event's schema. `room:end` is left
 * out of the random mix (it ends the run); the fuzz sends it once at the end.
 */
export const eventGenerators: Record<ClientEventName, ((c: EventContext) => Record<string, unknown>) | "end-of-run"> = {
  "room:sync": (c) => (c.g.chance(0.5) ? {} : { lastVersion: c.g.int(0, 50) }),
  "room:lock": (c) => ({ locked: c.g.chance(0.4) }),
  "room:joinScreen": (c) => ({ shown: c.g.chance(0.5) }),
  "room:configure": (c) => ({
    ...(c.g.chance(0.6) ? { k: c.g.int(2, 10) } : {}),
    ...(c.g.chance(0.4) ? { ageBand: c.g.pick(["8-10", "11+"]) } : {}),
    ...(c.g.chance(0.3) ? { language: c.g.pick(["nb", "nn", "en"]) } : {}),
    ...(c.g.chance(0.2) ? { readAloud: c.g.chance(0.5) } : {}),
  }),
  "room:end": "end-of-run",
  "seat:kick": (c) => ({
    seatId: c.g.chance(0.85) ? c.g.pickOr(c.seatIds, () => "nosuchseat") : c.g.pickOr(c.kickedSeatIds, () => "nosuchseat"),
  }),
  "activity:start": (c) => {
    const kind = c.g.pick(ACTIVITY_KIND_NAMES);
    const config = kindGenerators[kind].config(c);
    return config === undefined ? { kind } : { kind, config };
  },
  "activity:stop": (c) => ({ activityId: c.activity && c.g.chance(0.85) ? c.activity.id : c.staleActivityId }),
  "activity:act": (c) => {
    const kind = c.activity ? (c.activity.kind as ActivityKindName) : c.g.pick(ACTIVITY_KIND_NAMES);
    const gen = kindGenerators[kind] ?? kindGenerators.checkin;
    const action = c.role === "seat" ? gen.seat(c) : gen.host(c);
    return { activityId: c.activity && c.g.chance(0.9) ? c.activity.id : c.staleActivityId, action };
  },
  "help:request": () => ({}),
  "help:resolve": (c) => ({ seatId: c.g.pickOr(c.seatIds, () => "nosuchseat") }),
  "help:withdraw": () => ({}),
  "safeguarding:seen": (c) => ({
    key: c.g.chance(0.7) ? c.g.pickOr(c.safeguardingKeys ?? [], () => "a999:gone") : `help:${c.g.pickOr(c.seatIds, () => "nosuchseat")}`,
  }),
  "calm:start": (c) =>
    c.g.chance(0.3) ? {} : { pattern: c.g.pick(CALM_PATTERN_IDS), cycles: c.g.int(CALM_MIN_CYCLES, Math.min(CALM_MAX_CYCLES, 3)) },
  "calm:stop": () => ({}),
  "goal:configure": (c) => ({ target: c.g.int(GOAL_MIN_TARGET, GOAL_MAX_TARGET) }),
  "goal:light": () => ({}),
  // A celebration names at least one strength or has a few words.
  "goal:celebrate": (c) => {
    const strengths = c.g.subset(GROUP_STRENGTH_IDS, MAX_CELEBRATION_STRENGTHS);
    const words = c.g.chance(0.5) || strengths.length === 0 ? { words: c.g.pick(["Dere hjalp hverandre!", "Godt jobbet", "  mange  mellomrom  "]) } : {};
    return { strengths: strengths.length || words.words ? strengths : [c.g.pick(GROUP_STRENGTH_IDS)], ...words };
  },
  "goal:dismiss": () => ({}),
  // The fuzz room is ad hoc: inserting a step gives it an agenda; most gotos then hit a real step.
  "agenda:goto": (c) => ({ index: c.g.int(0, 5), from: c.g.int(-1, 5) }),
  "agenda:insert": (c) => ({
    from: c.g.int(-1, 4),
    step: c.g.pick([
      { kind: "calm", title: "Pause", config: { cycles: 2 } },
      { kind: "talk", title: "Prat" },
      { kind: "questionbox", title: "Spørsmål" },
      { kind: "checkin", title: "Innsjekk", config: { moment: "checkin" } },
    ]),
  }),
};

/** Kinds in the registry or events in the protocol table the fuzz has no generator for. */
export function missingGenerators(): string[] {
  const missing: string[] = [];
  for (const kind of ACTIVITY_KIND_NAMES) {
    const gen = (kindGenerators as Partial<Record<string, KindGenerator>>)[kind];
    if (!gen) missing.push(`activity kind "${kind}"`);
    else if (findActivityKind(kind)?.input && !gen.input) missing.push(`live input of activity kind "${kind}"`);
  }
  for (const event of CLIENT_EVENT_NAMES) {
    if (!(eventGenerators as Partial<Record<string, unknown>>)[event]) missing.push(`client event "${event}"`);
  }
  return missing;
}
