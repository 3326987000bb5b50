/** Zod issues as leaders can act on them: a union's failure becomes the issues of the branch that got furthest. */
import type { z } from "zod";

type Issue = z.core.$ZodIssue;
type Key = string | number;

const keys = (path: readonly PropertyKey[]): Key[] => path.map((k) => (typeof k === "symbol" ? String(k) : k));
const depth = (branch: readonly Issue[]) => Math.max(0, ...branch.map((i) => i.path.length));

/**
 * Flatten issues to (path, message) pairs. For an `invalid_union`, keep the branch
 * whose issues reach deepest into the value (fewest issues on a tie): that is the
 * shape the author was aiming for, so its complaints are the useful ones.
 */
export function flatIssues(issues: readonly Issue[], base: readonly Key[] = []): { path: Key[]; message: string }[] {
  const out: { path: Key[]; message: string }[] = [];
  for (const issue of issues) {
    const here = [...base, ...keys(issue.path)];
    const branches = issue.code === "invalid_union" ? ((issue as { errors?: Issue[][] }).errors ?? []) : [];
    if (branches.length === 0) {
      out.push({ path: here, message: issue.message });
      continue;
    }
    const best = [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
    out.push(...flatIssues(best, here));
  }
  return out;
}

/** Report another schema's failure inside a refinement, under `prefix`. */
export function addIssues(ctx: z.RefinementCtx, error: z.ZodError, prefix: readonly Key[] = [], strip = 0): void {
  for (const i of flatIssues(error.issues)) ctx.addIssue({ code: "custom", path: [...prefix, ...i.path.slice(strip)], message: i.message });
}
