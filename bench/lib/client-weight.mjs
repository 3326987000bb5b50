/**
 * Scenario 7, client weight: the JavaScript each surface makes the browser
 * fetch up front, i.e. the module scripts and modulepreload links in the built
 * dist/client/<surface>.html, each gzipped (level 9, as a compressing proxy
 * would) with node:zlib. Stylesheets are listed separately, not counted as JS.
 * Missing files are reported, never fatal: the client may not be built.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"))?.slice(2).find((v) => v !== undefined);

export function clientWeight(clientDir, surfaces = ["join", "host", "screen"]) {
  const out = {};
  for (const surface of surfaces) {
    const htmlPath = path.join(clientDir, `${surface}.html`);
    if (!existsSync(htmlPath)) {
      out[surface] = { ok: false, problem: `${path.relative(process.cwd(), htmlPath)} does not exist (client not built?)` };
      continue;
    }
    const html = readFileSync(htmlPath, "utf8");
    const js = new Set();
    const css = new Set();
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      const src = attr(tag, "src");
      if (src) js.add(src);
    }
    for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
      const rel = (attr(tag, "rel") ?? "").toLowerCase();
      const href = attr(tag, "href");
      if (!href) continue;
      if (rel === "modulepreload") js.add(href);
      else if (rel === "stylesheet") css.add(href);
    }
    const measure = (ref) => {
      if (/^[a-z]+:\/\//i.test(ref)) return { ref, missing: true, note: "external URL" };
      const file = path.join(clientDir, ref.replace(/^\//, "").split(/[?#]/)[0]);
      if (!existsSync(file)) return { ref, missing: true };
      const bytes = readFileSync(file);
      return { ref, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    };
    const scripts = [...js].map(measure);
    const styles = [...css].map(measure);
    const inlineScripts = (html.match(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi) ?? []).join("");
    const sum = (list, key) => list.reduce((n, f) => n + (f[key] ?? 0), 0);
    out[surface] = {
      builtAt: statSync(htmlPath).mtime.toISOString(),
      ok: scripts.every((f) => !f.missing) && scripts.length > 0,
      problem: scripts.length === 0 ? `${surface}.html references no script` : scripts.some((f) => f.missing) ? "some referenced files are missing" : null,
      scripts,
      styles,
      html: { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length, inlineScriptBytes: Buffer.byteLength(inlineScripts) },
      jsRaw: sum(scripts, "raw"),
      jsGzip: sum(scripts, "gzip"),
      cssGzip: sum(styles, "gzip"),
    };
  }
  return out;
}
