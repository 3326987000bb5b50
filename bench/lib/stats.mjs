/** HDR histograms in microseconds, summarised in milliseconds. Samples from all workers are merged, never their percentiles. */
import * as hdr from "hdr-histogram-js";

export function histogram() {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
}

/** Record millisecond samples; returns the histogram. */
export function recordAll(h, samplesMs) {
  for (const ms of samplesMs) h.recordValue(Math.max(1, Math.round(ms * 1000)));
  return h;
}

export function summarise(h) {
  if (h.totalCount === 0) return { n: 0, p50: null, p95: null, p99: null, max: null, mean: null };
  const at = (p) => round(h.getValueAtPercentile(p) / 1000);
  return { n: h.totalCount, p50: at(50), p95: at(95), p99: at(99), max: round(h.maxValue / 1000), mean: round(h.mean / 1000) };
}

export function summariseSamples(samplesMs) {
  return summarise(recordAll(histogram(), samplesMs));
}

export const round = (x, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));
