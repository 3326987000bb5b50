/**
 * What a group keeps of a meeting's Dagens tommel and Evaluering, and only when
 * its leaders opted in (docs/privacy.md, "Kept group results"; docs/rules.md
 * "Kept results are k-safe group pictures"). When a room opened for a group ends, its runs' group tallies (each
 * kind's `keptTallies`, from the live answers, so a removed seat is not in
 * them) go through the disclosure rules (`keptDistribution`): a question with
 * fewer than k answers keeps nothing, no amount under k is kept, and nothing
 * about a seat ever is. Only children's rooms keep anything (a parent meeting's
 * room keeps nothing). The room's own data is wiped as always.
 */
import { nanoid } from "nanoid";
import type { AnyActivityKind } from "../../shared/activities/types.js";
import { safeK } from "../../shared/disclosure/index.js";
import { keptDistribution } from "../../shared/disclosure/kept.js";
import type { RoomState } from "../../shared/room/room.js";
import { roomAudience } from "../../shared/room/types.js";
import type { GroupRecord } from "../../shared/series/group.js";
import { KEPT_KINDS, type KeptRun } from "../../shared/series/results.js";
import type { ResultsStore } from "../store/results-store.js";

type Kinds = Readonly<Record<string, AnyActivityKind>>;

/**
 * The k-safe runs of an ended room (pure but for the run ids). `k` is the stricter of the
 * room's and the group's, so a room whose k was lowered keeps no more than the group allows.
 */
export function keptRunsOf(state: RoomState, group: GroupRecord, kinds: Kinds, now: number, newId: () => string = () => nanoid(12)): KeptRun[] {
  // The report is the children's group pictures: a parent meeting's room (Dagens tommel runs there
  // too) keeps nothing, so parents' answers are never counted as the children's.
  if (roomAudience(state.settings) !== "barn") return [];
  const k = Math.max(safeK(state.settings.k), safeK(group.group.k));
  if (!Number.isFinite(k)) return [];
  const runs = [...state.finished, ...(state.activity ? [state.activity] : [])];
  const seen = new Set<string>();
  const out: KeptRun[] = [];
  for (const run of runs) {
    if (seen.has(run.id) || !(KEPT_KINDS as readonly string[]).includes(run.kind)) continue;
    seen.add(run.id);
    const tallies = kinds[run.kind]?.keptTallies?.(run.state) ?? [];
    const questions = tallies.flatMap((tally) => {
      const items = keptDistribution(tally, k);
      return items ? [{ question: tally.question, items }] : [];
    });
    if (questions.length === 0) continue;
    out.push({
      runId: newId(),
      kind: run.kind,
      meetingId: state.agenda?.meetingId ?? null,
      meetingTitle: state.agenda?.title ?? group.group.name,
      recordedAt: now,
      k,
      questions,
    });
  }
  return out;
}

export interface KeeperDeps {
  store: ResultsStore & { getGroup(id: string): Promise<GroupRecord | undefined> };
  kinds: Kinds;
  now?: () => number;
}

/** Called with a room's last state before it is wiped; keeps only for a group that opted in. */
export async function keepRoomResults(state: RoomState, deps: KeeperDeps): Promise<number> {
  const groupId = state.agenda?.groupId;
  if (!groupId) return 0;
  const group = await deps.store.getGroup(groupId);
  if (!group?.group.keepResults) return 0;
  const runs = keptRunsOf(state, group, deps.kinds, (deps.now ?? Date.now)());
  return runs.length > 0 ? deps.store.keepResults(groupId, runs) : 0;
}
