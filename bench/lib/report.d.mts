/** Types for the parts of report.mjs that test/unit/bench-report.test.ts checks. */
export interface StormBackoff {
  delayMs: number;
  randomization: number;
}
export function backoffLabel(variant: string, backoff: StormBackoff | null | undefined): string;
export function backoffWindow(backoff: StormBackoff): string;
