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
