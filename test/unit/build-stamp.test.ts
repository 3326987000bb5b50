/** `npm start` rebuilds only when a build input changed: the stamp over sources, configs and the lockfile. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, OUTPUTS, writeStamp } from "../../scripts/build-stamp.mjs";

let root: string;
const put = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "sammen-stamp-"));
  put("server/main.ts", "console.log(1)");
  put("client/src/app.tsx", "export {}");
  put("shared/protocol.ts", "export {}");
  put("package-lock.json", "{}");
  for (const out of OUTPUTS) put(out, "built");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("build stamp", () => {
  it("a fresh clone (no stamp) needs a build; after one it is current", () => {
    expect(buildIsCurrent(root)).toBe(false);
    writeStamp(root);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it.each(["server/main.ts", "client/src/app.tsx", "shared/protocol.ts", "package-lock.json"])("a change to %s needs a rebuild", (file) => {
    writeStamp(root);
    put(file, "changed");
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("a new source file needs a rebuild; files outside the inputs (tests, docs, data) do not", () => {
    writeStamp(root);
    put("test/x.test.ts", "x");
    put("docs/operations.md", "x");
    put("data/sammen.db", "x");
    expect(buildIsCurrent(root)).toBe(true);
    put("server/new-module.ts", "x");
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("a missing build output needs a rebuild even with a matching stamp", () => {
    writeStamp(root);
    rmSync(path.join(root, OUTPUTS[0]));
    expect(buildIsCurrent(root)).toBe(false);
  });
});
