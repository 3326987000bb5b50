/**
 * The held-text queue every moderated kind composes (question box, word cloud):
 * send, withdraw, pass, open/close, the host's moves (approve, rephrase, hold,
 * discard, talk later, answered), merge, and forgetSeat. Pure over the part of
 * a kind's state that is the queue (`phase`, `items`, `passed`, `buckets`), so a
 * kind keeps its own state shape and adds only what is its own (me too, report,
 * the cloud).
 *
 * Nothing a child types reaches the projector unless a leader approves it
 * (docs/rules.md, "Moderation: what children type"). Nothing here publishes: an item starts "held", and only a
 * host move changes its status; each kind's screen view shows approved items only.
 */
import { isRejection, reject, type Rejection } from "../errors.js";
import type { Flag } from "../safeguarding/index.js";
import type { SeatId } from "../room/types.js";
import { takeToken, type RateBucket, type RatePolicy } from "./rate.js";
import { newItemId, withoutKey, withoutSeat } from "./seats.js";

/**
 * Every status a held item can have, in one place:
 *  - held: waiting for the host (every item starts here; a report or "hold" sends it back);
 *  - approved: on the projector (as sent or as the host rephrased it);
 *  - answered: on the projector, marked as talked about;
 *  - later: kept aside to talk with the child later (host only);
 *  - discarded: not shown (host only; the child is told "read").
 */
export const MODERATION_STATUSES = ["held", "approved", "answered", "later", "discarded"] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
/** The statuses the projector shows. */
export const SHOWN_STATUSES: readonly ModerationStatus[] = ["approved", "answered"];
export type QueuePhase = "open" | "closed";

/**
 * What a child is told about their own item, in one place for every moderated kind. The truth,
 * in words a child can read (docs/safeguarding.md, "What the child is told"):
 *  - sent: waiting for the grown-ups;
 *  - shown: on the screen as the child wrote it;
 *  - rephrased: on the screen, in the leader's words ("Vises med andre ord");
 *  - answered: on the screen and talked about;
 *  - merged: joined with a question that asks the same;
 *  - takenDown: it was on the screen and the leader (or a report) took it off;
 *  - read: the grown-ups read it (put aside or not shown); a child is never told "rejected".
 */
export const SEAT_ITEM_STATUSES = ["sent", "shown", "rephrased", "answered", "merged", "takenDown", "read"] as const;
export type SeatItemStatus = (typeof SEAT_ITEM_STATUSES)[number];

/** What the status of a child's item depends on. */
export interface SeatItemFacts {
  status: ModerationStatus;
  /** Shown with other words than the child's. */
  rephrased?: boolean;
  /** It was on the screen once and is not now. */
  takenDown?: boolean;
  /** Merged into another item. */
  merged?: boolean;
}

export function seatItemStatus(facts: SeatItemFacts): SeatItemStatus {
  if (facts.merged) return "merged";
  switch (facts.status) {
    case "held":
      return facts.takenDown ? "takenDown" : "sent";
    case "approved":
      return facts.rephrased ? "rephrased" : "shown";
    case "answered":
      return "answered";
    case "later":
    case "discarded":
      return facts.takenDown ? "takenDown" : "read";
  }
}

export interface HeldItem {
  id: string;
  /** Host only: who sent it, so a leader can talk with that child. */
  seatId: SeatId;
  submittedAt: number;
  status: ModerationStatus;
  flag: Flag | null;
}

/** The queue part of a moderated kind's state. */
export interface ModerationQueue<I extends HeldItem> {
  phase: QueuePhase;
  /** In the order sent. Only the host's view may reflect that order. */
  items: readonly I[];
  passed: readonly SeatId[];
  buckets: Readonly<Record<SeatId, RateBucket>>;
}

/** The item type of a queue. */
export type ItemOf<Q extends ModerationQueue<HeldItem>> = Q["items"][number];

/** What the queue needs of the room for a send: the clock and the id source. */
export interface QueueCtx {
  now: number;
  newId: () => string;
}

export interface SendRules<I extends HeldItem> {
  rate: RatePolicy;
  /** How many of one seat's items may be in the queue at once, and which count. */
  maxPerSeat: number;
  counts: (item: I) => boolean;
  messages: { closed: string; tooMany: string; tooFast: string };
}

/**
 * A tablet sends an item. Checked in this order: the queue is open, the kind's own checks
 * (`make` may refuse), the seat's limit, the seat's rate. A send clears that seat's pass.
 */
export function sendToQueue<Q extends ModerationQueue<HeldItem>>(
  queue: Q,
  seatId: SeatId,
  ctx: QueueCtx,
  rules: SendRules<ItemOf<Q>>,
  make: (id: string) => ItemOf<Q> | Rejection,
): Q | Rejection {
  if (queue.phase !== "open") return reject("NOT_ALLOWED", rules.messages.closed);
  const item = make(newItemId(ctx.newId, (candidate) => queue.items.some((i) => i.id === candidate)));
  if (isRejection(item)) return item;
  if (queue.items.filter((i) => i.seatId === seatId && rules.counts(i)).length >= rules.maxPerSeat) {
    return reject("NOT_ALLOWED", rules.messages.tooMany);
  }
  const bucket = takeToken(queue.buckets[seatId], ctx.now, rules.rate);
  if (!bucket) return reject("RATE_LIMITED", rules.messages.tooFast);
  return {
    ...queue,
    items: [...queue.items, item],
    passed: withoutSeat(queue.passed, seatId),
    buckets: { ...queue.buckets, [seatId]: bucket },
  };
}

