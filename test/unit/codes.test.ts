/** Room codes (server/rooms/codes.ts): short, unambiguous, unique among live rooms, forgiving to type. */
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH, newRoomCode, normaliseCode } from "../../server/rooms/codes.js";

describe("room codes", () => {
  it("the alphabet has no look-alikes", () => {
    expect(CODE_LENGTH).toBe(5);
    for (const ch of "0O1IL") expect(CODE_ALPHABET).not.toContain(ch);
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it("2000 generated codes use only the alphabet, are 5 long, never contain 0 O 1 I L", () => {
    const seen = new Set<string>();
    const used = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newRoomCode(() => false);
      expect(code).toHaveLength(5);
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
      expect(code).not.toMatch(/[0O1IL]/);
      expect(normaliseCode(code)).toBe(code);
      seen.add(code);
      for (const ch of code) used.add(ch);
    }
    // 31^5 ≈ 28.6 million codes: 2000 draws almost never collide, and they spread over the alphabet.
    expect(seen.size).toBeGreaterThan(1990);
    expect(used.size).toBe(CODE_ALPHABET.length);
  });

  it("honours the uniqueness callback: a taken code is never returned", () => {
    const taken = new Set<string>();
    const asked: string[] = [];
    // The first 25 candidates are "taken"; the 26th is returned.
    const code = newRoomCode((c) => {
      asked.push(c);
      if (asked.length <= 25) {
        taken.add(c);
        return true;
      }
      return false;
    });
    expect(asked).toHaveLength(26);
    expect(code).toBe(asked[25]);
    expect(taken.has(code) && asked.indexOf(code) < 25).toBe(false);

    // Live rooms: 300 codes in a row, each checked against all earlier ones.
    const live = new Set<string>();
    for (let i = 0; i < 300; i++) live.add(newRoomCode((c) => live.has(c)));
    expect(live.size).toBe(300);
  });

  it("gives up (throws) rather than reuse a live code when every candidate is taken", () => {
    let calls = 0;
    expect(() =>
      newRoomCode(() => {
        calls++;
        return true;
      }),
    ).toThrow(/free room code/);
    expect(calls).toBe(1000);
  });

  it("normaliseCode accepts lower case and stray spaces", () => {
    expect(normaliseCode("ABCDE")).toBe("ABCDE");
    expect(normaliseCode("abcde")).toBe("ABCDE");
    expect(normaliseCode(" ab cd e ")).toBe("ABCDE");
    expect(normaliseCode("x7k\t9q\n")).toBe("X7K9Q");
    expect(normaliseCode("h j k m n")).toBe("HJKMN");
  });

  it("normaliseCode refuses anything else", () => {
    for (const bad of [
      "",
      "     ",
      "ABCD", // too short
      "ABCDEF", // too long
      "ABCD0",
      "ABCDO",
      "ABCD1",
      "ABCDI",
      "ABCDL",
      "abcdl",
      "AB-CD",
      "AB.CD",
      "ÆØÅAB",
      "ＡBCDE", // full-width A
      "ABCD\u0000",
      "ABC%2",
      "../..",
      "ABCDE\nABCDE",
    ]) {
      expect(normaliseCode(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
