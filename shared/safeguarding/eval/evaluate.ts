/**
 * Measures a flagger against labelled messages. Pure: the flagger is passed
 * in, so the same figures can be computed for any list or rule set.
 *
 * Definitions (docs/safeguarding.md, "How well it works"):
 *  - caught: a concern message got any flag (it goes up in the leader's queue);
 *  - high caught: a high-severity message got a flag whose severity is high
 *    (a high message flagged as low would sit under milder items);
 *  - right category: the flag's categories include the labelled one;
 *  - false positive: an ordinary message got any flag.
 */
import type { EvalCategory, EvalChannel, EvalLang, EvalMessage, EvalStyle } from "./types.js";

export interface FlagLike {
  categories: readonly string[];
  severity: string;
}

export type Flagger = (message: EvalMessage) => FlagLike | null;

export interface Tally {
  /** Concern messages. */
  concerns: number;
  caught: number;
  rightCategory: number;
  /** Ordinary messages. */
  ordinary: number;
  falsePositives: number;
}

export interface Outcome {
  message: EvalMessage;
  flag: FlagLike | null;
  /** A concern not flagged, a high one not flagged high, or an ordinary one flagged. */
  error: "miss" | "high-too-low" | "false-positive" | null;
}

export interface EvalReport {
  total: Tally;
  high: { n: number; caughtHigh: number };
  byCategory: Partial<Record<EvalCategory, Tally>>;
  byLang: Partial<Record<EvalLang, Tally>>;
  byStyle: Partial<Record<EvalStyle, Tally>>;
  byChannel: Partial<Record<EvalChannel, Tally>>;
  outcomes: Outcome[];
}

function emptyTally(): Tally {
  return { concerns: 0, caught: 0, rightCategory: 0, ordinary: 0, falsePositives: 0 };
}

function add(t: Tally, m: EvalMessage, flag: FlagLike | null): void {
  if (m.category === "none") {
    t.ordinary += 1;
    if (flag) t.falsePositives += 1;
    return;
  }
  t.concerns += 1;
  if (flag) t.caught += 1;
  if (flag?.categories.includes(m.category)) t.rightCategory += 1;
}

function bucket<K extends string>(map: Partial<Record<K, Tally>>, key: K): Tally {
  return (map[key] ??= emptyTally());
}

export function evaluate(messages: readonly EvalMessage[], flagger: Flagger): EvalReport {
  const report: EvalReport = {
    total: emptyTally(),
    high: { n: 0, caughtHigh: 0 },
    byCategory: {},
    byLang: {},
    byStyle: {},
    byChannel: {},
    outcomes: [],
  };
  for (const message of messages) {
    const flag = flagger(message);
    add(report.total, message, flag);
    add(bucket(report.byCategory, message.category), message, flag);
    add(bucket(report.byLang, message.lang), message, flag);
    add(bucket(report.byStyle, message.style), message, flag);
    add(bucket(report.byChannel, message.channel), message, flag);
    let error: Outcome["error"] = null;
    if (message.category === "none") error = flag ? "false-positive" : null;
    else if (!flag) error = "miss";
    if (message.severity === "high") {
      report.high.n += 1;
      if (flag?.severity === "high") report.high.caughtHigh += 1;
      else if (flag) error = "high-too-low";
    }
    report.outcomes.push({ message, flag, error });
  }
  return report;
}

export function recall(t: Tally): number {
  return t.concerns === 0 ? 1 : t.caught / t.concerns;
}

export function falsePositiveRate(t: Tally): number {
  return t.ordinary === 0 ? 0 : t.falsePositives / t.ordinary;
}

function pct(n: number, d: number): string {
  return d === 0 ? "–" : `${((100 * n) / d).toFixed(0)} %`;
}

function rows<K extends string>(title: string, map: Partial<Record<K, Tally>>): string[] {
  const out = [`| ${title} | concerns | caught | right category | ordinary | false alarms |`, "|---|---:|---:|---:|---:|---:|"];
  for (const [key, t] of Object.entries(map) as [K, Tally][]) {
    out.push(
      `| ${key} | ${t.concerns} | ${t.concerns ? `${t.caught} (${pct(t.caught, t.concerns)})` : "–"} | ${t.concerns ? pct(t.rightCategory, t.concerns) : "–"} | ${t.ordinary} | ${t.ordinary ? `${t.falsePositives} (${pct(t.falsePositives, t.ordinary)})` : "–"} |`,
    );
  }
  return out;
}

/** The figures as Markdown tables, for the test log and docs/safeguarding.md. */
export function reportMarkdown(name: string, r: EvalReport): string {
  const t = r.total;
  return [
    `#### ${name}: ${t.concerns + t.ordinary} messages`,
    "",
    `- caught ${t.caught} of ${t.concerns} concerns (**${pct(t.caught, t.concerns)}**), right category ${pct(t.rightCategory, t.concerns)}`,
    `- high severity flagged as high: ${r.high.caughtHigh} of ${r.high.n} (**${pct(r.high.caughtHigh, r.high.n)}**)`,
    `- false alarms: ${t.falsePositives} of ${t.ordinary} ordinary messages (**${pct(t.falsePositives, t.ordinary)}**)`,
    "",
    ...rows("category", r.byCategory),
    "",
    ...rows("language", r.byLang),
    "",
    ...rows("how it is typed", r.byStyle),
    "",
    ...rows("where", r.byChannel),
  ].join("\n");
}
