/** Signed room tokens (server/security/tokens.ts): HMAC-SHA256 over base64url JSON. */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTokenSigner } from "../../server/security/tokens.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const HOUR = 60 * 60_000;

/** Sign an arbitrary body with the real secret: the only way to test what the claims schema accepts. */
function forge(secret: string, claims: unknown): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}

function flipChar(text: string, index: number): string {
  const ch = text[index];
  const replacement = ch === "A" ? "B" : "A";
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe("room tokens", () => {
  it("round-trips host, screen and seat claims with an expiry", () => {
    let now = 1_000_000;
    const signer = createTokenSigner(SECRET, () => now);
    expect(signer.verify(signer.sign({ role: "host", roomId: "room-1", sid: "login-session-1" }, HOUR))).toEqual({ role: "host", roomId: "room-1", sid: "login-session-1", exp: now + HOUR });
    expect(signer.verify(signer.sign({ role: "screen", roomId: "room-1" }, HOUR))).toEqual({ role: "screen", roomId: "room-1", exp: now + HOUR });
    const seat = signer.sign({ role: "seat", roomId: "room-1", seatId: "seat-abc" }, HOUR);
    expect(seat).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    now += HOUR - 1;
    expect(signer.verify(seat)).toEqual({ role: "seat", roomId: "room-1", seatId: "seat-abc", exp: 1_000_000 + HOUR });
  });

  it("refuses an expired token", () => {
    let now = 5_000;
    const signer = createTokenSigner(SECRET, () => now);
    const token = signer.sign({ role: "host", roomId: "room-1", sid: "login-session-1" }, 1_000);
    expect(signer.verify(token)).not.toBeNull();
    now = 6_001;
    expect(signer.verify(token)).toBeNull();
    // A token already expired when it was signed.
    expect(signer.verify(signer.sign({ role: "host", roomId: "room-1", sid: "login-session-1" }, -1))).toBeNull();
  });

  it("refuses a tampered body (the claims cannot be edited)", () => {
    const signer = createTokenSigner(SECRET);
    const token = signer.sign({ role: "seat", roomId: "room-1", seatId: "seat-abc" }, HOUR);
    const [body, sig] = token.split(".");
    // Re-encode the body as a host of the same room, keep the seat's signature.
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>;
    const asHost = Buffer.from(JSON.stringify({ ...claims, role: "host" })).toString("base64url");
    expect(signer.verify(`${asHost}.${sig}`)).toBeNull();
    const otherRoom = Buffer.from(JSON.stringify({ ...claims, roomId: "room-2" })).toString("base64url");
    expect(signer.verify(`${otherRoom}.${sig}`)).toBeNull();
    const later = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 10 * HOUR })).toString("base64url");
    expect(signer.verify(`${later}.${sig}`)).toBeNull();
    for (const i of [0, 5, body.length - 2]) expect(signer.verify(`${flipChar(body, i)}.${sig}`), `body char ${i}`).toBeNull();
  });

  it("refuses a tampered or missing signature", () => {
    const signer = createTokenSigner(SECRET);
    const token = signer.sign({ role: "host", roomId: "room-1", sid: "login-session-1" }, HOUR);
    const [body, sig] = token.split(".");
    for (const i of [0, 10, 20, 30]) expect(signer.verify(`${body}.${flipChar(sig, i)}`), `sig char ${i}`).toBeNull();
    expect(signer.verify(`${body}.`)).toBeNull();
    expect(signer.verify(body)).toBeNull();
    expect(signer.verify(`${body}.${sig}.${sig}`)).toBeNull();
    expect(signer.verify(`${body}.${sig.slice(0, -4)}`)).toBeNull();
    expect(signer.verify(`.${sig}`)).toBeNull();
    expect(signer.verify("")).toBeNull();
    expect(signer.verify("not-a-token-at-all")).toBeNull();
  });

  it("refuses a token signed with another secret", () => {
    const mine = createTokenSigner(SECRET);
    const theirs = createTokenSigner("another-secret-entirely-9876543210");
    const token = theirs.sign({ role: "host", roomId: "room-1", sid: "login-session-1" }, HOUR);
    expect(theirs.verify(token)).not.toBeNull();
    expect(mine.verify(token)).toBeNull();
  });

  it("refuses well-signed bodies whose claims are not a room token", () => {
    const signer = createTokenSigner(SECRET);
    const exp = Date.now() + HOUR;
    for (const claims of [
      { role: "admin", roomId: "room-1", exp },
      { role: "seat", roomId: "room-1", exp }, // a seat token needs its seat id
      { role: "host", exp },
      { role: "host", roomId: "room-1", sid: "login-session-1" }, // no expiry
      { role: "host", roomId: "room-1", exp: String(exp) },
      { role: "host", roomId: "room-1", exp }, // a host token needs its login session
      null,
      [],
      "host",
    ]) {
      expect(signer.verify(forge(SECRET, claims)), JSON.stringify(claims)).toBeNull();
    }
    // Not JSON at all, correctly signed.
    const junk = Buffer.from("{not json").toString("base64url");
    expect(signer.verify(`${junk}.${createHmac("sha256", SECRET).update(junk).digest("base64url")}`)).toBeNull();
    // The control: the same forge helper does produce an accepted token for valid claims.
    const host = { role: "host", roomId: "room-1", sid: "login-session-1", exp };
    expect(signer.verify(forge(SECRET, host))).toEqual(host);
  });
});
