/**
 * Random intents for the convergence fuzz and the pure-core fuzz: one generator
 * per activity kind (test/fuzz/kinds/<kind>.ts, found here by file name, so
 * adding a kind adds one file and edits nothing here) and one per client→server
 * event in the protocol table. A generator makes payloads that pass the schema
 * (they may still be refused by the room or the activity: stale ids, wrong
 * phase, wrong role) plus payloads that must fail validation.
 * `missingGenerators()` names every kind or event without one, so adding a kind
 * or an event without teaching the fuzz about it fails loudly.
 */
import { ACTIVITY_KIND_NAMES, findActivityKind, type ActivityKindName } from "../../shared/activities/registry.js";
import { CLIENT_EVENT_NAMES, type ClientEventName } from "../../shared/protocol.js";
import { CALM_PATTERN_IDS, CALM_MAX_CYCLES, CALM_MIN_CYCLES } from "../../shared/room/calm.js";
import { GOAL_MAX_TARGET, GOAL_MIN_TARGET } from "../../shared/room/goal.js";
import { GROUP_STRENGTH_IDS, MAX_CELEBRATION_STRENGTHS } from "../../shared/content/group-strengths.js";
import type { GenCtx, KindGenerator } from "./gen-kit.js";

export * from "./gen-kit.js";

// ---------- one generator per activity kind, one file each ----------

const kindFiles = import.meta.glob<{ generator: KindGenerator }>("./kinds/*.ts", { eager: true });

/** Generators by kind name (the file name under ./kinds/). */
export const kindGenerators: Partial<Record<ActivityKindName, KindGenerator>> & Record<string, KindGenerator | undefined> = Object.fromEntries(
  Object.entries(kindFiles).map(([file, mod]) => [file.replace(/^.*\/([^/]+)\.ts$/, "$1"), mod.generator]),
);

/** The generator of a kind that has one (missingGenerators() makes sure every kind does). */
export function generatorFor(kind: string): KindGenerator {
  const gen = kindGenerators[kind];
  if (!gen) throw new Error(`no fuzz generator for activity kind "${kind}": add test/fuzz/kinds/${kind}.ts`);
  return gen;
}

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
  /**
   * Kinds that no intent has yet been accepted for (host or tablet) in this seed so far.
   * Coverage-guided: `activity:start` picks among them half the time, so that a kind
   * whose intents need something first (a question to moderate, a card to sort) is not
   * left out by the luck of a timing-dependent random walk.
   */
  underCovered?: readonly string[];
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
    const kind = c.underCovered?.length && c.g.chance(0.5) ? (c.g.pick(c.underCovered) as ActivityKindName) : c.g.pick(ACTIVITY_KIND_NAMES);
    const config = generatorFor(kind).config(c);
    return config === undefined ? { kind } : { kind, config };
  },
  "activity:stop": (c) => ({ activityId: c.activity && c.g.chance(0.85) ? c.activity.id : c.staleActivityId }),
  "activity:act": (c) => {
    const kind = c.activity ? (c.activity.kind as ActivityKindName) : c.g.pick(ACTIVITY_KIND_NAMES);
    const gen = generatorFor(kind);
    const action = c.role === "seat" ? gen.seat(c) : gen.host(c);
    return { activityId: c.activity && c.g.chance(0.9) ? c.activity.id : c.staleActivityId, action };
  },
  "help:request": () => ({}),
  "help:resolve": (c) => ({ seatId: c.g.pickOr(c.seatIds, () => "nosuchseat") }),
  "help:withdraw": () => ({}),
  "hand:raise": () => ({}),
  "hand:lower": () => ({}),
  "hand:dismiss": (c) => ({ seatId: c.g.pickOr(c.seatIds, () => "nosuchseat") }),
  "hand:clear": () => ({}),
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
  // "Sist gang…": list strengths and leader lines only (an id off every list is in memory-privacy.test.ts).
  "recap:show": (c) => ({
    recap: {
      title: c.g.pick(["Møte 1", "Forrige gang"]),
      lamps: c.g.int(0, 5),
      lampsSoFar: c.g.int(0, 20),
      strengths: c.g.subset(GROUP_STRENGTH_IDS, 3),
      garden: c.g.chance(0.5) ? ["modig"] : [],
      words: [],
      learned: c.g.chance(0.5) ? ["Vi lærte at det ikke er vår skyld"] : [],
      themes: [],
    },
  }),
  "recap:hide": () => ({}),
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
    const gen = kindGenerators[kind];
    if (!gen) missing.push(`activity kind "${kind}"`);
    else if (findActivityKind(kind)?.input && !gen.input) missing.push(`live input of activity kind "${kind}"`);
  }
  for (const event of CLIENT_EVENT_NAMES) {
    if (!(eventGenerators as Partial<Record<string, unknown>>)[event]) missing.push(`client event "${event}"`);
  }
  return missing;
}
