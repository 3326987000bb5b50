/**
 * View patches: what changed between two views of one role, as a list of operations, and the
 * same list applied back. The fan-out (server/rooms/live-room.ts) sends a target a patch against
 * the view it last sent that target instead of the whole view again (docs/protocol.md, "View
 * patches"): in a round of answers the host console's view changes by one row per answer, and
 * resending the whole view made most of the bytes a room sends.
 *
 * Views are JSON data (objects, arrays, strings, numbers, booleans, null). An operation is
 * `[path, value]` (set that place to a JSON value) or `[path]` (delete that object key). Arrays are
 * patched per index when their length is unchanged and replaced whole otherwise, so a path never
 * points past an array's end. Applying never changes the view it is given: the changed path is
 * copied and every unchanged subtree is kept by identity (React re-renders only what changed).
 */

export type PatchPath = readonly (string | number)[];
export type PatchOp = readonly [path: PatchPath] | readonly [path: PatchPath, value: unknown];

/** Beyond this many operations a patch is no cheaper than the view: the caller sends the view. */
export const MAX_PATCH_OPS = 64;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The operations that turn `prev` into `next` (both JSON data), or null when there would be more
 * than `limit`. Top-level keys in `skip` are left out (the room's version changes with every
 * commit and travels beside the patch). Keys whose value is `undefined` count as absent, as in
 * JSON.
 */
export function diffView(prev: unknown, next: unknown, skip: readonly string[] = NOTHING, limit = MAX_PATCH_OPS): PatchOp[] | null {
  if (!isObject(prev) || !isObject(next)) return null;
  const ops: PatchOp[] = [];
  return diffInto(ops, prev, next, [], skip, limit) ? ops : null;
}

const NOTHING: readonly string[] = [];

/** Adds the operations turning `a` into `b` under `path`; false once there would be more than `limit`. */
function diffInto(ops: PatchOp[], a: unknown, b: unknown, path: (string | number)[], skip: readonly string[], limit: number): boolean {
  if (a === b) return true;
  if (isObject(a) && isObject(b)) {
    for (const key in b) {
      if (skip.length && skip.includes(key)) continue;
      const bv = b[key];
      const av = a[key];
      if (bv === undefined) {
        if (av !== undefined) {
          if (ops.length >= limit) return false;
          ops.push([[...path, key]]);
        }
      } else if (av === undefined) {
        if (ops.length >= limit) return false;
        ops.push([[...path, key], bv]);
      } else {
        path.push(key);
        const fits = diffInto(ops, av, bv, path, NOTHING, limit);
        path.pop();
        if (!fits) return false;
      }
    }
    for (const key in a) {
      if (skip.length && skip.includes(key)) continue;
      // A key of `b` holding undefined was deleted in the loop above.
      if (a[key] !== undefined && !Object.prototype.hasOwnProperty.call(b, key)) {
        if (ops.length >= limit) return false;
        ops.push([[...path, key]]);
      }
    }
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < b.length; i++) {
      path.push(i);
      const fits = diffInto(ops, a[i], b[i], path, NOTHING, limit);
      path.pop();
      if (!fits) return false;
    }
    return true;
  }
  // Two different primitives, a type change, or an array of another length: replace it.
  if (ops.length >= limit) return false;
  ops.push([[...path], b]);
  return true;
}

/**
 * `view` with the operations applied, or null when one does not fit it (a path through something
 * that is not there): the caller then asks for the whole view again instead of guessing.
 */
export function applyPatch<T>(view: T, ops: readonly PatchOp[]): T | null {
  let root: unknown = view;
  for (const op of ops) {
    const path = op[0];
    if (!Array.isArray(path) || path.length === 0) return null;
    const next = setIn(root, path, 0, op.length === 2, op[1]);
    if (next === FAILED) return null;
    root = next;
  }
  return root as T;
}

const FAILED = Symbol("patch does not fit");

function setIn(node: unknown, path: PatchPath, at: number, set: boolean, value: unknown): unknown {
  const key = path[at];
  const last = at === path.length - 1;
  if (Array.isArray(node)) {
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key >= node.length) return FAILED;
    if (last && !set) return FAILED;
    const child = last ? value : setIn(node[key], path, at + 1, set, value);
    if (child === FAILED) return FAILED;
    const copy = node.slice();
    copy[key] = child;
    return copy;
  }
  if (!isObject(node) || typeof key !== "string") return FAILED;
  // Own keys only: a patch must never reach an object's prototype.
  if (key === "__proto__" || key === "constructor" || key === "prototype") return FAILED;
  if (last) {
    const copy: Record<string, unknown> = { ...node };
    if (set) copy[key] = value;
    else delete copy[key];
    return copy;
  }
  if (!Object.prototype.hasOwnProperty.call(node, key)) return FAILED;
  const child = setIn(node[key], path, at + 1, set, value);
  if (child === FAILED) return FAILED;
  return { ...node, [key]: child };
}