/** Pass is an answer (docs/rules.md, "Pass is always an answer, in every activity"): kept per seat, shown only to the host, never counted. */
export function passInQueue<Q extends ModerationQueue<HeldItem>>(queue: Q, seatId: SeatId): Q {
  return queue.passed.includes(seatId) ? queue : { ...queue, passed: [...queue.passed, seatId] };
}

export function setQueuePhase<Q extends ModerationQueue<HeldItem>>(queue: Q, phase: QueuePhase): Q {
  return queue.phase === phase ? queue : { ...queue, phase };
}

export interface WithdrawRules<I extends HeldItem> {
  /** May it still be taken back (beyond being held)? E.g. not once merged into another. */
  canWithdraw?: (item: I) => boolean;
  /** After removal: what happens to items that pointed at it (e.g. merged into it). */
  afterRemove?: (items: readonly I[], goneIds: ReadonlySet<string>) => readonly I[];
  messages: { gone: string; notYours: string; read: string };
}

/** A tablet takes back its own item while it is still held. Taken back means gone: nothing is kept. */
export function withdrawFromQueue<Q extends ModerationQueue<HeldItem>>(
  queue: Q,
  seatId: SeatId,
  id: string,
  rules: WithdrawRules<ItemOf<Q>>,
): Q | Rejection {
  const item = queue.items.find((i) => i.id === id);
  if (!item) return reject("STALE", rules.messages.gone);
  if (item.seatId !== seatId) return reject("FORBIDDEN", rules.messages.notYours);
  if (item.status !== "held" || (rules.canWithdraw && !rules.canWithdraw(item))) return reject("NOT_ALLOWED", rules.messages.read);
  const items = queue.items.filter((i) => i.id !== id);
  return { ...queue, items: rules.afterRemove ? rules.afterRemove(items, new Set([id])) : items };
}

/** The item the host acts on, or why not: gone (STALE), or not its own any more (`usable`). */
export function hostItem<I extends HeldItem>(
  queue: ModerationQueue<I>,
  id: string,
  gone: string,
  usable?: (item: I) => Rejection | null,
): I | Rejection {
  const item = queue.items.find((i) => i.id === id);
  if (!item) return reject("STALE", gone);
  return usable?.(item) ?? item;
}

/** Put changed items back in place (order kept). The same queue when nothing changed. */
export function replaceInQueue<Q extends ModerationQueue<HeldItem>>(queue: Q, changed: readonly ItemOf<Q>[]): Q {
  const byId = new Map(changed.map((i) => [i.id, i]));
  let touched = false;
  const items = queue.items.map((i) => {
    const next = byId.get(i.id);
    if (!next || next === i) return i;
    touched = true;
    return next;
  });
  return touched ? { ...queue, items } : queue;
}

/**
 * A host move on one item (approve, rephrase, hold, discard, talk later, answered): the next
 * item is the kind's to compute; a move that changes nothing returns the same queue.
 */
export function moderate<Q extends ModerationQueue<HeldItem>>(queue: Q, item: ItemOf<Q>, next: ItemOf<Q>): Q {
  const same = (Object.keys(next) as (keyof ItemOf<Q>)[]).every((key) => next[key] === item[key]);
  return same ? queue : replaceInQueue(queue, [next]);
}

/**
 * Forget one seat: its items, its pass and its rate bucket go; `scrub` removes the seat from
 * what other items hold (me too, reports); `afterRemove` tidies items that pointed at a gone one.
 */
export function forgetSeatInQueue<Q extends ModerationQueue<HeldItem>>(
  queue: Q,
  seatId: SeatId,
  opts: {
    scrub?: (item: ItemOf<Q>) => ItemOf<Q>;
    afterRemove?: (items: readonly ItemOf<Q>[], goneIds: ReadonlySet<string>) => readonly ItemOf<Q>[];
  } = {},
): Q {
  const gone = new Set(queue.items.filter((i) => i.seatId === seatId).map((i) => i.id));
  let kept: readonly ItemOf<Q>[] = queue.items.filter((i) => !gone.has(i.id));
  if (opts.scrub) {
    const scrub = opts.scrub;
    kept = kept.map((i) => scrub(i));
  }
  if (opts.afterRemove && gone.size > 0) kept = opts.afterRemove(kept, gone);
  const passed = withoutSeat(queue.passed, seatId);
  const buckets = withoutKey(queue.buckets, seatId);
  const itemsSame = kept.length === queue.items.length && kept.every((i, n) => i === queue.items[n]);
  if (itemsSame && passed === queue.passed && buckets === queue.buckets) return queue;
  return { ...queue, items: itemsSame ? queue.items : kept, passed, buckets };
}

/** Items with one status, in the order sent (the host's lists; the queue itself uses queueOrder). */
export function withStatus<I extends HeldItem>(items: readonly I[], status: ModerationStatus): I[] {
  return items.filter((i) => i.status === status);
}
