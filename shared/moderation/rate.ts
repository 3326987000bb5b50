/** The per-seat rate limit of a moderated kind: a token bucket kept in activity state. */

export interface RatePolicy {
  /** How many may be sent at once. */
  burst: number;
  /** One more may be sent each interval. */
  intervalMs: number;
}

/** A token bucket kept in activity state, so the limit survives reconnects and is replayable. */
export interface RateBucket {
  tokens: number;
  at: number;
}

/** Take one token at `now`; null when the seat must wait. Nothing else changes on refusal. */
export function takeToken(bucket: RateBucket | undefined, now: number, policy: RatePolicy): RateBucket | null {
  const start = bucket ?? { tokens: policy.burst, at: now };
  const elapsed = Math.max(0, now - start.at);
  const tokens = Math.min(policy.burst, start.tokens + elapsed / policy.intervalMs);
  if (tokens < 1) return null;
  return { tokens: tokens - 1, at: Math.max(now, start.at) };
}
