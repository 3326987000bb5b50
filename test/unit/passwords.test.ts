/** server/security/passwords.ts: scrypt hashes, and refusals that cost the same whatever is stored. */
import { describe, expect, it } from "vitest";
import { createPasswordHasher } from "../../server/security/passwords.js";
import { NO_PASSWORD } from "../../server/store/account-links.js";

const hasher = createPasswordHasher(14);

async function medianMs(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
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
    const wrong = await medianMs(() => hasher.verify("feil-passord", stored));
    const unusable = await medianMs(() => hasher.verify("feil-passord", NO_PASSWORD));
    // Without the dummy scrypt the unusable case returns in microseconds (a ratio near 0).
    expect(unusable / wrong).toBeGreaterThan(0.5);
  });
});
