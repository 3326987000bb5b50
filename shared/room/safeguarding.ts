/**
 * The room's safeguarding list: open help alerts (and ones a child took back)
 * plus what every activity of this session reports through `attention`. The
 * console's strip counts the unread ones in neutral words; ending the session
 * lists them all once (docs/safeguarding.md). Host view only.
 */
import { reject } from "../errors.js";
import type { SafeguardingItemView } from "../protocol.js";
import { compareBySeverity } from "../safeguarding/severity.js";
import type { AttentionItem } from "../safeguarding/attention.js";
import { roomSeats, type FindKind, type RoomResult, type RoomState } from "./room.js";

const SOURCE_RANK: Record<SafeguardingItemView["source"], number> = { help: 0, flagged: 1, helpWithdrawn: 2, later: 3 };

/**
 * Help first, then flagged text, then withdrawn alerts, then talk-later notes; within each, the
 * moderation queue's severity order (severity, category, age; shared/safeguarding/severity.ts).
 */
export function compareSafeguarding(a: SafeguardingItemView, b: SafeguardingItemView): number {
  return (
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    compareBySeverity({ flag: a.flag, submittedAt: a.at, id: a.key }, { flag: b.flag, submittedAt: b.at, id: b.key })
  );
}

type Run = RoomState["finished"][number];
/** One item a run reported, with the run it came from. */
interface RunItem {
  run: Run;
  item: AttentionItem;
}

function runItems(find: FindKind, run: Run): RunItem[] {
  const kind = find(run.kind);
  return kind?.attention ? kind.attention(run.state).map((item) => ({ run, item })) : [];
}

/**
 * What the session's finished runs report, by the identity of the list of finished runs: it is
 * replaced only when an activity ends, and a kind's `attention` is pure, so the earlier
 * activities are not asked again on every view (in a long session that was most of the list's cost).
 */
const finishedItemsOf = new WeakMap<RoomState["finished"], RunItem[]>();
function finishedItems(find: FindKind, finished: RoomState["finished"]): RunItem[] {
  let items = finishedItemsOf.get(finished);
  if (!items) finishedItemsOf.set(finished, (items = finished.flatMap((run) => runItems(find, run))));
  return items;
}

/**
 * The last list built, with what it was built from (all replaced, never changed in place): a view
 * built again with none of them changed gets the same list, which the fan-out's comparison then
 * skips at once. The running activity is replaced on every answer, but the list reads only what
 * it reports: when that is the same items as at the last build (same run, each field the same
 * value), the list is the same too and is not built again.
 */
interface BuiltItems {
  seatOrder: RoomState["seatOrder"];
  seen: RoomState["seen"];
  finished: RoomState["finished"];
  activity: RoomState["activity"];
  /** What the running activity reported at the last build (empty without one). */
  running: readonly AttentionItem[];
  items: SafeguardingItemView[];
}
const builtFor = new WeakMap<RoomState["seats"], BuiltItems>();

const NO_RUN_ITEMS: readonly AttentionItem[] = [];

/** Everything that needs a leader in this room now, most urgent first. */
export function safeguardingItems(find: FindKind, state: RoomState): SafeguardingItemView[] {
  const built = builtFor.get(state.seats);
  const same = built !== undefined && built.seatOrder === state.seatOrder && built.seen === state.seen && built.finished === state.finished;
  if (same && built.activity === state.activity) return built.items;
  const running = state.activity ? reportedBy(find, state.activity) : NO_RUN_ITEMS;
  if (same && built.activity?.id === state.activity?.id && built.activity?.kind === state.activity?.kind && sameItems(built.running, running)) {
    built.activity = state.activity;
    return built.items;
  }
  const items = buildItems(find, state, running);
  builtFor.set(state.seats, { seatOrder: state.seatOrder, seen: state.seen, finished: state.finished, activity: state.activity, running, items });
  return items;
}

function reportedBy(find: FindKind, run: Run): readonly AttentionItem[] {
  const kind = find(run.kind);
  return kind?.attention ? kind.attention(run.state) : NO_RUN_ITEMS;
}

function sameItems(a: readonly AttentionItem[], b: readonly AttentionItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.key !== y.key || x.kind !== y.kind || x.seatId !== y.seatId || x.text !== y.text || x.flag !== y.flag || x.note !== y.note || x.at !== y.at) return false;
  }
  return true;
}

/** The list when nothing needs a leader: one shared empty list (frozen), so views of a calm room share it. */
const NOTHING_OPEN = Object.freeze([]) as readonly SafeguardingItemView[] as SafeguardingItemView[];

function buildItems(find: FindKind, state: RoomState, running: readonly AttentionItem[]): SafeguardingItemView[] {
  const seats = roomSeats(state);
  const finished = finishedItems(find, state.finished);
  const run = state.activity;
  const reported = run && running.length > 0 ? finished.concat(running.map((item) => ({ run, item }))) : finished;
  if (reported.length === 0 && seats.every((s) => s.helpRequestedAt === null && s.helpWithdrawnAt === null)) return NOTHING_OPEN;
  const seen = new Set(state.seen);
  const avatarOf = new Map(seats.map((s) => [s.seatId, s.avatar]));
  const items: SafeguardingItemView[] = [];
  for (const seat of seats) {
    const help = seat.helpRequestedAt ?? seat.helpWithdrawnAt;
    if (help === null) continue;
    const key = `help:${seat.seatId}`;
    items.push({
      key,
      source: seat.helpRequestedAt !== null ? "help" : "helpWithdrawn",
      activityKind: null,
      seatId: seat.seatId,
      avatar: seat.avatar,
      text: null,
      flag: null,
      note: null,
      at: help,
      // A help alert is "read" only when the host marks it seen, which clears it.
      seen: false,
    });
  }
  for (const { run, item } of reported) {
    const avatar = avatarOf.get(item.seatId);
    if (!avatar) continue;
    const key = `${run.id}:${item.key}`;
    items.push({
      key,
      source: item.kind,
      activityKind: run.kind,
      seatId: item.seatId,
      avatar,
      text: item.text,
      flag: item.flag,
      note: item.note,
      at: item.at,
      seen: seen.has(key),
    });
  }
  return items.sort(compareSafeguarding);
}

/** The host has read one strip item. Help alerts are cleared with help:resolve instead. */
export function markSeen(find: FindKind, state: RoomState, key: string): RoomResult {
  if (state.seen.includes(key)) return state;
  const item = safeguardingItems(find, state).find((i) => i.key === key);
  if (!item) return reject("STALE", "That item is no longer open.");
  if (item.source === "help" || item.source === "helpWithdrawn") return reject("NOT_ALLOWED", "Mark a help alert as seen instead.");
  return { ...state, seen: [...state.seen, key], version: state.version + 1 };
}
