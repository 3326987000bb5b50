/**
 * A load-generator process (forked by bench/run.mjs with `--import tsx`). It
 * holds many clients and does what the driver asks over IPC, one request at a
 * time: connect, start a round, arm, fire a synchronised answer burst, reveal,
 * drop transports, end. Times are taken on the host-wide clock
 * performance.timeOrigin + performance.now() (same machine, so the processes'
 * clocks agree to well under a millisecond) and sent back as raw samples; the
 * driver merges samples into HDR histograms.
 *
 * mode "sammen": every client is the project's SDK (RoomConnection).
 * mode "bare":   plain socket.io-client against bench/bare-server.mjs.
 */
import { io, type Socket } from "socket.io-client";
import { RECONNECT_DELAY_MS, RECONNECT_RANDOMIZATION, RoomConnection } from "../client/src/sdk/connection.js";
import type { HostView, ScreenView, SeatView } from "../shared/protocol.js";
import type { TypedActivityEnvelope } from "../shared/activities/registry.js";
import { FEELING_IDS, STRENGTHS } from "../shared/content/feelings.js";
import { seededRandom } from "../shared/room/random.js";

type Role = "host" | "screen" | "seat";
interface ClientSpec {
  id: number;
  room: string;
  role: Role;
  token?: string;
  seatId?: string;
}

/** What the driver may ask. Every request carries an id that the reply repeats. */
type Request =
  | { op: "init"; id: number; url: string; mode: "sammen" | "bare"; clients: ClientSpec[]; concurrency: number }
  | { op: "start"; id: number; round: number }
  | { op: "arm"; id: number; round: number; activities: Record<string, string>; expected: Record<string, number> }
  | { op: "fire"; id: number; at: number; timeoutMs: number }
  | { op: "reveal"; id: number; at: number; timeoutMs: number }
  | { op: "drop"; id: number; at: number; ids: number[]; immediate: boolean; timeoutMs: number }
  | { op: "end"; id: number }
  | { op: "usage"; id: number }
  | { op: "exit"; id: number };

const now = () => performance.timeOrigin + performance.now();
const random = seededRandom(Number(process.env.BENCH_WORKER_SEED ?? 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** One client, in either mode, with the little state the scenarios need. */
interface Client {
  spec: ClientSpec;
  socket: Socket;
  conn?: RoomConnection;
  /** Called on every new view (sammen) or relevant broadcast (bare). */
  onChange: (() => void) | null;
  /** bare: last tally and picture seen. */
  tally?: { round: number; count: number };
  picture?: number;
  hello: number;
}

let mode: "sammen" | "bare" = "sammen";
let url = "";
let clients: Client[] = [];
let round = 0;
let activities: Record<string, string> = {};
let expected: Record<string, number> = {};

function send(msg: object): void {
  process.send?.(msg);
}

function waitUntil(check: () => boolean, subscribe: (fn: () => void) => () => void, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (check()) return resolve(true);
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(false);
    }, timeoutMs);
    unsubscribe = subscribe(() => {
      if (!check()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(true);
    });
  });
}

/** Subscribe to a client's changes (one listener slot per client is enough: requests run one at a time). */
function onChange(c: Client, fn: () => void): () => void {
  c.onChange = fn;
  return () => {
    if (c.onChange === fn) c.onChange = null;
  };
}

function makeClient(spec: ClientSpec): Client {
  const c: Client = { spec, socket: undefined as unknown as Socket, onChange: null, hello: 0 };
  if (mode === "sammen") {
    const conn = new RoomConnection({ url, token: spec.token!, wakeListeners: false, socket: { transports: ["websocket"] } });
    c.conn = conn;
    c.socket = conn.socket as unknown as Socket;
    conn.subscribe(() => c.onChange?.());
  } else {
    const socket = io(url, {
      auth: { room: spec.room, role: spec.role },
      transports: ["websocket"],
      reconnectionDelay: RECONNECT_DELAY_MS,
      reconnectionDelayMax: 5000,
      randomizationFactor: RECONNECT_RANDOMIZATION,
    });
    c.socket = socket;
    socket.on("hello", () => {
      c.hello++;
      c.onChange?.();
    });
    socket.on("tally", (t: { round: number; count: number }) => {
      c.tally = t;
      c.onChange?.();
    });
    socket.on("picture", (p: { round: number }) => {
      c.picture = p.round;
      c.onChange?.();
    });
  }
  return c;
}

