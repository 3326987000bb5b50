/**
 * The routing key of a room: its code. Every request that must reach the
 * process owning a room carries it, so a reverse proxy can hash on it
 * (docs/operations.md, "Scale-out"): Socket.IO connections as the `room` query
 * argument, joins in their path (/api/join/<code>). Room tokens carry the code
 * in their (signed, not secret) claims so a client can read it without asking.
 */

/** The code inside a room token's claims, or undefined for a token without one. */
export function roomCodeOfToken(token: string): string | undefined {
  const dot = token.indexOf(".");
  if (dot <= 0) return undefined;
  try {
    const b64 = token.slice(0, dot).replace(/-/g, "+").replace(/_/g, "/");
    const claims: unknown = JSON.parse(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)));
    const code = (claims as { code?: unknown } | null)?.code;
    return typeof code === "string" && /^[A-Z0-9]{1,16}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
