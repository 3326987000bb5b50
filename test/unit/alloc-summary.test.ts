/**
 * The allocation profile's reading (bench/alloc-summary.mjs): own and inclusive bytes per function
 * from a V8 sampling heap profile. The profile itself needs a running server, so it is not made
 * here; this is the part whose mistakes would go unnoticed (a recursive function counted twice, a
 * file named by its whole path).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allocationsByFunction, summariseAllocations, type HeapProfileNode } from "../../bench/alloc-summary.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const node = (functionName: string, url: string, selfSize: number, children: HeapProfileNode[] = []): HeapProfileNode => ({ callFrame: { functionName, url }, selfSize, children });

// (root) → flush (live-room) 100 → diffInto 300 → diffInto 200 (recursion); flush → send (ws) 400.
const PROFILE = {
  head: node("(root)", "", 0, [
    node("flush", `file://${ROOT}/dist/server/server/rooms/live-room.js`, 100, [
      node("diffInto", `file://${ROOT}/dist/server/shared/room/view-patch.js`, 300, [node("diffInto", `file://${ROOT}/dist/server/shared/room/view-patch.js`, 200)]),
      node("send", `${ROOT}/node_modules/ws/lib/sender.js`, 400),
      // An ES-module package is named by a file:// URL: the same short name.
      node("nanoid", `file://${ROOT}/node_modules/nanoid/index.js`, 0),
    ]),
  ]),
};

describe("alloc-summary: reading a sampling heap profile", () => {
  it("adds a function's own bytes over its stacks and counts a recursive function once per stack", () => {
    const { total, self, inclusive } = allocationsByFunction(PROFILE);
    expect(total).toBe(1000);
    expect(self.get("diffInto shared/room/view-patch.js")).toBe(500);
    expect(self.get("send ws/lib/sender.js")).toBe(400);
    expect(inclusive.get("flush server/rooms/live-room.js")).toBe(1000);
    // 300 + 200, not 300 + 200 + 200 for the nested call.
    expect(inclusive.get("diffInto shared/room/view-patch.js")).toBe(500);
    expect(self.has("nanoid nanoid/index.js")).toBe(true);
    // The root is not a function anyone wrote.
    expect(inclusive.has("(root)")).toBe(false);
  });

  it("writes the tables largest first, with shares of the whole", () => {
    const report = summariseAllocations(PROFILE, 2);
    expect(report).toMatch(/^0\.0 MB allocated/);
    const own = report.split("\n\n")[1];
    expect(own.split("\n").slice(2)).toEqual(["| `diffInto shared/room/view-patch.js` | 0.0 | 50.0 % |", "| `send ws/lib/sender.js` | 0.0 | 40.0 % |"]);
  });
});
