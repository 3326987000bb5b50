/**
 * Opaque ids for things children send (questions, words, flowers, pieces). They come from the
 * platform's cryptographic random source, never from the room's seeded stream: an id seen on the
 * projector must not let anyone rebuild that stream and so the order in which items were sent
 * (docs/rules.md, "Ids of what children send are not replayable"). `globalThis.crypto` exists in Node 20+ and every browser, so this
 * stays free of imports.
 */
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Ten base-36 characters (about 51 bits) of cryptographic randomness. */
export function randomId(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let id = "";
  // 252 = 7 × 36: bytes above it are redrawn so every character is equally likely.
  for (let i = 0; i < bytes.length; i++) {
    let b = bytes[i];
    while (b >= 252) {
      const one = new Uint8Array(1);
      globalThis.crypto.getRandomValues(one);
      b = one[0];
    }
    id += ALPHABET[b % 36];
  }
  return id;
}

/**
 * A replayable id source for tests and the fuzz (same seed, same ids). Only tests use it;
 * the server always draws from `randomId`.
 */
export function seededIds(random: () => number): () => string {
  return () => {
    let id = "";
    for (let i = 0; i < 10; i++) id += ALPHABET[Math.floor(random() * 36) % 36];
    return id;
  };
}
