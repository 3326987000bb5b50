/**
 * Leading-edge throttle for a room's fan-out: the first change goes out on the
 * next turn of the event loop (so changes from one I/O batch merge), changes in
 * the following window are merged into one more flush. A burst of N answers is
 * a handful of updates, not N.
 *
 * `settle()` ends the window early: the room knows nothing more is coming for
 * now (every present seat has answered), so the last change goes out on the next
 * turn instead of at the window's end. It can only make a flush earlier, and it
 * only fires when the room turns settled, so the flush rate stays bounded.
 */
export class FanoutThrottle {
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;
  private dirty = false;

  constructor(
    private readonly windowMs: number,
    private readonly flush: () => void,
  ) {}

  schedule(): void {
    if (this.timer || this.immediate) {
      this.dirty = true;
      return;
    }
    this.runSoon();
  }

  /** A change after which nothing more is expected: flush on the next turn even inside the window. */
  settle(): void {
    if (this.immediate) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.runSoon();
  }

  private runSoon(): void {
    this.immediate = setImmediate(() => {
      this.immediate = null;
      this.run();
    });
  }

  private run(): void {
    this.dirty = false;
    this.flush();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.dirty) this.run();
    }, this.windowMs);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
    this.dirty = false;
  }
}

/**
 * The tablets' part of every room's flush, sent after the consoles' and screens' parts of all the
 * rooms that flush in the same turn: when 250 rooms reveal at once, each projector waits for the
 * other rooms' projectors, not for their 2,000 tablets (bench/NOTES.md). The tablets follow on a
 * zero timer: in the next turn of the event loop, before it reads new input when the flushes took
 * a millisecond or more, which under such load they do.
 */
export class SeatFanout {
  private readonly due = new Set<{ flushSeats(): void }>();
  private timer: NodeJS.Timeout | null = null;

  /** `onError`: one room's tablets failing (a bug in a view) is reported; the other rooms' still go. */
  constructor(private readonly onError: (error: unknown) => void = (error) => setImmediate(() => {
    throw error;
  })) {}

  queue(room: { flushSeats(): void }): void {
    this.due.add(room);
    this.timer ??= setTimeout(() => this.drain(), 0);
  }

  private drain(): void {
    this.timer = null;
    const rooms = [...this.due];
    this.due.clear();
    for (const room of rooms) {
      try {
        room.flushSeats();
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
