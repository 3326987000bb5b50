/**
 * What every fuzz generator shares: a seeded source of choices, what a generator may look at,
 * the generator shape, and helpers that read ids out of (untyped) views. Per-kind generators
 * live in ./kinds/<kind>.ts, one file per activity kind, found by generators.ts.
 */
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
export const strings = (value: Json, key: string) => valuesOf(value, key).filter((v): v is string => typeof v === "string");
export const numbers = (value: Json, key: string) => valuesOf(value, key).filter((v): v is number => typeof v === "number");
export const field = (value: Json, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), value);

// ---------- shared pieces ----------

export const GAME_HOST_ACTIONS = (c: GenCtx) =>
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
/** A tablet's "Jeg ser på" / "Bli med igjen", sent now and then by every game's generator. */
export const WATCH = (c: GenCtx) => ({ type: "watch", on: c.g.chance(0.6) });

export const WORDS = ["sol", "venner", "fotball", "katt", "musikk", "bading", "snill", "mormor", "idiot"];
export const SENTENCES = ["Hvorfor blir man sint?", "pappa slår meg", "Hva gjør man hvis man er lei seg?", "Er det normalt å være redd?", "hva er en venn"];
export const badCommon = (c: GenCtx) =>
  c.g.pick<unknown>([null, "answer", 42, [], { type: "no-such-action" }, { type: 7 }, { kind: "answer" }, { type: "answer", extra: { nested: true }, x: "y".repeat(50) }]);
