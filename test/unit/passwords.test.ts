/** server/security/passwords.ts: scrypt hashes, and refusals that cost the same whatever is stored. */
import { describe, expect, it } from "vitest";
import { createPasswordHasher } from "../../server/security/passwords.js";
import { NO_PASSWORD } from "../../server/store/account-links.js";

const hasher = createPasswordHasher(14);

/**
 * CPU time (all threads: scrypt runs on libuv's pool) spent on `runs` calls. CPU time, not wall
 * time, so a busy machine (other test files on the same cores) does not decide the comparison.
 */
async function cpuMs(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe("password hasher", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hasher.hash("riktig-hemmelig-passord");
    expect(stored).toMatch(/^scrypt\$16384\$/);
    expect(await hasher.verify("riktig-hemmelig-passord", stored)).toBe(true);
    expect(await hasher.verify("feil-passord", stored)).toBe(false);
  });

  it("refuses a stored value that is not a usable hash (invited account, cut or foreign value)", async () => {
    for (const stored of [NO_PASSWORD, "", "!", "scrypt$16384$8$1$c2FsdA$", "bcrypt$x", "scrypt$1$8$1$c2FsdA$a2V5"]) {
      expect(await hasher.verify("anything", stored)).toBe(false);
    }
  });

  it("takes about as long for an account without a usable hash as for a wrong password", async () => {
    const stored = await hasher.hash("riktig-hemmelig-passord");
    await hasher.dummyHash(); // made once, outside the measurement
    const wrong = await cpuMs(() => hasher.verify("feil-passord", stored));
    const unusable = await cpuMs(() => hasher.verify("feil-passord", NO_PASSWORD));
    // Without the dummy scrypt the unusable case returns in microseconds (a ratio near 0).
    expect(unusable / wrong).toBeGreaterThan(0.5);
  });
});