const hasView = (c: Client) => (c.conn ? c.conn.view !== null : c.hello > 0);

async function init(req: Extract<Request, { op: "init" }>) {
  mode = req.mode;
  url = req.url;
  const started = now();
  const connectMs: number[] = [];
  let failed = 0;
  const queue = [...req.clients];
  const runOne = async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) {
      const t0 = now();
      const c = makeClient(spec);
      clients.push(c);
      const ok = await waitUntil(() => hasView(c), (fn) => onChange(c, fn), 15_000);
      if (ok) connectMs.push(now() - t0);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, req.concurrency) }, runOne));
  return { connectMs, failed, totalMs: now() - started };
}

const hosts = () => clients.filter((c) => c.spec.role === "host");
const screens = () => clients.filter((c) => c.spec.role === "screen");
const seats = () => clients.filter((c) => c.spec.role === "seat");

/** sammen: every host in this process starts a fresh check-in; the driver hands the ids to all workers. */
async function start(req: Extract<Request, { op: "start" }>) {
  round = req.round;
  const out: Record<string, string> = {};
  const ackMs: number[] = [];
  const errors: string[] = [];
  if (mode === "bare") return { activities: out, ackMs, errors };
  await Promise.all(
    hosts().map(async (h) => {
      const conn = h.conn as RoomConnection<HostView>;
      const before = conn.view?.activity?.id;
      const t0 = now();
      const ack = await conn.send("activity:start", { kind: "checkin", config: { moment: "checkin", askStrength: true } });
      ackMs.push(now() - t0);
      if (!ack.ok) return void errors.push(`start ${h.spec.room}: ${ack.code}`);
      const ok = await waitUntil(
        () => conn.view?.activity?.kind === "checkin" && conn.view.activity.id !== before,
        (fn) => onChange(h, fn),
        10_000,
      );
      if (!ok) errors.push(`start ${h.spec.room}: host never saw the new activity`);
      else out[h.spec.room] = conn.view!.activity!.id;
    }),
  );
  return { activities: out, ackMs, errors };
}

/** Wait until every tablet here shows the round's open check-in. */
async function arm(req: Extract<Request, { op: "arm" }>) {
  round = req.round;
  activities = req.activities;
  expected = req.expected;
  if (mode === "bare") return { ready: seats().length, notReady: 0 };
  let notReady = 0;
  await Promise.all(
    seats().map(async (s) => {
      const conn = s.conn as RoomConnection<SeatView>;
      const want = activities[s.spec.room];
      const ok = await waitUntil(
        () => {
          const act = conn.view?.activity as TypedActivityEnvelope<"seat"> | null | undefined;
          return act?.id === want && act.kind === "checkin" && act.view.phase === "open" && act.view.mine === null;
        },
        (fn) => onChange(s, fn),
        10_000,
      );
      if (!ok) notReady++;
    }),
  );
  return { ready: seats().length - notReady, notReady };
}

/**
 * Wait for the agreed instant with timers only. No busy-waiting: on a 2-core
 * machine shared with the server, spinning workers would starve the server at
 * exactly the moment the burst arrives. Every emit is timestamped, so a late
 * wake-up only shifts the burst; it does not distort a latency.
 */
function waitUntilTime(at: number): Promise<void> {
  return new Promise((resolve) => {
    const step = () => {
      const left = at - now();
      if (left <= 0.5) resolve();
      else setTimeout(step, Math.max(0, left - 0.5));
    };
    step();
  });
}

/** Per host: the time each seat's answer first appears, and when all of them are in. */
function observeHost(
  h: Client,
  timeoutMs: number,
): Promise<{ room: string; tAll: number | null; seen: [string, number][]; timeline: [number, number][] }> {
  const room = h.spec.room;
  const n = expected[room] ?? 0;
  const seen = new Map<string, number>();
  /** (time, answers visible) at each update the host got: shows how the throttle split the burst. */
  const timeline: [number, number][] = [];
  if (mode === "sammen") {
    const conn = h.conn as RoomConnection<HostView>;
    const want = activities[room];
    const check = () => {
      const act = conn.view?.activity as TypedActivityEnvelope<"host"> | null | undefined;
      if (!act || act.id !== want || act.kind !== "checkin") return false;
      const t = now();
      let answered = 0;
      for (const row of act.view.rows) {
        if (row.answer === null) continue;
        answered++;
        if (!seen.has(row.seatId)) seen.set(row.seatId, t);
      }
      if (timeline.at(-1)?.[1] !== answered) timeline.push([t, answered]);
      return answered >= n && act.view.rows.length === n;
    };
    return waitUntil(check, (fn) => onChange(h, fn), timeoutMs).then((ok) => ({
      room,
      tAll: ok ? Math.max(...seen.values()) : null,
      seen: [...seen],
      timeline,
    }));
  }
  let tAll: number | null = null;
  const check = () => {
    if (h.tally?.round !== round) return false;
    if (timeline.at(-1)?.[1] !== h.tally.count) timeline.push([now(), h.tally.count]);
    if (h.tally.count < n) return false;
    tAll = now();
    return true;
  };
  return waitUntil(check, (fn) => onChange(h, fn), timeoutMs).then(() => ({ room, tAll, seen: [], timeline }));
}

