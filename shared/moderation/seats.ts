/** Ids and per-seat records of held items. */
import type { SeatId } from "../room/types.js";

/**
 * A fresh item id from `ctx.newId` (cryptographic on the server). Random, not serial, and not
 * from the room's seeded stream: an id seen on the screen must tell neither the order items
 * were sent in nor the stream (docs/rules.md, "Ids of what children send are not replayable").
 */
export function newItemId(newId: () => string, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `i${newId()}`;
    if (!taken(id)) return id;
  }
}

/** An array of seats without one seat (the same array when it was not there). */
export function withoutSeat(seats: readonly SeatId[], seatId: SeatId): readonly SeatId[] {
  return seats.includes(seatId) ? seats.filter((s) => s !== seatId) : seats;
}

/** A record without one key (the same record when the key was not there). */
export function withoutKey<V>(record: Readonly<Record<string, V>>, key: string): Readonly<Record<string, V>> {
  if (!Object.prototype.hasOwnProperty.call(record, key)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}
