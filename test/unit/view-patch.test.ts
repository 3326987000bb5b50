/**
 * View patches (shared/room/view-patch.ts): over seeded random JSON trees and random edits of
 * them, applying diff(a, b) to a gives b exactly; a patch never changes the view it is applied to
 * and keeps unchanged subtrees by identity; a patch that does not fit (a path through nothing, an
 * index past the end, a prototype key) is refused as a whole instead of guessed at.
 */
import { describe, expect, it } from "vitest";
import { applyPatch, diffView, MAX_PATCH_OPS, type PatchOp } from "../../shared/room/view-patch.js";
import { seededRandom } from "../../shared/room/random.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function gen(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const keys = ["a", "b", "rows", "seatId", "answer", "phase", "view", "x"];
  const leaf = (): Json => [null, true, false, int(100), `s${int(5)}`][int(5)];
  const tree = (depth: number): Json => {
    const r = random();
    if (depth <= 0 || r < 0.35) return leaf();
    if (r < 0.6) return Array.from({ length: int(5) }, () => tree(depth - 1));
    const o: Record<string, Json> = {};
    for (let i = int(6); i > 0; i--) o[keys[int(keys.length)]] = tree(depth - 1);
    return o;
  };
  /** A copy of `t` with a few random changes (values, added and removed keys, resized arrays). */
  const edit = (t: Json, depth: number): Json => {
    if (random() < 0.15) return tree(depth);
    if (Array.isArray(t)) {
      const copy = t.map((x) => (random() < 0.3 ? edit(x, depth - 1) : x));
      if (random() < 0.15) copy.push(tree(depth - 1));
      return copy;
    }
    if (t !== null && typeof t === "object") {
      const copy: Record<string, Json> = {};
      for (const [k, v] of Object.entries(t)) if (random() > 0.1) copy[k] = random() < 0.4 ? edit(v, depth - 1) : v;
      if (random() < 0.2) copy[keys[int(keys.length)]] = tree(depth - 1);
      return copy;
    }
    return random() < 0.5 ? leaf() : t;
  };
  return { tree, edit };
}

describe("view patches", () => {
  it("apply(a, diff(a, b)) is b, over 3,000 seeded random pairs, and a is never changed", () => {
    const random = seededRandom(20261202);
    const { tree, edit } = gen(random);
    let patched = 0;
    for (let i = 0; i < 3000; i++) {
      const a = { version: i, top: tree(4), other: tree(3) };
      const b = { ...(edit(a, 5) as object), version: i + 1 };
      if (typeof b !== "object") continue;
      const before = JSON.stringify(a);
      const ops = diffView(a, b, ["version"], 10_000);
      expect(ops).not.toBeNull();
      const result = applyPatch(a, ops!);
      expect(JSON.stringify(a)).toBe(before);
      const { version: _v, ...want } = JSON.parse(JSON.stringify(b)) as Record<string, unknown>;
      const { version: _w, ...got } = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
      expect(got).toEqual(want);
      if (ops!.length) patched++;
    }
    expect(patched).toBeGreaterThan(1500);
  });

  it("a patch is one row's change, not the view, and unchanged parts keep their identity", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ seatId: `seat-${i}`, answer: null as null | string }));
    const a = { version: 1, seats: [{ seatId: "seat-0" }], activity: { view: { phase: "open", rows } } };
    const b = { ...a, version: 2, activity: { view: { phase: "open", rows: rows.map((r, i) => (i === 7 ? { ...r, answer: "glad" } : r)) } } };
    const ops = diffView(a, b, ["version"])!;
    expect(ops).toEqual([[["activity", "view", "rows", 7, "answer"], "glad"]]);
    const next = applyPatch(a, ops)!;
    expect(next.seats).toBe(a.seats);
    expect(next.activity.view.rows[6]).toBe(a.activity.view.rows[6]);
    expect(next.activity.view.rows[7]).toEqual({ seatId: "seat-7", answer: "glad" });
    expect(a.activity.view.rows[7].answer).toBeNull();
  });

  it("keys that become undefined or absent are deleted; an array of another length is replaced whole", () => {
    const a = { x: 1, y: [1, 2], z: { k: 1 } };
    const b = { x: undefined, y: [1, 2, 3], z: {} };
    expect(diffView(a, b)).toEqual([[["x"]], [["y"], [1, 2, 3]], [["z", "k"]]]);
    expect(applyPatch(a, diffView(a, b)!)).toEqual({ y: [1, 2, 3], z: {} });
  });

  it("more operations than the limit give null: the whole view is sent instead", () => {
    const a = { rows: Array.from({ length: MAX_PATCH_OPS + 1 }, () => 0) };
    const b = { rows: a.rows.map(() => 1) };
    expect(diffView(a, b)).toBeNull();
    expect(diffView(a, { rows: a.rows.map((x, i) => (i === 0 ? 1 : x)) })).toHaveLength(1);
  });

  it("a patch that does not fit is refused whole, and nothing reaches a prototype", () => {
    const view = { a: { b: [1, 2] }, c: 1 };
    const bad: PatchOp[][] = [
      [[["nope", "deeper"], 1]],
      [[["a", "b", 2], 1]],
      [[["a", "b", -1], 1]],
      [[["a", "b", "0"], 1]],
      [[["a", "b", 0]]],
      [[["c", "d"], 1]],
      [[[], 1]],
      [[["__proto__", "polluted"], true]],
      [[["__proto__"], { polluted: true }]],
      [[["a", "constructor"], 1]],
      [[["c"], 2], [["missing", "x"], 1]],
    ];
    for (const ops of bad) expect(applyPatch(view, ops), JSON.stringify(ops)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(view).toEqual({ a: { b: [1, 2] }, c: 1 });
  });
});