async function fire(req: Extract<Request, { op: "fire" }>) {
  const observations = hosts().map((h) => observeHost(h, req.timeoutMs));
  await waitUntilTime(req.at);
  const emits: [string, string, number][] = [];
  const acks: Promise<[number, string | null]>[] = [];
  for (const s of seats()) {
    const t0 = now();
    const seatKey = s.spec.seatId ?? String(s.spec.id);
    emits.push([s.spec.room, seatKey, t0]);
    if (mode === "sammen") {
      const action = { type: "answer" as const, feeling: pick(FEELING_IDS), strength: pick(STRENGTHS) };
      acks.push(
        s.conn!.send("activity:act", { activityId: activities[s.spec.room], action }).then((ack) => [now() - t0, ack.ok ? null : ack.code]),
      );
    } else {
      acks.push(
        s.socket
          .timeout(5000)
          .emitWithAck("answer", { round })
          .then(
            () => [now() - t0, null] as [number, string | null],
            () => [now() - t0, "TIMEOUT"] as [number, string | null],
          ),
      );
    }
  }
  const ackResults = await Promise.all(acks);
  const rooms = await Promise.all(observations);
  return {
    emits,
    ackMs: ackResults.map((a) => a[0]),
    ackErrors: ackResults.filter((a) => a[1] !== null).map((a) => a[1]),
    rooms,
  };
}

/** Hosts show the group picture; the screen of the same room (same process) times its arrival. */
async function reveal(req: Extract<Request, { op: "reveal" }>) {
  const byRoom = new Map(screens().map((s) => [s.spec.room, s]));
  const waits: Promise<void>[] = [];
  const screenMs: number[] = [];
  const ackMs: number[] = [];
  const errors: string[] = [];
  const pending: { room: string; screen: Client }[] = [];
  for (const h of hosts()) {
    const screen = byRoom.get(h.spec.room);
    if (screen) pending.push({ room: h.spec.room, screen });
  }
  const tEmit = new Map<string, number>();
  for (const { room, screen } of pending) {
    const want = activities[room];
    const check =
      mode === "sammen"
        ? () => {
            const v = (screen.conn as RoomConnection<ScreenView>).view?.activity as TypedActivityEnvelope<"screen"> | null | undefined;
            return v?.id === want && v.kind === "checkin" && v.view.phase === "shown" && v.view.picture !== null;
          }
        : () => screen.picture === round;
    waits.push(
      waitUntil(check, (fn) => onChange(screen, fn), req.timeoutMs).then((ok) => {
        if (ok) screenMs.push(now() - tEmit.get(room)!);
        else errors.push(`reveal ${room}: screen never showed the picture`);
      }),
    );
  }
  await waitUntilTime(req.at);
  for (const h of hosts()) {
    const t0 = now();
    tEmit.set(h.spec.room, t0);
    const p =
      mode === "sammen"
        ? h.conn!.send("activity:act", { activityId: activities[h.spec.room], action: { type: "reveal" } })
        : h.socket.timeout(5000).emitWithAck("reveal", { round });
    void Promise.resolve(p).then(
      (ack) => {
        ackMs.push(now() - t0);
        if (ack && (ack as { ok: boolean }).ok === false) errors.push(`reveal ack: ${(ack as { code: string }).code}`);
      },
      () => errors.push("reveal ack timeout"),
    );
  }
  await Promise.all(waits);
  return { screenMs, ackMs, errors };
}

/**
 * Reconnect storm: close the transport of the listed tablets at once (the SDK
 * reconnects by itself). A tablet is back when it is connected again and has
 * received its seat's whole view over the new connection, at least as new as
 * the view it held when the storm began. (A connection's whole view carries the
 * version its seat's view last changed at, not the room's: docs/protocol.md,
 * "View patches".)
 */
