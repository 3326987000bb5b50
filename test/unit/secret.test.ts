/** The token secret kept with the data: made once, 0600, reused; SAMMEN_SECRET wins and writes nothing. */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadOrCreateSecret, SECRET_FILE } from "../../server/security/secret.js";
import { configFromEnv } from "../../server/config.js";
import { createServer } from "../../server/app.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-secret-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("token secret kept with the data", () => {
  it("is generated once, readable by this user only, and the same on the next start", () => {
    const dir = tempDir();
    const first = loadOrCreateSecret(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(dir)).toBe(first);
  });

  it("tightens a copy that came back readable by others", () => {
    const dir = tempDir();
    const secret = loadOrCreateSecret(dir);
    chmodSync(path.join(dir, SECRET_FILE), 0o644);
    expect(loadOrCreateSecret(dir)).toBe(secret);
    expect(statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it("refuses a file that holds no usable secret instead of signing with it", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, SECRET_FILE), "short\n", { mode: 0o600 });
    expect(() => loadOrCreateSecret(dir)).toThrow(/no usable secret/);
  });

  it("SAMMEN_SECRET wins: the server signs with it and writes no file", async () => {
    const dir = tempDir();
    const config = configFromEnv({ SAMMEN_DATA_DIR: dir, SAMMEN_SECRET: "configured-secret-0123456789abcdef", HOST: "127.0.0.1", PORT: "0" });
    expect(config.tokenSecret).toBe("configured-secret-0123456789abcdef");
    const sammen = createServer({ ...config, log: () => {} });
    await sammen.listen();
    await sammen.close();
    expect(existsSync(path.join(dir, SECRET_FILE))).toBe(false);
  });

  it("without SAMMEN_SECRET the server makes the file beside its database", async () => {
    const dir = tempDir();
    const config = configFromEnv({ SAMMEN_DATA_DIR: dir, HOST: "127.0.0.1", PORT: "0" });
    expect(config.tokenSecret).toBe("");
    const sammen = createServer({ ...config, log: () => {} });
    await sammen.listen();
    await sammen.close();
    expect(readFileSync(path.join(dir, SECRET_FILE), "utf8").trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
