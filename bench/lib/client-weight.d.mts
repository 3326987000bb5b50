/** Types for client-weight.mjs (used by test/integration/static-assets.test.ts). */
export interface MeasuredFile {
  ref: string;
  raw?: number;
  gzip?: number;
  missing?: boolean;
  note?: string;
}
export interface SurfaceWeight {
  ok: boolean;
  problem: string | null;
  builtAt?: string;
  scripts: MeasuredFile[];
  styles: MeasuredFile[];
  jsRaw: number;
  jsGzip: number;
  cssGzip: number;
}
export function clientWeight(clientDir: string, surfaces?: string[]): Record<string, SurfaceWeight>;
