#!/usr/bin/env node
/**
 * Writes a .gz beside every built JS/CSS/SVG asset so the server can send the
 * compressed file to tablets on a weak WiFi without compressing per request.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dir = path.resolve("dist", "client", "assets");
let raw = 0;
let packed = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const body = readFileSync(path.join(dir, name));
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(path.join(dir, `${name}.gz`), gz);
  raw += body.length;
  packed += gz.length;
}
console.log(`compressed assets: ${(raw / 1024).toFixed(1)} KB → ${(packed / 1024).toFixed(1)} KB gzip`);
