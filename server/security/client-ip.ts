/**
 * The client's address behind zero or more reverse proxies, by one rule for
 * HTTP and the Socket.IO handshake alike (docs/operations.md, "Behind a proxy").
 *
 * Walk from the TCP peer outwards through X-Forwarded-For, right to left. Each
 * address that is a trusted proxy (by hop count, or by being on the list) hands
 * over to the one it added before it; the first untrusted one is the client.
 * Entries left of it were written by the client itself and are never believed,
 * so a spoofed left-most entry changes nothing.
 */
import type { IncomingMessage } from "node:http";

/** `0` trusts nobody; `n` trusts the nearest n hops; a list trusts exactly those proxy addresses. */
export type ProxyTrust = number | readonly string[];

/** "::ffff:10.0.0.1" and "10.0.0.1" are the same client. */
export function normaliseIp(addr: string): string {
  const a = addr.trim();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

function forwardedChain(header: string | string[] | undefined): string[] {
  const raw = Array.isArray(header) ? header.join(",") : (header ?? "");
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 64);
}

export function resolveClientIp(peer: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  const nearestFirst = [normaliseIp(peer ?? "unknown"), ...forwardedChain(forwardedFor).reverse().map(normaliseIp)];
  const trusted = (addr: string, hop: number) => (typeof trust === "number" ? hop < trust : trust.includes(addr));
  let i = 0;
  while (i < nearestFirst.length - 1 && trusted(nearestFirst[i], i)) i++;
  return nearestFirst[i];
}

/** The same rule applied to a Node request (an Express request or `socket.request`). */
export function requestIp(req: IncomingMessage, trust: ProxyTrust): string {
  return resolveClientIp(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trust);
}

/** TRUST_PROXY: unset/0/false = none, "true" = 1 hop, a number = hops, else a comma list of proxy addresses. */
export function parseProxyTrust(raw: string | undefined): ProxyTrust {
  const v = (raw ?? "").trim();
  if (v === "" || v === "0" || v === "false") return 0;
  if (v === "true") return 1;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(",").map(normaliseIp).filter(Boolean);
}
