/**
 * The projector at room scale: every state of every activity, on the four
 * projector sizes a group meets (1280×720, 1366×768, 1920×1080, 3840×2160),
 * fits the screen with no scrolling and nothing cut off, and its text is big
 * enough to read from the back of the room (body ≥ 40 px and headings ≥ 64 px
 * at 1080p, scaled with the viewport). The room is driven through the real
 * server by a host and six tablets over socket.io-client; the projector is
 * real Chromium. Screenshots of every state and size go to
 * test-results/screenshots/projector-*.png.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { claimSeat, closeAllConnections, connect, facilitator, openRoom, waitFor } from "../support/server.js";
import { e2eSession, expectAxeClean, screenshot } from "./browser.js";

const e2e = e2eSession({ presenceGraceMs: 30_000 });
afterAll(() => closeAllConnections());

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

interface Fit {
  scrollWidth: number;
  scrollHeight: number;
  innerWidth: number;
  innerHeight: number;
  /** Visible elements whose box reaches past the viewport or past a clipping ancestor. */
  outside: string[];
  /** The smallest visible text in the activity or lobby, and the largest heading, in CSS px. */
  minText: number;
  /** Which element has the smallest text (for a readable failure). */
  minTextAt: string;
  maxHeading: number;
}

/** What a person at the back of the room would notice: scrolling, cut-off things, small text. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const W = innerWidth;
    const H = innerHeight;
    const outside: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`;
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      if (s.visibility === "hidden" || s.display === "none") return false;
      if (el.closest("[hidden], .visually-hidden")) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const all = [...document.querySelectorAll("body *")].filter(visible);
    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (r.right > W + 1 || r.bottom > H + 1 || r.left < -1 || r.top < -1) outside.push(`${name(el)} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      // Content cut off by its own box (overflow hidden/auto/clip) is cut off for the room too.
      const s = getComputedStyle(el);
      if (el instanceof HTMLElement && !(el instanceof HTMLImageElement) && s.overflow !== "visible" && (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2)) {
        outside.push(`${name(el)} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    let minText = Infinity;
    let minTextAt = "";
    let maxHeading = 0;
    const stage = document.querySelector(".screen-page");
    if (stage) {
      const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || !visible(el) || el.closest("svg, [aria-hidden='true']")) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minText) {
          minText = size;
          minTextAt = `${name(el)} «${n.textContent.trim().slice(0, 30)}»`;
        }
        if (el.closest("h1")) maxHeading = Math.max(maxHeading, size);
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      innerWidth: W,
      innerHeight: H,
      outside,
      minText: minText === Infinity ? 0 : minText,
      minTextAt,
      maxHeading,
    };
  });
}

/** Let entrance animations end and the layout catch up with a new size. */
async function settle(page: Page) {
  // A lazily loaded activity view shows a quiet "…" until its code and styles are in.
  await page.waitForFunction(() => ![...document.querySelectorAll(".screen-page p.calm-note")].some((p) => p.textContent === "…"), undefined, { timeout: 5000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(
    () => document.getAnimations().every((a) => {
      const timing = a.effect?.getComputedTiming();
      if (typeof CSSTransition !== "undefined" && a instanceof CSSTransition) return true;
      return a.playState !== "running" || timing?.iterations === Infinity || Number(timing?.activeDuration ?? 0) > 5000;
    }),
    undefined,
    { timeout: 5000, polling: 50 },
  );
}

const measured: { state: string; size: string; fit: Fit }[] = [];

async function checkState(screen: Page, state: string) {
  for (const size of SIZES) {
    await screen.setViewportSize(size);
    await settle(screen);
    const fit = await measure(screen);
    await screenshot(screen, `projector-${state}-${size.width}x${size.height}`);
    measured.push({ state, size: `${size.width}x${size.height}`, fit });
    const where = `${state} at ${size.width}×${size.height}`;
    expect(fit.scrollHeight, `${where}: scrollHeight`).toBeLessThanOrEqual(fit.innerHeight);
    expect(fit.scrollWidth, `${where}: scrollWidth`).toBeLessThanOrEqual(fit.innerWidth);
    expect(fit.outside, `${where}: cut off`).toEqual([]);
    // Read from the back of the room: 40 px body and 64 px headings at 1080p, in proportion elsewhere.
    const scale = Math.min(size.width / 1920, size.height / 1080);
    expect(fit.minText, `${where}: smallest text, ${fit.minTextAt}`).toBeGreaterThanOrEqual(Math.floor(40 * scale) - 1);
    if (fit.maxHeading > 0) expect(fit.maxHeading, `${where}: heading`).toBeGreaterThanOrEqual(Math.floor(64 * scale) - 1);
  }
  await screen.setViewportSize({ width: 1920, height: 1080 });
}

interface Tablet {
  seatId: string;
  conn: RoomConnection<SeatView>;
}

describe("e2e: the projector fits every screen", () => {
  it("every state of every activity at four projector sizes", { timeout: 240_000 }, async () => {
    const api = await facilitator(e2e.url);
    const room = await openRoom(api);
    const host = connect<HostView>(e2e.url, room.hostToken);
    const tablets: Tablet[] = [];
    for (let i = 0; i < 6; i++) {
      const claim = await claimSeat(e2e.url, room.code, ALL_AVATARS[i * 7]);
      const conn = connect<SeatView>(e2e.url, claim.token);
      await waitFor(conn, (s) => s.envelope !== null, 3000, "tablet view");
      tablets.push({ seatId: claim.seatId, conn });
    }
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 6, 5000, "six tablets");
    const hostView = () => host.getSnapshot().envelope!.view;
    const act = async (action: unknown) => {
      const a = hostView().activity!;
      const ack = await host.send("activity:act", { activityId: a.id, action });
      expect(ack, JSON.stringify(action)).toMatchObject({ ok: true });
    };
    const seatAct = async (t: Tablet, action: unknown) => {
      const a = t.conn.getSnapshot().envelope!.view.activity!;
      return t.conn.send("activity:act", { activityId: a.id, action });
    };
    const settled = async () => {
      const version = hostView().version;
      await waitFor(host, (s) => (s.envelope?.view.version ?? 0) >= version, 3000);
      // The screen is sent a view only when its own view changed, so give the fan-out a moment.
      await screen.waitForTimeout(200);
    };
    const start = async (kind: string, config: unknown) => {
      const ack = await host.send("activity:start", { kind, config });
      expect(ack, `start ${kind}`).toMatchObject({ ok: true });
      await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, kind);
      const id = hostView().activity!.id;
      for (const t of tablets) await waitFor(t.conn, (s) => s.envelope?.view.activity?.id === id, 3000, `${kind} on tablet`);
    };
    const stop = async () => {
      const a = hostView().activity;
      if (a) expect(await host.send("activity:stop", { activityId: a.id })).toMatchObject({ ok: true });
    };
    // A second screen connection in the test, to know when the projector has the latest version.
    const screenConn = connect<ScreenView>(e2e.url, room.screenToken);

    const screen = await e2e.page({ width: 1920, height: 1080 }, "reduce");
    await screen.goto(`${e2e.url}/screen#t=${encodeURIComponent(room.screenToken)}`);
    await screen.getByText(room.code, { exact: true }).first().waitFor();
    await screen.locator(".lobby-avatars li").nth(5).waitFor();

    // ---------- lobby before the first activity: the full join screen
    await checkState(screen, "lobby-join");
    await expectAxeClean(screen, "projector lobby");

    // ---------- check-in with faces: waiting, then the group picture
    await start("checkin", { moment: "checkin" });
    await settled();
    await checkState(screen, "checkin-waiting");
    // Once an activity has started, the join screen is a corner code.
    expect(await screen.locator(".join-box").count()).toBe(0);
    await screen.locator(".join-corner").waitFor();
    const feelings = ["glad", "glad", "rolig", "trist", "sint", "glad"];
    for (const [i, t] of tablets.entries()) {
      const ack = await seatAct(t, { type: "answer", feeling: feelings[i] });
      expect(ack).toMatchObject({ ok: true });
    }
    await act({ type: "reveal" });
    await settled();
    await checkState(screen, "checkin-picture");
    // Six children, k = 3, three glad: the families say something, and no number is on the screen.
    await expect(screen.locator(".picture-number").count()).resolves.toBe(0);
    await screen.getByText("lette følelser", { exact: false }).first().waitFor();
    await expectAxeClean(screen, "projector check-in picture");
    await stop();

    // ---------- check-in with the thermometer
    await start("checkin", { moment: "checkin", tool: "thermometer" });
    for (const [i, t] of tablets.entries()) expect(await seatAct(t, { type: "thermometer", value: [2, 3, 5, 6, 8, 9][i] })).toMatchObject({ ok: true });
    await act({ type: "reveal" });
    await settled();
    await checkState(screen, "checkin-thermometer");
    await stop();

    // ---------- between activities: the lobby with the corner code, then the host brings the join screen back
    await settled();
    await checkState(screen, "lobby-between");
    expect(await host.send("room:joinScreen", { shown: true })).toMatchObject({ ok: true });
    await screen.locator(".join-box").waitFor();
    await checkState(screen, "lobby-join-again");
    expect(await host.send("room:joinScreen", { shown: false })).toMatchObject({ ok: true });
    await screen.locator(".join-corner").waitFor();

    // ---------- quiz: a card, the reveal with the group picture, the end
    await start("quiz", { deck: "skyld" });
    await settled();
    await checkState(screen, "quiz-card");
    const quiz = () => hostView().activity!.view as { card: { id: string; options: { id: string }[] } | null; total: number };
    const card = quiz().card!;
    for (const [i, t] of tablets.entries()) await seatAct(t, { type: "answer", card: card.id, option: card.options[i % card.options.length].id });
    await act({ type: "reveal", card: card.id });
    await settled();
    await checkState(screen, "quiz-reveal");
    await expectAxeClean(screen, "projector quiz reveal");
    await act({ type: "goto", index: quiz().total });
    await settled();
    await checkState(screen, "quiz-end");
    await stop();

    // ---------- question box: empty, a few questions, many questions
    await start("questionbox", {});
    await settled();
    await checkState(screen, "questionbox-empty");
    const questions = [
      "Er det min skyld at mamma blir syk?",
      "Kan man bli frisk av psykisk sykdom?",
      "Hvorfor drikker noen voksne for mye?",
      "Hvem kan jeg snakke med når jeg er lei meg?",
      "Går det an å være glad i noen som er syk?",
      "Arver jeg sykdommen?",
    ];
    const approveAll = async () => {
      const v = hostView().activity!.view as { queue: { id: string; flag: { categories: string[] } | null }[] };
      // A flagged question needs the confirmation that names its flag (two-step approval).
      for (const q of v.queue) await act({ type: "approve", id: q.id, ...(q.flag ? { confirmFlag: q.flag.categories[0] } : {}) });
    };
    for (const [i, t] of tablets.slice(0, 3).entries()) expect(await seatAct(t, { type: "ask", text: questions[i] })).toMatchObject({ ok: true });
    await settled();
    await approveAll();
    await settled();
    await checkState(screen, "questionbox-few");
    for (const [i, t] of tablets.entries()) await seatAct(t, { type: "ask", text: questions[(i + 3) % questions.length] + (i >= 3 ? "" : " Og hva gjør vi da?") });
    await settled();
    await approveAll();
    await settled();
    await checkState(screen, "questionbox-many");
    await stop();

    // ---------- word cloud: waiting, then approved words
    await start("wordcloud", { prompt: "Hva gjør deg glad?", maxPerSeat: 3 });
    await settled();
    await checkState(screen, "wordcloud-waiting");
    const words = ["fotball", "sommerferie", "bestemor", "tegne", "katter", "svømming", "venner", "pizza", "musikk", "bading", "snø", "hoppeslott"];
    for (const [i, t] of tablets.entries()) {
      await seatAct(t, { type: "send", word: words[i] });
      await seatAct(t, { type: "send", word: words[(i + 6) % words.length] });
    }
    await settled();
    const wc = hostView().activity!.view as { queue: { id: string; flag: { categories: string[] } | null }[] };
    for (const w of wc.queue) await act({ type: "approve", id: w.id, ...(w.flag ? { confirmFlag: w.flag.categories[0] } : {}) });
    await settled();
    await checkState(screen, "wordcloud-words");
    await stop();

    // ---------- feelings detective: guessing, ideas, solved, end
    await start("detective", { rounds: 1 });
    await settled();
    await checkState(screen, "detective-guessing");
    for (const [i, t] of tablets.entries()) await seatAct(t, { type: "propose", round: 0, feeling: ["glad", "trist", "glad", "redd", "glad", "trist"][i] });
    await act({ type: "showIdeas", round: 0 });
    await settled();
    await checkState(screen, "detective-ideas");
    await act({ type: "reveal", round: 0 });
    await settled();
    await checkState(screen, "detective-solved");
    await act({ type: "goto", round: 1 });
    await settled();
    await checkState(screen, "detective-end");
    await stop();

    // ---------- Ballongen: running, then the top
    await start("ballongen", { targetSeconds: 5, pattern: "4-4" });
    // Every tablet holds, sending a "still holding" sample like a tablet does, until the top.
    const balloonId = hostView().activity!.id;
    const holding = setInterval(() => {
      for (const t of tablets) t.conn.input(balloonId, { holding: true });
    }, 250);
    await screen.waitForTimeout(600);
    await checkState(screen, "ballongen-running");
    await waitFor(screenConn, (s) => (s.envelope?.view.activity?.view as { phase?: string } | undefined)?.phase === "success", 20_000, "balloon at the top");
    clearInterval(holding);
    await settled();
    await checkState(screen, "ballongen-success");
    await stop();

    // ---------- Bygg sammen: the start, then the finished picture
    await start("byggsammen", { motif: "fyr" });
    await settled();
    await checkState(screen, "bygg-start");
    for (let guard = 0; guard < 60; guard++) {
      let placed = false;
      for (const t of tablets) {
        const v = t.conn.getSnapshot().envelope?.view.activity?.view as { mine?: { id: string; ready: boolean }[] } | undefined;
        const piece = v?.mine?.find((p) => p.ready);
        if (piece && (await seatAct(t, { type: "place", pieceId: piece.id })).ok) placed = true;
      }
      if (!placed && (hostView().activity!.view as { done: number }).done >= 1) break;
      await new Promise((r) => setTimeout(r, 30));
    }
    await waitFor(screenConn, (s) => ((s.envelope?.view.activity?.view as { done?: number } | undefined)?.done ?? 0) >= 1, 5000, "picture complete");
    await settled();
    await checkState(screen, "bygg-success");
    await stop();

    // ---------- Styrkehagen: a garden in bloom
    await start("styrkehagen", { allowText: false, perSeat: 3 });
    await settled();
    await checkState(screen, "styrkehagen-empty");
    const strengths = ["hjelpsom", "modig", "morsom", "lytter", "snill", "heier"];
    for (const [i, t] of tablets.entries()) {
      await seatAct(t, { type: "plant", strength: strengths[i % strengths.length] });
      await seatAct(t, { type: "plant", strength: strengths[(i + 2) % strengths.length] });
    }
    await settled();
    await checkState(screen, "styrkehagen-garden");
    await stop();

    // ---------- Hva hjelper?: a sorted board
    await start("hvahjelper", {});
    await settled();
    await checkState(screen, "hvahjelper-start");
    for (const t of tablets) {
      const v = t.conn.getSnapshot().envelope!.view.activity!.view as { mine: { card: string }[] };
      for (const [j, c] of v.mine.entries()) await seatAct(t, { type: "sort", card: c.card, column: (["helps", "helps", "not", "unsure"] as const)[j % 4] });
    }
    await settled();
    await checkState(screen, "hvahjelper-board");
    await stop();

    // ---------- Evaluering: the statements, then one statement's picture at a time
    await start("evaluering", {});
    await settled();
    await checkState(screen, "evaluering-waiting");
    for (const [i, t] of tablets.entries()) {
      expect(await seatAct(t, { type: "answer", statement: "notAlone", value: i < 3 ? "yes" : "no" })).toMatchObject({ ok: true });
      expect(await seatAct(t, { type: "answer", statement: "notMyFault", value: (["yes", "little", "no"] as const)[i % 3] })).toMatchObject({ ok: true });
    }
    await act({ type: "reveal" });
    await settled();
    await checkState(screen, "evaluering-shown");
    await act({ type: "focus", index: 5 });
    await settled();
    await checkState(screen, "evaluering-too-few");
    await stop();

    // ---------- the calm-down and the celebration
    expect(await host.send("calm:start", { pattern: "4-5", cycles: 3 })).toMatchObject({ ok: true });
    await screen.locator(".breath-word").first().waitFor({ timeout: 6000 });
    await checkState(screen, "calm");
    expect(await host.send("calm:stop", {})).toMatchObject({ ok: true });
    expect(await host.send("goal:light", {})).toMatchObject({ ok: true });
    expect(await host.send("goal:celebrate", { strengths: ["cooperated", "persisted"], words: "Dere hjalp hverandre hele veien" })).toMatchObject({ ok: true });
    await settled();
    await checkState(screen, "celebration");
    await expectAxeClean(screen, "projector celebration");

    // The figures, for the closing note: the tightest fit and the smallest text per size.
    for (const size of SIZES.map((s) => `${s.width}x${s.height}`)) {
      const rows = measured.filter((m) => m.size === size);
      const tallest = Math.max(...rows.map((r) => r.fit.scrollHeight / r.fit.innerHeight));
      const smallest = Math.min(...rows.map((r) => r.fit.minText));
      console.log(`projector ${size}: ${rows.length} states, tallest page ${(tallest * 100).toFixed(0)}% of the height, smallest text ${smallest.toFixed(1)} px`);
    }
  });
});
