/** Types for alloc-summary.mjs (used by test/unit/alloc-summary.test.ts). */
export interface HeapProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children?: HeapProfileNode[];
}
export function allocationsByFunction(profile: { head: HeapProfileNode }): { total: number; self: Map<string, number>; inclusive: Map<string, number> };
export function summariseAllocations(profile: { head: HeapProfileNode }, top: number): string;
