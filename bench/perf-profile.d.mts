/** Types for perf-profile.mjs (used by test/unit/perf-profile.test.ts). */
/** One stack per sample, leaf first; kernel frames start with "[k] ", JavaScript frames with "JS:". */
export function parseStacks(text: string): string[][];
/** The Markdown report: CPU-seconds, shares by category, functions by inclusive share, and under `focus`. */
export function summarise(samples: string[][], freq: number, top: number, focus?: string): string;
/** The samples of `perf script` text inside the [from, to] windows (seconds, the monotonic clock), as `perf script` text. */
export function insideWindows(text: string, windows: [number, number][]): { text: string; windows: number; seconds: number };
