/**
 * Unreadable request bodies are client errors (400/415 with the envelope, no
 * stack trace), and logs are structured JSON lines that no child text reaches,
 * not even through an error's message. Real server on 127.0.0.1; one fault is
 * injected at a named boundary (the room's command method) to produce a server
 * error whose message quotes a child's words.
 */
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import { claimSeat, closeAllConnections, connect, openRoomDirect, startServer, waitFor, type TestServer } from "../support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  closeAllConnections();
  await server?.close();
  server = undefined;
});

type ErrorBody = { error: { code: string; message: string } };

async function post(url: string, headers: Record<string, string>, body: string | Blob) {
  const res = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

describe("unreadable bodies are client errors", () => {
  it("a gzip header on a plain body is 400, an unknown encoding or charset 415; nothing is logged, no stack trace", async () => {
    const s = (server = await startServer());
    const json = JSON.stringify({ username: "leder1", password: "hemmelig-passord" });
    const notGzip = await post(s.url, { "content-encoding": "gzip" }, json);
    expect(notGzip).toEqual({ status: 400, body: { error: { code: "INVALID", message: expect.any(String) as string } } });
    const deflateLie = await post(s.url, { "content-encoding": "deflate" }, "this is not deflated at all");
    expect(deflateLie.status).toBe(400);
    const unknown = await post(s.url, { "content-encoding": "x-sammen-magic" }, json);
    expect(unknown).toEqual({ status: 415, body: { error: { code: "UNSUPPORTED_ENCODING", message: expect.any(String) as string } } });
    const charset = await post(s.url, { "content-type": "application/json; charset=x-klingon" }, json);
    expect(charset.status).toBe(415);
    expect(charset.body.error.code).toBe("UNSUPPORTED_ENCODING");
    // A real gzip body is read as usual (here: an unknown user, 401).
    expect((await post(s.url, { "content-encoding": "gzip" }, new Blob([new Uint8Array(gzipSync(json))]))).status).toBe(401);
    for (const body of [notGzip, deflateLie, unknown, charset]) expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node:|\.js:\d+/);
    expect(s.logs.filter((l) => /http error|"level":"error"/.test(l))).toEqual([]);
  });
});

describe("structured logs without child text", () => {
  it("every line is JSON; a server fault is logged as type and frames only, never the child's words; censored fields stay censored", async () => {
    const s = (server = await startServer());
    const room = await openRoomDirect(s);
    const host = connect<HostView>(s.url, room.hostToken);
    const claim = await claimSeat(s.url, room.code, "fox-blue");
    const tablet = connect<SeatView>(s.url, claim.token);
    await waitFor(host, (x) => x.envelope?.view.seats[0]?.presence === "present");
    expect((await host.send("activity:start", { kind: "questionbox" })).ok).toBe(true);
    const live = s.sammen.registry.byRoomCode(room.code)!.room;
    await waitFor(tablet, (x) => x.envelope?.version === live.version);
    const activityId = live.snapshot().activity!.id;
    const childText = "pappa-drikker-HEMMELIG-4711";
    expect((await tablet.send("activity:act", { activityId, action: { type: "ask", text: childText } })).ok).toBe(true);
    // Malformed JSON quoting the child's words: JSON.parse puts them in its error message.
    const res = await fetch(`${s.url}/api/join/${room.code}`, { method: "POST", headers: { "content-type": "application/json" }, body: `{"avatar": "${childText}` });
    expect(res.status).toBe(400);

    // The boundary: the room's command method fails with a message that quotes the payload.
    const original = live.command.bind(live);
    live.command = ((_actor: unknown, _event: unknown, payload: { action?: { text?: string } }) => {
      throw new Error(`could not apply ${payload.action?.text ?? ""}`);
    }) as typeof live.command;
    const failed = await tablet.send("activity:act", { activityId, action: { type: "ask", text: `${childText}-igjen` } });
    expect(failed).toMatchObject({ ok: false, code: "INTERNAL" });
    live.command = original;

    // Defence in depth: a field that could carry child text is censored even if a call site logs it.
    s.sammen.logger.warn({ payload: { text: childText }, body: childText, nested: { deeper: { words: childText } } }, "a careless call site");

    expect(s.logs.length).toBeGreaterThanOrEqual(3);
    const entries = s.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const e of entries) {
      expect(typeof e.level).toBe("string");
      expect(typeof e.time).toBe("string");
      expect(typeof e.msg).toBe("string");
    }
    const fault = entries.find((e) => e.event === "intent_error");
    expect(fault).toMatchObject({ level: "error", intent: "activity:act", role: "seat", err: { type: "Error" } });
    expect((fault!.err as { frames: string[] }).frames.length).toBeGreaterThan(0);
    const careless = entries.find((e) => e.msg === "a careless call site")!;
    expect(careless).toMatchObject({ payload: "[redacted]", body: "[redacted]", nested: { deeper: { words: "[redacted]" } } });
    for (const line of s.logs) expect(line).not.toContain("HEMMELIG-4711");
  });
});
