/**
 * Import and export of plans and content as JSON. An import is checked in two
 * passes before anything is written: a shape guard over the raw JSON (depth,
 * sizes, prototype keys) so a hostile file costs little, then the same zod
 * schemas the REST routes use. Every problem is reported with its path; a file
 * with any problem changes nothing.
 */
import { z } from "zod";
import { contentItemSchema } from "./content.js";
import { planSchema } from "./plan.js";

export const EXPORT_FORMAT = "sammen-export";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_PLANS = 50;
export const MAX_IMPORT_CONTENT = 200;
/** Bytes of JSON an import request may carry. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number().int().min(0).optional(),
  plans: z.array(planSchema).max(MAX_IMPORT_PLANS).default([]),
  content: z.array(contentItemSchema).max(MAX_IMPORT_CONTENT).default([]),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export interface ImportIssue {
  /** Where in the file: `plans[0].meetings[2].steps[1].config.deck`; empty for the file itself. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number" || (typeof key === "string" && /^\d+$/.test(key))) out += `[${String(key)}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

export const GUARD_LIMITS = {
  depth: 16,
  arrayLength: 500,
  keys: 60,
  stringLength: 5000,
  nodes: 200_000,
  issues: 50,
};

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Walk parsed JSON without recursion and report what no valid file can hold:
 * prototype keys, nesting deeper than any schema, arrays or strings longer
 * than any limit. Stops after `issues` problems or `nodes` values.
 */
export function guardJson(value: unknown, limits = GUARD_LIMITS): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && issues.length < limits.issues) {
    const { v, path } = stack.pop()!;
    if (++nodes > limits.nodes) {
      issues.push({ path: "", message: `the file holds more than ${limits.nodes} values` });
      break;
    }
    if (typeof v === "string") {
      if (v.length > limits.stringLength) issues.push({ path: formatPath(path), message: `text longer than ${limits.stringLength} characters` });
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (path.length >= limits.depth) {
      issues.push({ path: formatPath(path), message: `nested deeper than ${limits.depth} levels` });
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > limits.arrayLength) {
        issues.push({ path: formatPath(path), message: `a list of ${v.length} items (at most ${limits.arrayLength})` });
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > limits.keys) {
      issues.push({ path: formatPath(path), message: `an object with ${keys.length} keys (at most ${limits.keys})` });
      continue;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` });
        continue;
      }
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      if (!FORBIDDEN_KEYS.has(keys[i])) stack.push({ v: (v as Record<string, unknown>)[keys[i]], path: [...path, keys[i]] });
    }
  }
  return issues;
}

/** Zod's issues as path + message, at most `max`. */
export function issuesOf(error: z.ZodError, max = GUARD_LIMITS.issues): ImportIssue[] {
  return error.issues.slice(0, max).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; issues: ImportIssue[] };

/** Guard, then schema: the one way an untrusted body becomes a typed value. */
export function parseUntrusted<T>(schema: z.ZodType<T>, raw: unknown): ParseResult<T> {
  const guarded = guardJson(raw);
  if (guarded.length > 0) return { ok: false, issues: guarded };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}
