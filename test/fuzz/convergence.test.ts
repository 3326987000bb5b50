/**
 * Convergence fuzz (tldraw's pattern): a seeded random sequence of valid and
 * invalid intents from the host, the screen and up to 50 tablets against the
 * real server, with transport drops, closed and reopened tablets, kicks, locks
 * and every activity kind in the registry. Intents are partly awaited and
 * partly left in flight, so they interleave. Every acknowledgement is judged
 * (well-formed; an error only where the intent could be refused; never
 * INTERNAL), every view a client receives is checked as it arrives (versions
 * only go up; the screen never holds a seat id or a token; a tablet never
 * holds another tablet's id), and after the run settles every connected
 * client's view must equal what shared/room/views.ts computes from the
 * server's state for its role (ignoring `version`: unchanged views are not
 * re-sent). The server must never log an internal error.
 *
 *   FUZZ_STEPS=2000 (default)   steps per seed
 *   FUZZ_SEED=123,456           seeds (default: two fixed ones); a failure prints its replay line
 *
 * The intent rate limiter is turned off here so the logic is tested rather
 * than the limiter; the last test checks the limiter on its own.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { ACTIVITY_KIND_NAMES, findActivityKind } from "../../shared/activities/registry.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { CLIENT_EVENT_NAMES, ERROR_CODES, MAX_PAYLOAD_BYTES, clientEvents, type Ack, type ClientEventName, type ErrorCode, type HostView, type RoleView, type RoomEnvelope, type SeatView, type ViewPatch } from "../../shared/protocol.js";
import { seededRandom } from "../../shared/room/random.js";
import { claimSeat, closeAllConnections, connect, facilitator, openRoom, sleep, startServer, waitFor } from "../support/server.js";
import { eventGenerators, Gen, generatorFor, kindGenerators, missingGenerators, type EventContext } from "./generators.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";

const { hostView, screenView, seatView } = createRoomCore(activityKinds);

const STEPS = Number(process.env.FUZZ_STEPS ?? 2000);
const SEEDS = (process.env.FUZZ_SEED ?? "20261123,4242")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n));
const GRACE_MS = 200;
const MAX_TABLETS = 50;
const KNOWN_CODES = new Set<string>(ERROR_CODES);

type Role = "host" | "screen" | "seat";
interface Client {
  name: string;
  role: Role;
  token: string;
  seatId?: string;
  conn: RoomConnection;
  /**
   * Disconnects seen so far (drops, closes, kicks). A TIMEOUT is acceptable only for an intent
   * that a disconnect overtook: socket.io-client silently loses an emit made between
   * `engine.close()` and its "disconnect" event, and the fuzz connections do not retry.
   */
  drops: number;
  closedByUs: boolean;
  /** Its seat was released (left, held nothing, its avatar went to a new tablet). */
  released?: boolean;
  kicked: boolean;
  /** Connected when the host removed it: it must end up closed with "kicked". */
  kickedWhileOpen: boolean;
}
interface Sent {
  client: Client;
  event: ClientEventName;
  payload: Record<string, unknown>;
  commandId: string;
  ack: Ack | null;
}

describe("convergence fuzz: generators", () => {
  it("has a generator for every activity kind in the registry and every client event", () => {
    // Adding a kind or an event without teaching the fuzz about it must fail here, loudly.
    expect(missingGenerators()).toEqual([]);
  });
});

/** Accepted activity intents per kind, over every seed: a reducer that refuses everything must fail. */
const accepted = { host: new Map<string, number>(), seat: new Map<string, number>() };
const activitiesSeen = { n: 0 };

describe.each(SEEDS)("convergence fuzz, seed %i", (seed) => {
  it(`${STEPS} random steps from host, screen and up to ${MAX_TABLETS} tablets converge`, async () => {
    await runFuzz(seed, STEPS);
  }, 60_000 + STEPS * 25);
});

describe("convergence fuzz: coverage", () => {
  it("exercised every kind: accepted host and tablet intents (actions or live input) for each, and several activities per seed", () => {
    // Only meaningful for the default run length; a short replay of one seed skips it.
    if (STEPS < 1000) return;
    for (const kind of ACTIVITY_KIND_NAMES) {
      expect(accepted.host.get(kind) ?? 0, `${kind}: accepted host actions`).toBeGreaterThan(0);
      expect(accepted.seat.get(kind) ?? 0, `${kind}: accepted tablet actions or input`).toBeGreaterThan(0);
    }
    expect(activitiesSeen.n).toBeGreaterThanOrEqual(ACTIVITY_KIND_NAMES.length * SEEDS.length);
  });
});

