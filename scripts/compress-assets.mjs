#!/usr/bin/env node
/**
 * Writes a .br (brotli, quality 11) and a .gz (gzip -9) beside every built
 * JS/CSS/SVG asset so the server can send the compressed file to tablets on a
 * weak WiFi without compressing per request (server/http/compressed-assets.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = path.resolve("dist", "client", "assets");
let raw = 0;
let gzipped = 0;
let brotli = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const body = readFileSync(path.join(dir, name));
  const gz = gzipSync(body, { level: 9 });
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
  writeFileSync(path.join(dir, `${name}.gz`), gz);
  writeFileSync(path.join(dir, `${name}.br`), br);
  raw += body.length;
  gzipped += gz.length;
  brotli += br.length;
}
console.log(`compressed assets: ${(raw / 1024).toFixed(1)} KB → ${(gzipped / 1024).toFixed(1)} KB gzip, ${(brotli / 1024).toFixed(1)} KB brotli`);
