/**
 * Live-input rate, in a file of its own so the browser SDK can pace input
 * without pulling the zod schemas of shared/protocol.ts into the tablet bundle.
 */
/** The most live-input samples a tablet may send per second; the server applies at most this many per seat. */
export const INPUT_MAX_HZ = 20;
export const INPUT_MIN_INTERVAL_MS = 1000 / INPUT_MAX_HZ;
/**
 * A token bucket paces live input, on the tablet and again on the server: INPUT_MAX_HZ a second
 * on average, with room for this many at once, so a change (a press right after a "still
 * holding" sample) goes out at once instead of waiting for the next 50 ms slot.
 */
export const INPUT_BURST = 2;

/** The pacing both sides use: take a token now, or learn how long until one is there. */
export class InputPacer {
  private tokens = INPUT_BURST;
  private last = Number.NEGATIVE_INFINITY;
  /** ms until a sample may go (0: now). Does not take the token. */
  wait(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * INPUT_MIN_INTERVAL_MS);
  }
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
  private refill(now: number): void {
    if (Number.isFinite(this.last)) this.tokens = Math.min(INPUT_BURST, this.tokens + (now - this.last) / INPUT_MIN_INTERVAL_MS);
    this.last = now;
  }
}
