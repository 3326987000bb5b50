/**
 * Kept group results: what a group's leaders opted in to keep of Dagens tommel
 * and Evaluering after a meeting (docs/privacy.md, "Kept group results";
 * docs/rules.md, "Kept results are k-safe group pictures"). One row per shown amount of one question of one
 * run: a count of at least k, or a word. Never a seat, an avatar, a child's
 * answer, a pass count or a total. The table itself refuses a count under k
 * (CHECK), so no code path can write one; a run is written in one transaction,
 * all or nothing. Portable SQL on the shared query layer (server/store/sql.ts).
 */
import type { KeptItem } from "../../shared/disclosure/kept.js";
import type { KeptRun } from "../../shared/series/results.js";
import type { Migration, SqlDb } from "./sql.js";

export interface ResultsStore {
  /**
   * Keep these runs for a group, all in one transaction. A run with no questions is not kept;
   * a count under the run's k is refused by the table (the whole call then changes nothing).
   * Returns how many runs were kept (0 when the group does not exist).
   */
  keepResults(groupId: string, runs: readonly KeptRun[]): Promise<number>;
  /** A group's kept runs, oldest first. */
  listResults(groupId: string): Promise<KeptRun[]>;
  /** Forget every kept result of a group; how many rows went. */
  deleteResults(groupId: string): Promise<number>;
}

function resultTable(ms: string): string {
  return `
  CREATE TABLE group_results (
    group_id TEXT NOT NULL REFERENCES series_groups(id) ON DELETE CASCADE,
    run_id TEXT NOT NULL,
    run_seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    meeting_id TEXT,
    meeting_title TEXT NOT NULL,
    recorded_at ${ms} NOT NULL,
    k INTEGER NOT NULL,
    question TEXT NOT NULL,
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    item_level TEXT NOT NULL,
    n INTEGER,
    word TEXT,
    PRIMARY KEY (run_id, question, position),
    CHECK (k >= 2),
    CHECK (item_level IN ('bin', 'group', 'other')),
    CHECK (n IS NULL OR n >= k),
    CHECK (word IS NULL OR word IN ('some', 'many')),
    CHECK ((n IS NULL AND word IS NOT NULL) OR (n IS NOT NULL AND word IS NULL))
  );
  CREATE INDEX group_results_by_group ON group_results(group_id, recorded_at);`;
}

/** Kept group results (server/store/results-store.ts); after the one-time links migration. */
export const RESULTS_MIGRATION: Migration = { sqlite: resultTable("INTEGER"), postgres: resultTable("BIGINT") };

interface ResultRow {
  run_id: string;
  run_seq: number;
  kind: string;
  meeting_id: string | null;
  meeting_title: string;
  recorded_at: number;
  k: number;
  question: string;
  position: number;
  item_id: string;
  item_level: KeptItem["level"];
  n: number | null;
  word: KeptItem["word"];
}

const SQL = {
  // Only for a group that exists (and so never an orphan row): the same pattern as group_meetings.
  insert:
    "INSERT INTO group_results (group_id, run_id, run_seq, kind, meeting_id, meeting_title, recorded_at, k, question, position, item_id, item_level, n, word) " +
    "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM series_groups WHERE id = ?",
  list:
    "SELECT run_id, run_seq, kind, meeting_id, meeting_title, recorded_at, k, question, position, item_id, item_level, n, word FROM group_results " +
    "WHERE group_id = ? ORDER BY recorded_at, run_seq, run_id, position",
  remove: "DELETE FROM group_results WHERE group_id = ?",
};

/** Rows back into runs, questions in the order they were kept. */
function runsOf(rows: ResultRow[]): KeptRun[] {
  const runs = new Map<string, KeptRun>();
  for (const r of rows) {
    let run = runs.get(r.run_id);
    if (!run) {
      run = { runId: r.run_id, kind: r.kind, meetingId: r.meeting_id, meetingTitle: r.meeting_title, recordedAt: r.recorded_at, k: r.k, questions: [] };
      runs.set(r.run_id, run);
    }
    let q = run.questions.find((x) => x.question === r.question);
    if (!q) {
      q = { question: r.question, items: [] };
      run.questions.push(q);
    }
    q.items.push({ id: r.item_id, level: r.item_level, n: r.n, word: r.word });
  }
  return [...runs.values()];
}

export function sqlResultsStore(db: SqlDb): ResultsStore {
  return {
    keepResults: (groupId, runs) =>
      db.transaction(async (tx) => {
        let kept = 0;
        for (const [seq, run] of runs.entries()) {
          let position = 0;
          let written = 0;
          for (const q of run.questions) {
            for (const item of q.items) {
              const { changes } = await tx.run(SQL.insert, [
                run.runId, seq, run.kind, run.meetingId, run.meetingTitle, run.recordedAt, run.k, q.question, position++, item.id, item.level, item.n, item.word, groupId,
              ]);
              written += changes;
            }
          }
          if (written > 0) kept++;
        }
        return kept;
      }),
    listResults: async (groupId) => runsOf(await db.all<ResultRow>(SQL.list, [groupId])),
    deleteResults: async (groupId) => (await db.run(SQL.remove, [groupId])).changes,
  };
}
