/**
 * Password hashing with scrypt (node:crypto), stored as "scrypt$N$r$p$salt$hash".
 * The default cost is N = 2^17, r = 8, p = 1 (128 MiB and about 0.3 s per hash
 * on a small server): the price an offline guesser pays for each try. A hash
 * stored with older, lower parameters still verifies, and `needsRehash` tells
 * sign-in to replace it. At most MAX_PARALLEL hashes run at once, so a burst of
 * sign-ins cannot take the server's memory.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** log2 of scrypt's N: 17 in production; never below 14 (the tests' cheaper setting). */
export const DEFAULT_SCRYPT_LOG_N = 17;
export const MIN_SCRYPT_LOG_N = 14;
const R = 8;
const P = 1;
const KEYLEN = 32;
/** scrypt needs 128·N·r·p bytes; the largest N accepted from a stored hash. */
const MAX_N = 2 ** 20;
const MAX_PARALLEL = 2;

let running = 0;
const waiting: (() => void)[] = [];
async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function scrypt(password: string, salt: Buffer, keylen: number, params: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * params.p + 16 * 1024 * 1024 };
  return withSlot(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

function parse(stored: string) {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [, n, r, p, salt, key] = parts;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const sane =
    Number.isInteger(params.N) && params.N > 1 && params.N <= MAX_N && (params.N & (params.N - 1)) === 0 &&
    Number.isInteger(params.r) && params.r >= 1 && params.r <= 32 &&
    Number.isInteger(params.p) && params.p >= 1 && params.p <= 4;
  return sane ? { params, salt: Buffer.from(salt, "base64url"), key: Buffer.from(key, "base64url") } : null;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** True when the stored hash used weaker parameters than this hasher's. */
  needsRehash(stored: string): boolean;
  /**
   * A hash of a random secret with this hasher's parameters, made once: sign-in verifies against
   * it when the name is unknown, so timing does not tell which names exist.
   */
  dummyHash(): Promise<string>;
}

export function createPasswordHasher(logN: number = DEFAULT_SCRYPT_LOG_N): PasswordHasher {
  if (!Number.isInteger(logN) || logN < MIN_SCRYPT_LOG_N || logN > 20) throw new Error(`scrypt log2(N) must be ${MIN_SCRYPT_LOG_N}–20, got ${logN}`);
  const params = { N: 2 ** logN, r: R, p: P };
  let dummy: Promise<string> | undefined;
  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await scrypt(password, salt, KEYLEN, params);
    return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
  };
  const dummyHash = () => {
    dummy ??= hash(randomBytes(24).toString("base64url"));
    return dummy;
  };
  const matches = async (password: string, parsed: NonNullable<ReturnType<typeof parse>>) => {
    const key = await scrypt(password, parsed.salt, parsed.key.length, parsed.params);
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  };
  return {
    hash,
    async verify(password, stored) {
      const parsed = parse(stored);
      if (parsed && parsed.key.length > 0) return matches(password, parsed);
      // No usable hash (an invited account whose password is not set yet): pay for a scrypt all
      // the same, so a quick refusal does not tell that such an account exists.
      await matches(password, parse(await dummyHash())!);
      return false;
    },
    needsRehash(stored) {
      const parsed = parse(stored);
      if (!parsed) return true;
      return parsed.params.N < params.N || parsed.params.r < params.r || parsed.params.p < params.p;
    },
    dummyHash,
  };
}

/** The production-cost hasher, for callers that are not given one (e.g. the accounts console's links). */
const productionHasher = createPasswordHasher();
export const hashPassword = (password: string): Promise<string> => productionHasher.hash(password);
export const verifyPassword = (password: string, stored: string): Promise<boolean> => productionHasher.verify(password, stored);
