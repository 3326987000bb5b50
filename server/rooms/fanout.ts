/**
 * Leading-edge throttle for a room's fan-out: the first change goes out on the
 * next turn of the event loop (so changes from one I/O batch merge), changes in
 * the following window are merged into one more flush. A burst of N answers is
 * a handful of updates, not N.
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
