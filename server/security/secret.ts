/**
 * The token secret kept with the data: generated once, in a file only this
 * user can read (0600) next to the database, so room tokens survive a restart.
 * SAMMEN_SECRET, when set, wins and nothing is written.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SECRET_FILE = "secret";

/** The secret for a data folder: read it if it is there, else create it (once, even if two start at once). */
export function loadOrCreateSecret(dataDir: string, log: (line: string) => void = () => {}): string {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { flag: "wx", mode: 0o600 });
    log(`[sammen] created the token secret in ${file} (mode 0600)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A copy restored from a backup may have come back readable by others: tighten it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it to make a new one (every open room's tokens then stop working).`);
  return secret;
}
