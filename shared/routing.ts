/**
 * The routing key of a room: its code. Every request that must reach the
 * process owning a room carries it, so a reverse proxy can hash on it
 * (docs/operations.md, "Scale-out"): Socket.IO connections as the `room` query
 * argument, joins in their path (/api/join/<code>), and the room's pages in
 * theirs (/r/<code>/join, /r/<code>/screen, /r/<code>/host). Room tokens carry
 * the code in their (signed, not secret) claims so a client can read it
 * without asking.
 */

/** The pages of one room: the tablet's, the projector's and the console's. */
export const ROOM_SURFACES = ["join", "screen", "host"] as const;
export type RoomSurface = (typeof ROOM_SURFACES)[number];

/** The address of one room's page, e.g. /r/ABCDE/join (the join link and QR code point here). */
export function roomPagePath(code: string, surface: RoomSurface): string {
  return `/r/${encodeURIComponent(code)}/${surface}`;
}

/** The room code of a /r/<code>/… path, as the server writes codes (upper case), or null. */
export function roomCodeOfPath(pathname: string): string | null {
  const match = /^\/r\/([A-Za-z0-9]{1,16})(?:\/|$)/.exec(pathname);
  return match ? match[1].toUpperCase() : null;
}

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

/**
 * The address to type on a tablet, from a room's join link: the link without its room
 * (http://host/r/ABCDE/join → http://host/join; the code is typed on that page).
 */
export function typedJoinAddress(joinUrl: string): string {
  return joinUrl.replace(/\/r\/[A-Za-z0-9]{1,16}\/join$/, "/join").replace(/\?code=.*/, "");
}
