export const INPUT_DIRS: string[];
export const INPUT_FILES: string[];
export const OUTPUTS: string[];
export const STAMP: string;
export function sourceHash(root: string): string;
export function buildIsCurrent(root: string): boolean;
export function writeStamp(root: string): void;
