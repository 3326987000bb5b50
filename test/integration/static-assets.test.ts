/**
 * The built client as a tablet gets it: the three surfaces, and assets sent
 * from the build's precompressed twins: brotli (.br) when the browser accepts
 * it, gzip (.gz) when it accepts only gzip, the plain file otherwise; and the
 * /join page's up-front JavaScript within its weight budget (docs/performance.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { clientWeight } from "../../bench/lib/client-weight.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

function get(route: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${route}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static client", () => {
  const assets = path.resolve("dist", "client", "assets");
  const js = readdirSync(assets).find((f) => f.endsWith(".js"))!;

  it("serves the gzip twin to browsers that accept gzip, and the plain file otherwise", async () => {
    const raw = readFileSync(path.join(assets, js));
    const zipped = await get(`/assets/${js}`, { "accept-encoding": "gzip, deflate" });
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(zipped.body.length).toBeLessThan(raw.length);
    expect(gunzipSync(zipped.body).equals(raw)).toBe(true);

    const plain = await get(`/assets/${js}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });

  it("serves the brotli twin when the browser accepts br, honouring q-values, and falls back to gzip", async () => {
    const raw = readFileSync(path.join(assets, js));
    const br = await get(`/assets/${js}`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(String(br.headers["vary"])).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    const gz = readFileSync(path.join(assets, `${js}.gz`));
    expect(br.body.length).toBeLessThan(gz.length);

    // br refused (q=0) or rated lower: gzip; a wildcard counts for br too.
    expect((await get(`/assets/${js}`, { "accept-encoding": "br;q=0, gzip" })).headers["content-encoding"]).toBe("gzip");
    expect((await get(`/assets/${js}`, { "accept-encoding": "br;q=0.2, gzip;q=0.8" })).headers["content-encoding"]).toBe("gzip");
    expect((await get(`/assets/${js}`, { "accept-encoding": "*" })).headers["content-encoding"]).toBe("br");
    // Nothing acceptable, or a malformed q: the plain file.
    const none = await get(`/assets/${js}`, { "accept-encoding": "identity, br;q=zz" });
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(none.body.equals(raw)).toBe(true);
  });

  it("keeps the /join page's up-front JavaScript within 50 KB gzip, and serves all of it as brotli", async () => {
    const join = clientWeight(path.resolve("dist", "client"), ["join"]).join;
    expect(join.ok, join.problem ?? "").toBe(true);
    expect(join.jsGzip).toBeLessThanOrEqual(50 * 1024);
    let served = 0;
    for (const file of join.scripts) {
      const res = await get(file.ref, { "accept-encoding": "gzip, deflate, br" });
      expect(res.status, file.ref).toBe(200);
      expect(res.headers["content-encoding"], file.ref).toBe("br");
      served += res.body.length;
    }
    expect(served).toBeLessThan(join.jsGzip);
  });

  it("the tablet's up-front JavaScript has the children's words but not the console's or the projector's", () => {
    const join = clientWeight(path.resolve("dist", "client"), ["join"]).join;
    const code = join.scripts.map((f) => readFileSync(path.join(path.resolve("dist", "client"), f.ref.replace(/^\//, "")), "utf8")).join("\n");
    // A tablet reads these (quiz, question box, word cloud, detective)…
    for (const word of ["Svaret er: {{option}}", "Skriv ett ord", "Dine ord", "Lurer du på noe", "Jeg lurer også"]) expect(code, word).toContain(word);
    // …and never these: the leader's moderation words, answer key, start-list names and the projector's prompts.
    for (const word of ["Fasit og ledernotat", "Rett skrivemåten", "Boksen er åpen for nye spørsmål.", "Quiz: Hva er rus?", "Vis løsningen", "Spørsmål vi lurer på"]) {
      expect(code, word).not.toContain(word);
    }
  });

  it("refuses path tricks and unknown assets with a 404", async () => {
    expect((await get(`/assets/..%2F..%2Fpackage.json`, { "accept-encoding": "gzip" })).status).toBe(404);
    expect((await get(`/assets/nope.js`, { "accept-encoding": "gzip" })).status).toBe(404);
    expect((await get(`/assets/nope.js`, { "accept-encoding": "br" })).status).toBe(404);
    expect((await get(`/assets/..%2F..%2Fpackage.json`, { "accept-encoding": "br" })).status).toBe(404);
  });

  it("serves each surface's page with the strict CSP", async () => {
    for (const route of ["/", "/host", "/screen", "/join", "/join/anything"]) {
      const res = await get(route);
      expect(res.status, route).toBe(200);
      expect(String(res.headers["content-security-policy"])).toContain("default-src 'self'");
    }
  });

  it("is installable: the manifest names the tablet's start page and icons that exist; no service worker", async () => {
    const res = await get("/manifest.webmanifest");
    expect(res.status).toBe(200);
    const manifest = JSON.parse(res.body.toString("utf8")) as { start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ start_url: "/join", display: "standalone" });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const file = await get(icon.src);
      expect(file.status, icon.src).toBe(200);
      expect(String(file.headers["content-type"])).toContain(icon.type);
    }
    const page = (await get("/join")).body.toString("utf8");
    expect(page).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    // Nothing registers a service worker, so no view or token can be cached by one.
    expect(page).not.toMatch(/serviceWorker/);
    for (const f of readdirSync(assets).filter((n) => n.endsWith(".js"))) expect(readFileSync(path.join(assets, f), "utf8"), f).not.toContain("serviceWorker.register");
  });
});
