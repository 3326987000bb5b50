/**
 * The routing key of a room (shared/routing.ts): its code in a page's path,
 * in a token's claims, and the address the projector tells children to type.
 * Bad input gives null (or the input unchanged), never a wrong code.
 */
import { describe, expect, it } from "vitest";
import { roomCodeOfPath, roomCodeOfToken, roomPagePath, typedJoinAddress } from "../../shared/routing.js";

const tokenWith = (claims: unknown) => `${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`;

describe("room routing key", () => {
  it("reads the code of a /r/<code>/… path, upper-cased, and nothing else", () => {
    expect(roomPagePath("ABCDE", "join")).toBe("/r/ABCDE/join");
    expect(roomCodeOfPath(roomPagePath("ABCDE", "screen"))).toBe("ABCDE");
    expect(roomCodeOfPath("/r/abcde/host")).toBe("ABCDE");
    expect(roomCodeOfPath("/r/ABCDE")).toBe("ABCDE");
    for (const bad of ["/join", "/r/", "/r//join", "/rr/ABCDE/join", "/x/r/ABCDE/join", "/r/AB-DE/join", "/r/ABCDEFGHIJKLMNOPQ/join"]) {
      expect(roomCodeOfPath(bad), bad).toBeNull();
    }
  });

  it("reads the code in a token's claims; a token without a well-formed one gives undefined", () => {
    expect(roomCodeOfToken(tokenWith({ role: "seat", code: "ABCDE" }))).toBe("ABCDE");
    for (const bad of ["", "nodot", ".x", tokenWith({ code: "ab/de" }), tokenWith({ code: 5 }), tokenWith(null), "!!!.x"]) {
      expect(roomCodeOfToken(bad), bad).toBeUndefined();
    }
  });

  it("gives the address to type from a join link, old or new", () => {
    expect(typedJoinAddress("https://sammen.kommune.no/r/ABCDE/join")).toBe("https://sammen.kommune.no/join");
    expect(typedJoinAddress("http://192.168.1.10:3000/join?code=ABCDE")).toBe("http://192.168.1.10:3000/join");
    expect(typedJoinAddress("http://x/join")).toBe("http://x/join");
  });
});
