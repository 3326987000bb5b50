/**
 * Kept group results for the organisation's reporting (docs/privacy.md, "Kept
 * group results"; docs/rules.md, "Kept results are k-safe group pictures"): what was kept of Dagens tommel and
 * Evaluering runs, the one k-safe report built from it (`keptReport`), and the
 * one table the CSV file and the printed page are both made of (`reportTable`),
 * so the two can never say different things. Pure.
 */
import { safeK } from "../disclosure/index.js";
import type { KeptItem } from "../disclosure/kept.js";

/** The kinds whose group results may be kept. */
export const KEPT_KINDS = ["tommel", "evaluering"] as const;

export interface KeptQuestion {
  /** A statement id (Evaluering) or "today" (Dagens tommel). */
  question: string;
  items: KeptItem[];
}

/** One activity run of one meeting, as kept: k-safe amounts per question, nothing else. */
export interface KeptRun {
  runId: string;
  kind: string;
  meetingId: string | null;
  /** The meeting's title (leader text) or the group's name for a meeting without a plan. */
  meetingTitle: string;
  recordedAt: number;
  /** The k the run was kept with (the stricter of the room's and the group's). */
  k: number;
  questions: KeptQuestion[];
}

export interface KeptReport {
  group: { id: string; name: string; k: number; keepResults: boolean };
  generatedAt: number;
  runs: KeptRun[];
}

/**
 * The k-safe report of a group's kept runs: the one data function behind the JSON answer, the
 * CSV and the printed page. It checks again what the store's table already refuses: an amount
 * under the run's k becomes the word "noen", an item with neither a count nor a word is dropped,
 * and a question or run left with nothing is left out.
 */
export function keptReport(group: KeptReport["group"], runs: readonly KeptRun[], generatedAt: number): KeptReport {
  const safeRuns: KeptRun[] = [];
  for (const run of runs) {
    const k = safeK(run.k);
    if (!Number.isFinite(k)) continue;
    const questions = run.questions
      .map((q) => ({
        question: q.question,
        items: q.items.flatMap((item): KeptItem[] => {
          if (item.n !== null && Number.isFinite(item.n)) return [item.n >= k ? { ...item, word: null } : { ...item, n: null, word: "some" }];
          return item.word === "some" || item.word === "many" ? [{ ...item, n: null }] : [];
        }),
      }))
      .filter((q) => q.items.length > 0);
    if (questions.length > 0) safeRuns.push({ ...run, k, questions });
  }
  return { group, generatedAt, runs: safeRuns };
}

/** The words a table needs; the client passes its i18n (nb, nn or en). */
export interface ReportLabels {
  columns: { date: string; meeting: string; activity: string; question: string; answer: string; amount: string; k: string };
  activity(kind: string): string;
  question(kind: string, question: string): string;
  answer(kind: string, item: Pick<KeptItem, "id" | "level">): string;
  word(word: "some" | "many"): string;
}

export interface ReportTable {
  columns: string[];
  rows: string[][];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One row per kept amount, in the report's order: the CSV and the printed page are this table. */
export function reportTable(report: KeptReport, labels: ReportLabels): ReportTable {
  const c = labels.columns;
  const rows: string[][] = [];
  for (const run of report.runs) {
    for (const q of run.questions) {
      for (const item of q.items) {
        rows.push([
          day(run.recordedAt),
          run.meetingTitle,
          labels.activity(run.kind),
          labels.question(run.kind, q.question),
          labels.answer(run.kind, item),
          item.n !== null ? String(item.n) : labels.word(item.word ?? "some"),
          String(run.k),
        ]);
      }
    }
  }
  return { columns: [c.date, c.meeting, c.activity, c.question, c.answer, c.amount, c.k], rows };
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled). A cell a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR) is prefixed with an apostrophe, since meeting titles are typed by leaders.
 */
export function toCsv(table: ReportTable): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Read a CSV made by `toCsv` back into cells (for the check that the two outputs agree). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The amount cell back to what it was made from: a count's digits, or the cell as is (a word). */
export const unformula = (cell: string) => (cell.startsWith("'") && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
