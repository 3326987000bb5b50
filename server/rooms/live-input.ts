/**
 * Live-input slots: one per seat, each with its pacer (INPUT_MAX_HZ on average,
 * INPUT_BURST at once) and at most one sample waiting for a token. A sample that
 * arrives while one waits replaces it (latest wins), so a busy tablet costs the
 * room at most INPUT_MAX_HZ applications a second.
 */
import { InputPacer } from "../../shared/input.js";
import type { ClientInputPayload } from "../../shared/protocol.js";
import type { SeatId } from "../../shared/room/types.js";

export type InputSample = ClientInputPayload<"activity:input">;

interface Slot {
  pacer: InputPacer;
  pending: InputSample | null;
  timer: NodeJS.Timeout | null;
}

export class LiveInputSlots {
  private readonly slots = new Map<SeatId, Slot>();

  constructor(
    private readonly now: () => number,
    /** Applies a sample to the room; called at once or later from a timer. */
    private readonly apply: (seatId: SeatId, sample: InputSample) => void,
    /** Still worth applying a waiting sample for this seat (room not ended, seat not gone)? */
    private readonly stillWanted: (seatId: SeatId) => boolean,
  ) {}

  /** True when the sample may be applied now; otherwise it waits (replacing any waiting one). */
  offer(seatId: SeatId, sample: InputSample): boolean {
    let slot = this.slots.get(seatId);
    if (!slot) this.slots.set(seatId, (slot = { pacer: new InputPacer(), pending: null, timer: null }));
    if (!slot.timer && slot.pacer.take(this.now())) return true;
    slot.pending = sample;
    if (!slot.timer) this.arm(seatId, slot);
    return false;
  }

  private arm(seatId: SeatId, slot: Slot): void {
    const run = () => {
      slot.timer = null;
      if (!slot.pending || !this.stillWanted(seatId)) return;
      if (!slot.pacer.take(this.now())) return this.arm(seatId, slot);
      const next = slot.pending;
      slot.pending = null;
      this.apply(seatId, next);
    };
    slot.timer = setTimeout(run, Math.max(1, slot.pacer.wait(this.now())));
    slot.timer.unref();
  }

  clear(seatId: SeatId): void {
    const slot = this.slots.get(seatId);
    if (slot?.timer) clearTimeout(slot.timer);
    this.slots.delete(seatId);
  }

  clearAll(): void {
    for (const seatId of [...this.slots.keys()]) this.clear(seatId);
  }
}
