/**
 * Pusterommet: the room-level calm-down. The host starts it from any activity;
 * every screen and tablet shows the same breathing guide from the same
 * server-timed start (clients add their clock offset), and when it ends every
 * surface is back where it was, because the running activity is never touched.
 * Pure data and arithmetic, shared by the server and the clients.
 */

/** In and out times (ms). Slow breathing for children: in 4 s, out 4–6 s. */
export const CALM_PATTERNS = {
  "4-4": { inMs: 4000, outMs: 4000 },
  "4-5": { inMs: 4000, outMs: 5000 },
  "4-6": { inMs: 4000, outMs: 6000 },
} as const;
export type CalmPattern = keyof typeof CALM_PATTERNS;
export const CALM_PATTERN_IDS = Object.keys(CALM_PATTERNS) as [CalmPattern, ...CalmPattern[]];

export const CALM_MIN_CYCLES = 2;
export const CALM_MAX_CYCLES = 12;
export const CALM_DEFAULT_CYCLES = 5;
/** The breathing starts this long after the host's command, so every surface can begin together. */
export const CALM_LEAD_MS = 1500;
/** A calm ending with a short quiet moment before everyone is back. */
export const CALM_TAIL_MS = 2000;

export interface CalmState {
  /** Serial within the room, so a late end timer never ends a newer calm-down. */
  n: number;
  pattern: CalmPattern;
  inMs: number;
  outMs: number;
  cycles: number;
  /** Server time (ms since epoch) of the first breath in. */
  startAt: number;
  /** Server time after which the overlay is gone. */
  endsAt: number;
}

/** What every role sees: the same as the state (nothing in it is about a child). */
export type CalmView = CalmState;

export function makeCalm(n: number, pattern: CalmPattern, cycles: number, now: number): CalmState {
  const { inMs, outMs } = CALM_PATTERNS[pattern];
  const startAt = now + CALM_LEAD_MS;
  return { n, pattern, inMs, outMs, cycles, startAt, endsAt: startAt + cycles * (inMs + outMs) + CALM_TAIL_MS };
}

export type BreathPhase = "ready" | "in" | "out" | "done";

/**
 * Where a breathing guide is at server time `t`: its phase, how far into that
 * phase (0–1), and the ms left in it. Used by the calm-down and by Ballongen's
 * shared rhythm, on the server and on every client with the same numbers.
 */
export function breathAt(
  rhythm: { startAt: number; inMs: number; outMs: number; cycles?: number },
  t: number,
): { phase: BreathPhase; fraction: number; msLeft: number; cycle: number } {
  const { startAt, inMs, outMs } = rhythm;
  if (t < startAt) return { phase: "ready", fraction: 0, msLeft: startAt - t, cycle: 0 };
  const period = inMs + outMs;
  const elapsed = t - startAt;
  const cycle = Math.floor(elapsed / period);
  if (rhythm.cycles !== undefined && cycle >= rhythm.cycles) return { phase: "done", fraction: 1, msLeft: 0, cycle: rhythm.cycles };
  const within = elapsed - cycle * period;
  return within < inMs
    ? { phase: "in", fraction: within / inMs, msLeft: inMs - within, cycle }
    : { phase: "out", fraction: (within - inMs) / outMs, msLeft: period - within, cycle };
}
