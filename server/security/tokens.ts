/**
 * Signed room tokens (host, screen, seat). A token names the room instance (not
 * just its code, so a code reused later refuses old tokens), the role and, for a
 * seat, the seat id; a host token also names the facilitator's login session
 * (`sid`), so it stops working when that session ends. HMAC-SHA256 over the
 * base64url JSON; no library needed. The signature is compared as text, so
 * only its one canonical base64url spelling is accepted.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const tokenClaimsSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("host"), roomId: z.string(), sid: z.string().min(8).max(64), code: z.string().optional(), exp: z.number() }),
  z.object({ role: z.literal("screen"), roomId: z.string(), code: z.string().optional(), exp: z.number() }),
  z.object({ role: z.literal("seat"), roomId: z.string(), seatId: z.string(), code: z.string().optional(), exp: z.number() }),
]);
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;
/** `code` is the room's routing key for a proxy (shared/routing.ts); the room is named by `roomId`. */
export type TokenSubject =
  | { role: "host"; roomId: string; sid: string; code?: string }
  | { role: "screen"; roomId: string; code?: string }
  | { role: "seat"; roomId: string; seatId: string; code?: string };

export interface TokenSigner {
  sign(subject: TokenSubject, ttlMs: number): string;
  verify(token: string): TokenClaims | null;
  /** A key for another MAC (e.g. the known-device cookie), derived from the same secret per purpose. */
  keyFor(purpose: string): Buffer;
}

export function createTokenSigner(secret: string, now: () => number = Date.now): TokenSigner {
  const mac = (body: string) => createHmac("sha256", secret).update(body).digest("base64url");
  return {
    keyFor: (purpose) => createHmac("sha256", secret).update(`sammen-key|${purpose}`).digest(),
    sign(subject, ttlMs) {
      const body = Buffer.from(JSON.stringify({ ...subject, exp: now() + ttlMs })).toString("base64url");
      return `${body}.${mac(body)}`;
    },
    verify(token) {
      const dot = token.indexOf(".");
      if (dot <= 0 || dot !== token.lastIndexOf(".")) return null;
      const body = token.slice(0, dot);
      // Buffer.from(…, "base64url") forgives stray trailing bits and padding, so bytes are not
      // enough: the text itself must be the one spelling the signer makes.
      const given = Buffer.from(token.slice(dot + 1), "utf8");
      const expected = Buffer.from(mac(body), "utf8");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
      } catch {
        return null;
      }
      const parsed = tokenClaimsSchema.safeParse(claims);
      if (!parsed.success || parsed.data.exp < now()) return null;
      return parsed.data;
    },
  };
}