async function runFuzz(seed: number, steps: number): Promise<void> {
  const missing = missingGenerators();
  if (missing.length) throw new Error(`The fuzz has no generator for: ${missing.join(", ")}`);

  const g = new Gen(seededRandom(seed));
  const failures: string[] = [];
  const trail: string[] = [];
  let step = 0;
  const fail = (msg: string) => {
    if (failures.length < 200) failures.push(`step ${step}: ${msg}`);
  };
  const note = (line: string) => {
    trail.push(line);
    if (trail.length > 400) trail.splice(0, 200);
  };
  const replayLine = `FUZZ_SEED=${seed} FUZZ_STEPS=${steps} npx vitest run test/fuzz/convergence.test.ts`;

  const server = await startServer({
    intentBurst: 1e6,
    intentsPerSecond: 1e6,
    presenceGraceMs: GRACE_MS,
    joinAttemptsPerMinute: 1e6,
    maxSocketsPerIp: 10_000,
    maxSeatsPerRoom: 48,
  });
  try {
    const api = await facilitator(server.url);
    const summary = await openRoom(api);
    const code = summary.code;
    const room = () => server.sammen.registry.byRoomCode(code)?.room;
    const links = room()!.links;

    const tablets: Client[] = [];
    const seatIds = new Set<string>();
    const seatTokens = new Set<string>();
    const screenSeen: string[] = [];
    const sent: Sent[] = [];
    const pending = new Set<Promise<void>>();
    let commandSerial = 0;
    let lastServerVersion = 0;
    const activityIdsSeen = new Set<string>();
    /** Patches that did not fit the view a client held: the server must only patch what it sent. */
    let patchesRefused = 0;

    // ---------- clients, and what every view they receive must satisfy ----------
    const open = (name: string, role: Role, token: string, seatId?: string): Client => {
      const client: Client = { name, role, token, seatId, conn: connect(server.url, token), drops: 0, closedByUs: false, kicked: false, kickedWhileOpen: false };
      watch(client);
      return client;
    };
    const watch = (client: Client) => {
      let last = -1;
      // Disconnects we did not cause are worth seeing in the trail of a failure.
      client.conn.socket.on("disconnect", (reason) => {
        client.drops++;
        note(`${step} ${client.name} disconnected: ${reason}`);
      });
      // Called once the SDK has applied the update (or refused it): the connection holds the result.
      const received = (update: RoomEnvelope | ViewPatch) => {
        if (update.version < last) fail(`${client.name} received version ${update.version} after ${last}`);
        last = Math.max(last, update.version);
        const env = client.conn.getSnapshot().envelope;
        // A patch that did not fit leaves the connection asking for the whole view (room:sync).
        if ("ops" in update && env?.version !== update.version) {
          patchesRefused++;
          return;
        }
        if (!env) return fail(`${client.name} holds no view after an update`);
        if (env.view.version !== env.version) fail(`${client.name}: envelope version ${env.version} but view version ${env.view.version}`);
        if (env.view.role !== client.role) fail(`${client.name} (${client.role}) received a ${env.view.role} view`);
        if (env.view.code !== code) fail(`${client.name} received a view of room ${env.view.code}`);
        if (env.view.activity) activityIdsSeen.add(env.view.activity.id);
        // What came over the wire is checked, and the view it gave.
        const json = JSON.stringify(update) + JSON.stringify(env);
        for (const t of seatTokens) if (json.includes(t)) fail(`${client.name} received a seat token`);
        if (client.role !== "host" && json.includes(summary.hostToken)) fail(`${client.name} received the host token`);
        if (client.role !== "host" && json.includes(summary.screenToken)) fail(`${client.name} received the screen token`);
        if (client.role === "screen") {
          screenSeen.push(json);
          for (const id of seatIds) if (json.includes(id)) fail(`the screen received seat id ${id}`);
        }
        if (client.role === "seat") {
          for (const id of seatIds) if (id !== client.seatId && json.includes(id)) fail(`${client.name} received another seat's id ${id}`);
        }
      };
      // Whole views, patches and the updates that ride on a tablet's acknowledgements.
      client.conn.onUpdate(received);
    };
    const host = open("host", "host", summary.hostToken);
    const screen = open("screen", "screen", summary.screenToken);

    const live = (c: Client) => !c.closedByUs && !c.kicked && c.conn.getSnapshot().closed === null;
    const liveTablets = () => tablets.filter(live);
    const allClients = () => [host, screen, ...tablets];

    // ---------- judging acknowledgements ----------
    /** Outcomes by event, printed at the end so a run shows what it exercised. */
    const tally = new Map<string, number>();
    /** This seed's accepted intents per kind: steers activity:start (a replay of one seed sees the same). */
    const acceptedHere = { host: new Map<string, number>(), seat: new Map<string, number>() };
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    const judge = (client: Client, label: string, ack: unknown, allowed: readonly ErrorCode[], dropsAtSend: number, okAllowed = true) => {
      const a = ack as Partial<Ack> & { code?: string; message?: unknown; version?: unknown };
      const bare = label.replace(/^raw /, "");
      const actKind = bare.startsWith("activity:act") || bare.startsWith("activity:input") ? (viewOf(client)?.activity?.kind ?? "-") : null;
      const kind = actKind ? ` ${actKind}` : "";
      if (actKind && (a as { ok?: unknown })?.ok === true && (client.role === "host" || client.role === "seat")) {
        for (const table of [accepted[client.role], acceptedHere[client.role]]) table.set(actKind, (table.get(actKind) ?? 0) + 1);
      }
      count(`${client.role} ${label.split(" ").slice(0, label.startsWith("raw") ? 2 : 1).join(" ")}${kind} → ${a?.ok ? "ok" : (a?.code ?? "?")}`);
      if (!a || typeof a !== "object" || typeof a.ok !== "boolean") return fail(`${client.name} ${label}: malformed ack ${JSON.stringify(ack)}`);
      if (a.ok) {
        if (!Number.isInteger(a.version)) fail(`${client.name} ${label}: ok ack without an integer version`);
        if (!okAllowed) fail(`${client.name} ${label}: accepted, but it must be refused`);
        return;
      }
      if (!KNOWN_CODES.has(a.code ?? "") || typeof a.message !== "string") return fail(`${client.name} ${label}: malformed error ack ${JSON.stringify(ack)}`);
      const code = a.code as ErrorCode;
      const gone = client.drops !== dropsAtSend || client.closedByUs || client.kicked;
      if (code === "TIMEOUT" && gone) return;
      if (code === "ROOM_ENDED" && (client.kicked || client.conn.getSnapshot().closed !== null)) return;
      if (code === "INTERNAL") return fail(`${client.name} ${label}: INTERNAL: ${a.message}`);
      if (!allowed.includes(code)) fail(`${client.name} ${label}: unexpected ${code}: ${a.message}`);
    };
    /** Wait briefly for an intent; if it is still in flight, leave it running so it interleaves with the next steps. */
    const settleSoon = async (p: Promise<void>, awaitIt: boolean) => {
      pending.add(p);
      void p.finally(() => pending.delete(p));
      if (awaitIt) await Promise.race([p, sleep(400)]);
    };
    const awaitPending = async (ms = 8000) => {
      await Promise.race([Promise.all([...pending]), sleep(ms)]);
      if (pending.size) fail(`${pending.size} intents still unanswered after ${ms} ms`);
    };

    /** Send an intent through the SDK and judge its acknowledgement. */
    const send = (client: Client, event: ClientEventName, payload: Record<string, unknown>, allowed: readonly ErrorCode[]) => {
      const commandId = `fuzz-${seed}-${(++commandSerial).toString().padStart(6, "0")}`;
      const record: Sent = { client, event, payload, commandId, ack: null };
      const dropsAtSend = client.drops;
      note(`${step} ${client.name} ${event} ${JSON.stringify(payload).slice(0, 140)}`);
      const p = client.conn.send(event, payload as never, commandId).then((ack) => {
        record.ack = ack;
        judge(client, `${event} ${JSON.stringify(payload).slice(0, 100)}`, ack, allowed, dropsAtSend);
        if (ack.ok && event === "seat:kick") markKicked(payload.seatId as string);
      });
      sent.push(record);
      if (sent.length > 5000) sent.splice(0, 1000);
      return settleSoon(p, g.chance(0.75));
    };

    /** Emit past the SDK (malformed traffic) and judge the acknowledgement. */
    const raw = (client: Client, label: string, event: string, args: unknown[], allowed: readonly ErrorCode[], okAllowed = false) => {
      const dropsAtSend = client.drops;
      note(`${step} ${client.name} raw ${label}`);
      const socket = client.conn.socket as unknown as { timeout(ms: number): { emitWithAck(ev: string, ...a: unknown[]): Promise<unknown> } };
      const p = socket
        .timeout(3000)
        .emitWithAck(event, ...args)
        .then(
          (ack) => judge(client, `raw ${label}`, ack, allowed, dropsAtSend, okAllowed),
          () => judge(client, `raw ${label}`, { ok: false, code: "TIMEOUT", message: "no ack" }, allowed, dropsAtSend, okAllowed),
        );
      return settleSoon(p, g.chance(0.75));
    };

    const markKicked = (seatId: string) => {
      for (const t of tablets) {
        if (t.seatId !== seatId || t.kicked) continue;
        t.kicked = true;
        t.kickedWhileOpen = !t.closedByUs;
      }
    };

    // ---------- what a client currently believes ----------
    const viewOf = (c: Client): RoleView | null => c.conn.getSnapshot().envelope?.view ?? null;
    const eventCtx = (sender: Client): EventContext => {
      const state = room()!.snapshot();
      const mine = viewOf(sender);
      const hv = viewOf(host) as HostView | null;
      const activity = mine?.activity ? { id: mine.activity.id, kind: mine.activity.kind } : null;
      return {
        g,
        role: sender.role,
        hostActivity: hv?.activity?.view,
        seatActivity: sender.role === "seat" ? (mine?.activity?.view ?? null) : undefined,
        seatIds: state.seatOrder,
        kickedSeatIds: state.kicked,
        activity,
        staleActivityId: g.chance(0.5) ? g.pickOr([...activityIdsSeen].filter((id) => id !== activity?.id), () => "a999") : "a999",
        safeguardingKeys: hv?.safeguarding.map((i) => i.key) ?? [],
        underCovered: ACTIVITY_KIND_NAMES.filter((k) => !acceptedHere.host.get(k) || !acceptedHere.seat.get(k)),
      };
    };

    // ---------- operations ----------
    const DOMAIN: readonly ErrorCode[] = ["STALE", "NOT_ALLOWED", "NO_ACTIVITY", "FORBIDDEN", "INVALID", "RATE_LIMITED", "FLAG_CONFIRM_REQUIRED"];
    const HOST_ALLOWED: Partial<Record<ClientEventName, readonly ErrorCode[]>> = {
      "room:sync": [],
      "room:lock": [],
      "room:configure": [],
      "seat:kick": ["NOT_ALLOWED"],
      "activity:start": [],
      "activity:stop": ["STALE"],
      "activity:act": DOMAIN,
      "help:resolve": ["NOT_ALLOWED"],
      // The generator picks indexes blindly: a step that is not there is INVALID.
      "agenda:goto": ["STALE", "NOT_ALLOWED", "INVALID"],
      "agenda:insert": ["STALE", "NOT_ALLOWED"],
    };
    const HOST_EVENT_WEIGHTS: [ClientEventName, number][] = (
      [
        ["activity:act", 60],
        ["activity:start", 10],
        ["activity:stop", 4],
        ["seat:kick", 4],
        ["room:lock", 4],
        ["room:configure", 4],
        ["help:resolve", 4],
        ["room:sync", 2],
      ] as [ClientEventName, number][]
    ).concat(
      // Every other event in the protocol table (calm-down, goal meter, …) gets a small share.
      CLIENT_EVENT_NAMES.filter((e) => e !== "room:end" && (clientEvents[e].roles as readonly string[]).includes("host") && !["activity:act", "activity:start", "activity:stop", "seat:kick", "room:lock", "room:configure", "help:resolve", "room:sync"].includes(e)).map(
        (e) => [e, 2] as [ClientEventName, number],
      ),
    );
    const weighted = <T>(list: readonly [T, number][]): T => {
      const total = list.reduce((n, [, w]) => n + w, 0);
      let r = g.random() * total;
      for (const [item, w] of list) if ((r -= w) < 0) return item;
      return list[list.length - 1][0];
    };

    const opJoin = async () => {
      if (tablets.filter((t) => !t.kicked).length >= MAX_TABLETS) return;
      const available = room()!.availableAvatars();
      const avatar = g.chance(0.85) ? g.pickOr(available, () => g.pick(ALL_AVATARS)) : g.pick(ALL_AVATARS);
      note(`${step} join ${avatar}`);
      const res = await fetch(`${server.url}/api/join/${code}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ avatar }),
      });
      const body = (await res.json()) as { token?: string; seatId?: string; error?: { code: string } };
      if (res.status === 201 && body.token && body.seatId) {
        seatIds.add(body.seatId);
        seatTokens.add(body.token);
        tablets.push(open(`tablet ${tablets.length + 1} (${avatar})`, "seat", body.token, body.seatId));
      } else if (!["AVATAR_TAKEN", "ROOM_FULL", "ROOM_LOCKED"].includes(body.error?.code ?? "")) {
        fail(`join ${avatar}: ${res.status} ${JSON.stringify(body)}`);
      }
    };

    const opSeatIntent = async () => {
      const t = g.pickOr(liveTablets(), () => null as Client | null);
      if (!t) return opJoin();
      if (g.chance(0.08)) return send(t, "help:request", {}, []);
      if (g.chance(0.03)) return send(t, "help:withdraw", {}, []);
      if (g.chance(0.03)) return send(t, g.chance(0.5) ? "hand:raise" : "hand:lower", {}, []);
      if (g.chance(0.04)) return send(t, "room:sync", {}, []);
      const ctx = eventCtx(t);
      const gen = eventGenerators["activity:act"];
      if (gen === "end-of-run") return;
      return send(t, "activity:act", gen(ctx), DOMAIN);
    };

    const opInput = async () => {
      const t = g.pickOr(liveTablets(), () => null as Client | null);
      const act = t ? viewOf(t)?.activity : null;
      if (!t || !act) return;
      const kind = kindGenerators[act.kind];
      const hasInput = Boolean(findActivityKind(act.kind)?.input);
      const input = hasInput && kind?.input ? kind.input(eventCtx(t)) : { holding: true };
      if (g.chance(0.5)) {
        note(`${step} ${t.name} input ${JSON.stringify(input)}`);
        t.conn.input(act.id, input);
        return;
      }
      // With an acknowledgement: receipt, or a refusal the activity could give.
      return raw(t, `activity:input ${JSON.stringify(input)}`, "activity:input", [{ activityId: act.id, input }], hasInput ? DOMAIN : ["STALE", "NOT_ALLOWED", "INVALID", "NO_ACTIVITY", "FORBIDDEN"], true);
    };

    const opHostIntent = async () => {
      const event = weighted(HOST_EVENT_WEIGHTS);
      const gen = eventGenerators[event];
      if (gen === "end-of-run") return;
      return send(host, event, gen(eventCtx(host)), HOST_ALLOWED[event] ?? ["NOT_ALLOWED", "STALE"]);
    };

    const opScreenIntent = async () => {
      if (!live(screen)) return;
      if (g.chance(0.3)) return send(screen, "room:sync", {}, []);
      const event = g.pick(CLIENT_EVENT_NAMES.filter((e) => !(clientEvents[e].roles as readonly string[]).includes("screen")));
      const gen = eventGenerators[event];
      const payload = gen === "end-of-run" ? {} : gen(eventCtx(screen));
      return send(screen, event, payload, ["FORBIDDEN"]);
    };

    /** Malformed or misdirected traffic: each must be refused with exactly its code, and change nothing. */
    const opBad = async () => {
      const sender = g.pick([host, screen, ...liveTablets()].filter(live));
      if (!sender) return;
      const commandId = `bad-${seed}-${(++commandSerial).toString().padStart(6, "0")}`;
      const choice = g.int(0, 8);
      switch (choice) {
        case 0:
          return raw(sender, "unknown event", "room:explode", [{ commandId }], ["UNKNOWN_EVENT"]);
        case 1:
          return raw(sender, "no commandId", "room:sync", [{}], ["INVALID"]);
        case 2:
          return raw(sender, "extra field", "room:sync", [{ commandId, sneaky: true }], ["INVALID"]);
        case 3:
          return raw(sender, "not an object", "room:sync", ["hello"], ["INVALID"]);
        case 4:
          return raw(sender, "two payloads", "room:sync", [{ commandId }, { commandId }], ["INVALID"]);
        case 5:
          return raw(sender, "oversized", "room:sync", [{ commandId, pad: "x".repeat(MAX_PAYLOAD_BYTES + 10) }], ["PAYLOAD_TOO_LARGE"]);
        case 6: {
          // A host-only event from someone else, or a tablet-only one from the host.
          const event = g.pick(CLIENT_EVENT_NAMES.filter((e) => !(clientEvents[e].roles as readonly string[]).includes(sender.role)));
          const gen = eventGenerators[event];
          const payload = gen === "end-of-run" ? {} : gen(eventCtx(sender));
          return raw(sender, `${event} from ${sender.role}`, event, [{ ...payload, commandId }], ["FORBIDDEN"]);
        }
        case 7: {
          if (sender.role !== "host") return;
          const kind = g.pick(Object.keys(kindGenerators));
          return g.chance(0.3)
            ? raw(sender, "unknown kind", "activity:start", [{ commandId, kind: "no-such-kind" }], ["INVALID"])
            : raw(sender, `bad ${kind} config`, "activity:start", [{ commandId, kind, config: generatorFor(kind).badConfig(eventCtx(sender)) }], ["INVALID"]);
        }
        default: {
          if (sender.role === "screen") return;
          const act = viewOf(sender)?.activity;
          const kind = act?.kind ?? "checkin";
          const action = generatorFor(kind).bad(eventCtx(sender));
          // Refused: invalid, or stale/gone first if the activity changed meanwhile.
          return raw(sender, `bad ${kind} action ${JSON.stringify(action).slice(0, 60)}`, "activity:act", [{ commandId, activityId: act?.id ?? "a999", action }], ["INVALID", "STALE", "NO_ACTIVITY", "FORBIDDEN"]);
        }
      }
    };

    /** A repeated commandId must get the first answer again (and not be applied twice). */
    const opReplay = async () => {
      const unusable = (a: Ack | null) => a === null || (!a.ok && (a.code === "TIMEOUT" || a.code === "ROOM_ENDED"));
      const candidates = sent.slice(-150).filter((s) => !unusable(s.ack) && live(s.client));
      const s = g.pickOr(candidates, () => null as Sent | null);
      if (!s) return;
      note(`${step} ${s.client.name} replay ${s.event} ${s.commandId}`);
      const dropsAtSend = s.client.drops;
      const p = s.client.conn.send(s.event, s.payload as never, s.commandId).then((again) => {
        if (again.ok === false && again.code === "TIMEOUT" && s.client.drops !== dropsAtSend) return;
        if (!live(s.client)) return;
        if (!isDeepStrictEqual(again, s.ack)) fail(`${s.client.name} replay of ${s.event} ${s.commandId}: first ${JSON.stringify(s.ack)}, again ${JSON.stringify(again)}`);
      });
      return settleSoon(p, true);
    };

    const opDrop = async () => {
      const c = g.pickOr(allClients().filter((x) => live(x) && x.conn.socket.connected), () => null as Client | null);
      if (!c) return;
      note(`${step} ${c.name} transport dropped`);
      c.conn.socket.io.engine.close();
    };

    const opCloseTablet = async () => {
      const t = g.pickOr(liveTablets(), () => null as Client | null);
      if (!t) return;
      note(`${step} ${t.name} closed`);
      t.closedByUs = true;
      t.conn.close();
    };

    const opReopenTablet = async () => {
      const t = g.pickOr(
        tablets.filter((x) => x.closedByUs),
        () => null as Client | null,
      );
      if (!t) return;
      note(`${step} ${t.name} reopened`);
      t.conn = connect(server.url, t.token);
      t.closedByUs = false;
      if (t.kicked) t.kickedWhileOpen = true; // the handshake must refuse it with KICKED
      watch(t);
    };

    const OPS: [() => Promise<void>, number][] = [
      [opJoin, 5],
      [opSeatIntent, 32],
      [opInput, 4],
      [opHostIntent, 24],
      [opScreenIntent, 2],
      [opBad, 8],
      [opReplay, 4],
      [opDrop, 2],
      [opCloseTablet, 1],
      [opReopenTablet, 1.5],
    ];

    // ---------- the run ----------
    await waitFor(host.conn, (s) => s.envelope !== null, 3000, "host view");
    await waitFor(screen.conn, (s) => s.envelope !== null, 3000, "screen view");
    for (let i = 0; i < 6; i++) await opJoin();

    for (step = 1; step <= steps; step++) {
      await weighted(OPS)();
      const version = room()?.version ?? -1;
      if (version < lastServerVersion) fail(`room version went down: ${lastServerVersion} → ${version}`);
      lastServerVersion = version;
      if (step % 50 === 0) {
        await awaitPending();
        if (failures.length) break;
      }
    }
    step = steps + 1;
    await awaitPending();

    // ---------- settle: everyone reconnected, grace timers run out, every client syncs ----------
    const liveClients = () => allClients().filter(live);
    for (const c of liveClients()) {
      await waitFor(c.conn, (s) => s.status === "connected" || s.closed !== null, 6000, `${c.name} reconnected`).catch((e: Error) => fail(e.message));
    }
    await sleep(GRACE_MS + 150);
    for (const c of liveClients()) {
      const ack = await c.conn.sync();
      if (!ack.ok) fail(`${c.name} room:sync after settling: ${JSON.stringify(ack)}`);
    }

    const expectedView = (c: Client): RoleView | null => {
      const r = room()!;
      const state = r.snapshot();
      const now = Date.now();
      if (c.role === "host") return hostView(state, r.links, now);
      if (c.role === "screen") return screenView(state, r.links, now);
      return seatView(state, c.seatId!, now);
    };
    const same = (a: RoleView | null, b: RoleView | null) => a !== null && b !== null && isDeepStrictEqual({ ...a, version: 0 }, { ...b, version: 0 });
    for (const c of liveClients()) {
      const ok = await waitFor(c.conn, (s) => same(s.envelope?.view ?? null, expectedView(c)), 4000, `${c.name} converged`).then(
        () => true,
        () => false,
      );
      if (!ok) {
        fail(
          `${c.name} did not converge.\n  client: ${JSON.stringify({ ...viewOf(c), version: 0 }).slice(0, 1500)}\n  server: ${JSON.stringify({ ...expectedView(c), version: 0 }).slice(0, 1500)}`,
        );
      }
      const env = c.conn.getSnapshot().envelope;
      if (env && env.version > room()!.version) fail(`${c.name} holds version ${env.version}, newer than the server's ${room()!.version}`);
    }

    // ---------- room invariants ----------
    const state = room()!.snapshot();
    for (const id of state.kicked) if (state.seats[id] || state.seatOrder.includes(id)) fail(`kicked seat ${id} is still in the room`);
    if (new Set(state.seatOrder).size !== state.seatOrder.length) fail("a seat appears twice in the join order");
    if (!isDeepStrictEqual([...state.seatOrder].sort(), Object.keys(state.seats).sort())) fail("seats and join order disagree");
    // A kick whose acknowledgement was lost to a transport drop still counts as a kick.
    for (const t of tablets) if (!t.kicked && state.kicked.includes(t.seatId!)) markKicked(t.seatId!);
    for (const t of tablets) {
      if (t.kicked) {
        if (state.seats[t.seatId!]) fail(`${t.name} was kicked but still has a seat`);
        if (t.kickedWhileOpen) {
          const closed = await waitFor(t.conn, (s) => s.closed !== null, 3000, `${t.name} told it was removed`).then(
            (s) => s.closed,
            () => null,
          );
          if (closed !== "kicked" && closed !== "KICKED") fail(`${t.name} was kicked but its connection ended with ${String(closed)}`);
        }
        continue;
      }
      const seat = state.seats[t.seatId!];
      // A seat past its grace period that held nothing gives its avatar back to a new tablet
      // (release, docs/privacy.md): its tablet was closed, or was refused when it came back.
      const released = !seat && (t.closedByUs || t.conn.getSnapshot().closed !== null);
      if (released) {
        t.released = true;
        continue;
      }
      if (!seat) fail(`${t.name} lost its seat without a kick`);
      else if (t.closedByUs && seat.presence !== "left") fail(`${t.name} closed ${GRACE_MS} ms+ ago but is "${seat.presence}", not "left"`);
      else if (!t.closedByUs && seat.presence !== "present") fail(`${t.name} is connected but "${seat.presence}"`);
    }
    for (const json of screenSeen) for (const id of seatIds) if (json.includes(id)) fail(`a screen view held seat id ${id}`);
    if (patchesRefused) fail(`${patchesRefused} view patches did not fit the view their client held`);
    const errors = server.logs.filter((l) => /internal error|http error/i.test(l));
    for (const line of errors) fail(`server logged: ${line.slice(0, 400)}`);

    // ---------- the end: room:end sends everyone away and forgets the room ----------
    if (!failures.length) {
      const ended = await host.conn.send("room:end", {});
      if (!ended.ok) fail(`room:end: ${JSON.stringify(ended)}`);
      for (const c of allClients().filter((x) => !x.closedByUs && !x.kicked && !x.released)) {
        const closed = await waitFor(c.conn, (s) => s.closed !== null, 3000, `${c.name} sent away`).then(
          (s) => s.closed,
          () => null,
        );
        if (closed !== "ended") fail(`${c.name} ended with ${String(closed)} after room:end`);
      }
      if (server.sammen.registry.byRoomCode(code)) fail("the ended room is still registered");
    }

    const kinds = [...activityIdsSeen].length;
    activitiesSeen.n += kinds;
    if (failures.length || process.env.FUZZ_VERBOSE) console.log(
      `fuzz seed ${seed}: ${steps} steps, ${tablets.length} tablets joined, ${tablets.filter((t) => t.kicked).length} kicked, ${kinds} activities seen; outcomes: ` +
        [...tally]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ×${n}`)
          .join(", "),
    );
    if (failures.length) {
      console.error(`\nConvergence fuzz failed. Replay with:\n  ${replayLine}\n`);
      throw new Error(
        `Convergence fuzz failed (replay: ${replayLine})\n${failures.slice(0, 25).join("\n")}\n\nLast steps:\n${trail.slice(-Number(process.env.FUZZ_TRAIL ?? 40)).join("\n")}` +
          (server.logs.length ? `\n\nServer log (last lines):\n${server.logs.slice(-10).join("\n")}` : ""),
      );
    }
    expect(failures).toEqual([]);
  } finally {
    closeAllConnections();
    await server.close();
  }
}

describe("intent rate limiter", () => {
  it("answers RATE_LIMITED beyond the burst, applies nothing it refused and loses nothing it accepted", async () => {
    // Default limits: a burst of 20, then 10 a second, per socket.
    const server = await startServer({ presenceGraceMs: 5_000 });
    try {
      const api = await facilitator(server.url);
      const summary = await openRoom(api);
      const room = () => server.sammen.registry.byRoomCode(summary.code)!.room;
      const host = connect<HostView>(server.url, summary.hostToken);
      const claim = await claimSeat(server.url, summary.code, ALL_AVATARS[0]);
      const tablet = connect<SeatView>(server.url, claim.token);
      await waitFor(host, (s) => s.envelope?.view.seats[0]?.presence === "present", 3000, "tablet present");

      // The host fires 30 settings changes at once; k cycles so every accepted one changes the room.
      const ks = Array.from({ length: 30 }, (_, i) => 2 + ((i + 2) % 9));
      const before = room().version;
      const startK = room().settings.k;
      const acks = await Promise.all(ks.map((k, i) => host.send("room:configure", { k }, `limit-host-${String(i).padStart(4, "0")}`)));
      const accepted = acks.flatMap((a, i) => (a.ok ? [i] : []));
      for (const a of acks) if (!a.ok) expect(a.code).toBe("RATE_LIMITED");
      expect(accepted.length).toBeGreaterThanOrEqual(20);
      expect(accepted.length).toBeLessThan(30);
      // Accepted intents are the first ones, in order; their versions only go up.
      expect(accepted).toEqual(accepted.map((_, i) => i));
      const versions = accepted.map((i) => (acks[i] as { version: number }).version);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
      // Nothing lost, nothing extra: the last accepted k is the room's, and the version moved once per change.
      let k = startK;
      let changes = 0;
      for (const i of accepted) {
        if (ks[i] !== k) changes++;
        k = ks[i];
      }
      expect(room().settings.k).toBe(k);
      expect(room().version).toBe(before + changes);
      await waitFor(host, (s) => s.envelope?.view.settings.k === k, 3000, "host sees the last accepted k");

      // A refused intent can be sent again, with the same commandId, once the bucket refills.
      const firstRefused = acks.findIndex((a) => !a.ok);
      await sleep(1200);
      const retry = await host.send("room:configure", { k: ks[firstRefused] }, `limit-host-${String(firstRefused).padStart(4, "0")}`);
      expect(retry.ok).toBe(true);
      expect(room().settings.k).toBe(ks[firstRefused]);

      // A tablet answering 30 times at once: the accepted answers are applied in order, the last one stands.
      expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin", askStrength: false } })).ok).toBe(true);
      const seen = await waitFor(tablet, (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "check-in on the tablet");
      const activityId = seen.envelope!.view.activity!.id;
      const feelings = ["glad", "trist", "sint", "redd", "rolig"] as const;
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          tablet.send("activity:act", { activityId, action: { type: "answer", feeling: feelings[i % feelings.length] } }),
        ),
      );
      const ok = answers.flatMap((a, i) => (a.ok ? [i] : []));
      for (const a of answers) if (!a.ok) expect(a.code).toBe("RATE_LIMITED");
      expect(ok.length).toBeGreaterThanOrEqual(20);
      expect(ok.length).toBeLessThan(30);
      const state = room().snapshot().activity!.state as { answers: Record<string, { feeling?: string }> };
      expect(state.answers[claim.seatId].feeling).toBe(feelings[ok[ok.length - 1] % feelings.length]);
      expect(server.logs.filter((l) => /internal error/i.test(l))).toEqual([]);
    } finally {
      closeAllConnections();
      await server.close();
    }
  });
});
