/**
 * Serves the build's precompressed twins of an asset (scripts/compress-assets.mjs):
 * the .br when the browser accepts brotli, else the .gz when it accepts gzip,
 * else the plain file (express.static after this). Brotli is smaller, which is
 * what a tablet on a weak WiFi waits for.
 */
import type express from "express";
import { existsSync } from "node:fs";
import path from "node:path";

const ASSET_TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const CODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/** The q-value the Accept-Encoding header gives a coding (RFC 9110 §12.5.3); 0 when not accepted. */
export function acceptedQuality(header: string, coding: string): number {
  let wildcard: number | null = null;
  for (const part of header.split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    const value = Number.isFinite(quality) ? Math.min(Math.max(quality, 0), 1) : 0;
    if (token === coding) return value;
    if (token === "*") wildcard = value;
  }
  return wildcard ?? 0;
}

/** The codings to try for this header, best-rated first (brotli on a tie); empty means the plain file. */
export function codingsInOrder(header: string): (typeof CODINGS)[number][] {
  return CODINGS.map((coding) => ({ coding, q: acceptedQuality(header, coding.name) }))
    .filter((c) => c.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((c) => c.coding);
}

export function precompressedAssets(dir: string): express.RequestHandler {
  return (req, res, next) => {
    const type = ASSET_TYPES[path.extname(req.path)];
    if (!type || req.path.includes("..")) return next();
    res.vary("Accept-Encoding");
    for (const coding of codingsInOrder(String(req.headers["accept-encoding"] ?? ""))) {
      const file = path.join(dir, `${req.path}${coding.suffix}`);
      // A missing twin falls through to the next coding the browser takes, then to the plain file.
      if (!file.startsWith(dir + path.sep) || !existsSync(file)) continue;
      res.set({ "Content-Encoding": coding.name, "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" });
      return res.sendFile(file);
    }
    next();
  };
}
