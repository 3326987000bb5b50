/** How many rooms have a console-and-screen flush queued for the next turn (shared by a registry's rooms). */
export interface QueuedFlushes {
  count: number;
}

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
  /** A change nobody waits for (scheduleUnhurried), held until this fires or a change that is waited for. */
  private unhurried: NodeJS.Timeout | null = null;
  private dirty = false;

  constructor(
    private readonly windowMs: number,
    private readonly flush: () => void,
    private readonly queued: QueuedFlushes = { count: 0 },
  ) {}

  schedule(): void {
    this.dropUnhurried();
    if (this.timer || this.immediate) {
      this.dirty = true;
      return;
    }
    this.runSoon();
  }

  /**
   * A change that only a person glances at (a tablet dropped or came back): it goes out with the
   * next flush, or after `delayMs` when none comes sooner. When a whole class's Wi-Fi blinks, a
   * room's tablets drop and return within a few hundred milliseconds; each one alone would be a
   * console and a projector update, all competing with the tablets' own reconnections for the
   * CPU (bench/NOTES.md, issue #19, seventh session).
   */
  scheduleUnhurried(delayMs: number): void {
    if (this.timer || this.immediate || this.unhurried) {
      this.dirty = true;
      return;
    }
    this.unhurried = setTimeout(() => {
      this.unhurried = null;
      this.run();
    }, delayMs);
  }

  private dropUnhurried(): void {
    if (!this.unhurried) return;
    clearTimeout(this.unhurried);
    this.unhurried = null;
  }

  /** A change after which nothing more is expected: flush on the next turn even inside the window. */
  settle(): void {
    this.dropUnhurried();
    if (this.immediate) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.runSoon();
  }

  private runSoon(): void {
    this.queued.count++;
    this.immediate = setImmediate(() => {
      this.immediate = null;
      this.queued.count--;
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

  /** A flush queued for the next turn runs now instead (the window then starts now). False when none was queued. */
  runQueued(): boolean {
    if (!this.immediate) return false;
    clearImmediate(this.immediate);
    this.immediate = null;
    this.queued.count--;
    this.run();
    return true;
  }

  cancel(): void {
    this.dropUnhurried();
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) {
      clearImmediate(this.immediate);
      this.queued.count--;
    }
    this.timer = null;
    this.immediate = null;
    this.dirty = false;
  }
}

export interface SeatFanoutOptions {
  /** One room's tablets failing (a bug in a view) is reported; the other rooms' still go. */
  onError?: (error: unknown) => void;
  /** Consoles and screens queued to flush: while there are some, the tablets wait (a few turns at most). */
  queued?: QueuedFlushes;
  /** Longest stretch of tablet updates before new input gets a turn. */
  sliceMs?: number;
}

/** Turns in a row the tablets may give way to consoles and screens, so steady input cannot hold them back for long. */
const MAX_YIELDS = 2;
const DEFAULT_SLICE_MS = 4;

/**
 * The tablets' part of every room's flush, sent after the consoles' and screens' parts of all the
 * rooms that flush in the same turn: when 250 rooms reveal at once, each projector waits for the
 * other rooms' projectors, not for their 2,000 tablets (bench/NOTES.md).
 *
 * The tablets go on the next turn, after the event loop has read new input, and give way to it:
 * when that input queued console or screen flushes (reveals from other rooms, still arriving), the
 * tablets wait behind them, for at most two turns in a row. They go in slices of a few
 * milliseconds, so input that arrives meanwhile is read between slices rather than after every
 * tablet of every room: 2,000 tablet patches are about 50 ms of work on the test machine, and a
 * reveal read after them reached its projector that much later (bench/NOTES.md, issue #19, sixth
 * session). A tablet's own change mostly rides on its acknowledgement; what comes here is what
 * others did (a reveal, a new activity).
 */
export class SeatFanout {
  private readonly due = new Set<{ flushSeats(): void }>();
  private scheduled: NodeJS.Immediate | null = null;
  private yields = 0;
  private readonly onError: (error: unknown) => void;
  private readonly queued: QueuedFlushes;
  private readonly sliceMs: number;

  constructor(options: SeatFanoutOptions = {}) {
    this.onError = options.onError ?? ((error) => setImmediate(() => {
      throw error;
    }));
    this.queued = options.queued ?? { count: 0 };
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  }

  queue(room: { flushSeats(): void }): void {
    this.due.add(room);
    this.later();
  }

  private later(): void {
    // Queued from the check phase (where flushes run), an immediate runs after the next poll.
    this.scheduled ??= setImmediate(() => this.drain());
  }

  private drain(): void {
    this.scheduled = null;
    if (this.queued.count > 0 && this.yields < MAX_YIELDS) {
      this.yields++;
      return this.later();
    }
    this.yields = 0;
    const until = performance.now() + this.sliceMs;
    for (const room of this.due) {
      this.due.delete(room);
      try {
        room.flushSeats();
      } catch (error) {
        this.onError(error);
      }
      if (this.due.size && performance.now() >= until) return this.later();
    }
  }
}