async function drop(req: Extract<Request, { op: "drop" }>) {
  const targets = new Set(req.ids);
  const dropped = clients.filter((c) => targets.has(c.spec.id));
  const results: { tDrop: number; tAttempt: number | null; tConnect: number | null; tBack: number | null }[] = [];
  const waits: Promise<void>[] = [];
  for (const c of dropped) {
    const manager = c.socket.io;
    if (req.immediate) {
      manager.reconnectionDelay(0);
      manager.randomizationFactor(0);
    } else {
      manager.reconnectionDelay(RECONNECT_DELAY_MS);
      manager.randomizationFactor(RECONNECT_RANDOMIZATION);
    }
  }
  await waitUntilTime(req.at);
  for (const c of dropped) {
    const r = { tDrop: 0, tAttempt: null as number | null, tConnect: null as number | null, tBack: null as number | null };
    results.push(r);
    const event = mode === "sammen" ? "room:view" : "hello";
    const heldVersion = c.conn?.getSnapshot().envelope?.version ?? 0;
    const helloBefore = c.hello;
    let reconnected = false;
    let done = () => {};
    const onAttempt = () => {
      r.tAttempt ??= now();
    };
    const onConnect = () => {
      reconnected = true;
      r.tConnect = now();
    };
    // Registered after the SDK's own room:view listener, so conn.view is already the new one here.
    const onView = () => {
      if (!reconnected || !c.socket.connected || r.tBack !== null) return;
      if (mode === "bare") {
        if (c.hello <= helloBefore) return;
      } else {
        const env = c.conn!.getSnapshot().envelope;
        const v = env?.view as SeatView | undefined;
        if (!env || !v || v.seatId !== c.spec.seatId || env.version < heldVersion) return;
      }
      r.tBack = now();
      done();
    };
    c.socket.io.on("reconnect_attempt", onAttempt);
    c.socket.on("connect", onConnect);
    c.socket.on(event, onView);
    waits.push(
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => done(), req.timeoutMs);
        done = () => {
          clearTimeout(timer);
          c.socket.io.off("reconnect_attempt", onAttempt);
          c.socket.off("connect", onConnect);
          c.socket.off(event, onView);
          resolve();
        };
      }),
    );
    r.tDrop = now();
    c.socket.io.engine.close();
  }
  await Promise.all(waits);
  for (const c of dropped) {
    c.socket.io.reconnectionDelay(RECONNECT_DELAY_MS);
    c.socket.io.randomizationFactor(RECONNECT_RANDOMIZATION);
  }
  // The back-off the tablets used, so the report says what it was instead of repeating a number.
  const backoff = req.immediate ? { delayMs: 0, randomization: 0 } : { delayMs: RECONNECT_DELAY_MS, randomization: RECONNECT_RANDOMIZATION };
  return { results, backoff };
}

async function end() {
  // End the rooms (wipes them on the server); bounded, in case the server is already gone.
  if (mode === "sammen") {
    await Promise.race([Promise.all(hosts().map((h) => h.conn!.send("room:end", {}))), new Promise((r) => setTimeout(r, 3000))]);
  }
  for (const c of clients) {
    if (c.conn) c.conn.close();
    else c.socket.disconnect();
  }
  clients = [];
  return {};
}

process.on("message", (req: Request) => {
  const reply = (body: object) => send({ id: req.id, ok: true, ...body });
  const handlers: Record<Request["op"], () => Promise<object> | object> = {
    init: () => init(req as Extract<Request, { op: "init" }>),
    start: () => start(req as Extract<Request, { op: "start" }>),
    arm: () => arm(req as Extract<Request, { op: "arm" }>),
    fire: () => fire(req as Extract<Request, { op: "fire" }>),
    reveal: () => reveal(req as Extract<Request, { op: "reveal" }>),
    drop: () => drop(req as Extract<Request, { op: "drop" }>),
    end: () => end(),
    usage: () => ({ cpu: process.cpuUsage(), mem: process.memoryUsage(), clients: clients.length }),
    exit: () => {
      setImmediate(() => process.exit(0));
      return {};
    },
  };
  Promise.resolve()
    .then(handlers[req.op])
    .then(reply, (error: unknown) => send({ id: req.id, ok: false, error: error instanceof Error ? error.stack : String(error) }));
});
process.on("disconnect", () => process.exit(0));
send({ op: "ready" });

