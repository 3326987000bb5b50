/**
 * The layering promises of the code base, read from the source files: the room
 * core, the live rooms, the gateway and the client SDK are given their activity
 * kinds and import none; the wire protocol and shared/errors.ts are leaves of
 * our own code. (`npm run check:cycles` checks the whole graph for cycles.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const full = path.join(abs, name);
    const rel = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Every module specifier a file imports or re-exports, resolved to a path from the repo root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const specs = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"/g), ...text.matchAll(/import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
  return specs.filter((s) => s.startsWith(".")).map((s) => path.normalize(path.join(path.dirname(file), s)));
}

const KIND_DIRS = readdirSync(path.join(ROOT, "shared/activities")).filter((n) => statSync(path.join(ROOT, "shared/activities", n)).isDirectory());

describe("architecture", () => {
  it("knows the kinds it checks (the rule below is not vacuous)", () => {
    expect(KIND_DIRS).toContain("checkin");
    expect(KIND_DIRS.length).toBeGreaterThanOrEqual(9);
  });

  for (const dir of ["shared/room", "server/rooms", "server/realtime", "client/src/sdk"]) {
    it(`${dir} imports neither the activity registry nor any kind`, () => {
      const files = filesUnder(dir);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        for (const target of importsOf(file)) {
          expect(target, `${file} imports ${target}`).not.toMatch(/shared\/activities\/registry/);
          for (const kind of KIND_DIRS) expect(target.startsWith(`shared/activities/${kind}/`), `${file} imports ${target}`).toBe(false);
        }
      }
    });
  }

  it("shared/errors.ts imports nothing", () => {
    expect(importsOf("shared/errors.ts")).toEqual([]);
    expect(readFileSync(path.join(ROOT, "shared/errors.ts"), "utf8")).not.toMatch(/\bfrom\s+"/);
  });

  it("shared/protocol.ts imports no activity, room core, moderation or disclosure module", () => {
    for (const target of importsOf("shared/protocol.ts")) {
      expect(target, target).not.toMatch(/^shared\/(activities|moderation|disclosure)\//);
      expect(target, target).not.toMatch(/^shared\/room\/(room|views|core)\.js$/);
    }
  });

  it("the activity contract does not import the registry", () => {
    for (const target of importsOf("shared/activities/types.ts")) expect(target).not.toMatch(/registry/);
  });

  it("only server/app.ts builds the room core from the registry on the server side", () => {
    const builders = filesUnder("server").filter((f) => /createRoomCore\(/.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(builders).toEqual(["server/app.ts"]);
  });
});
