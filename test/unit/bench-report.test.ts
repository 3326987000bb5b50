/**
 * The benchmark report's account of the reconnect storm's back-off (bench/lib/report.mjs). It is
 * built from the back-off the load workers report using (bench/worker.ts), which is the SDK's own
 * (client/src/sdk/connection.ts): a report that repeated a number written by hand said "1 s ± 50 %"
 * long after the SDK's first retry had become 0.5 s.
 */
import { describe, expect, it } from "vitest";
import { backoffLabel, backoffWindow } from "../../bench/lib/report.mjs";
import { RECONNECT_DELAY_MS, RECONNECT_RANDOMIZATION } from "../../client/src/sdk/connection.js";

describe("the reconnect storm's back-off in the report", () => {
  const sdk = { delayMs: RECONNECT_DELAY_MS, randomization: RECONNECT_RANDOMIZATION };

  it("names the SDK's delay and spread as the workers reported them", () => {
    expect(backoffLabel("defaults", { delayMs: 500, randomization: 0.5 })).toBe("SDK default (500 ms ± 50 %)");
    expect(backoffLabel("defaults", sdk)).toContain(`${RECONNECT_DELAY_MS} ms`);
  });

  it("gives the window a first attempt falls in", () => {
    expect(backoffWindow({ delayMs: 500, randomization: 0.5 })).toBe("0.25–0.75 s");
    expect(backoffWindow({ delayMs: 1000, randomization: 0.5 })).toBe("0.5–1.5 s");
  });

  it("says only which variant a run was when it did not record the back-off", () => {
    expect(backoffLabel("defaults", undefined)).toBe("SDK default");
    expect(backoffLabel("immediate", { delayMs: 0, randomization: 0 })).toBe("immediate (0 ms)");
  });
});
