/**
 * createServer(config): everything Sammen needs in one process: HTTP, Socket.IO,
 * the live rooms, their snapshots and the embedded database. Tests call this
 * with port 0. `listen()` binds, then restores the stored rooms; `drain()` is
 * the graceful stop (rooms kept); `close()` ends every room (rooms wiped).
 */
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { Server } from "socket.io";
import { activityKinds } from "../shared/activities/registry.js";
import { createRoomCore } from "../shared/room/core.js";
import type { ServerConfig } from "./config.js";
import { createHttpApp } from "./http/app.js";
import { isSameOrigin } from "./http/same-origin.js";
import { createLogger, type Logger } from "./logging.js";
import { createEngineGuard, type EngineGuard } from "./realtime/connection-limits.js";
import { attachGateway, createOutbox, type Gateway, type SammenServer } from "./realtime/gateway.js";
import { RoomRegistry } from "./rooms/registry.js";
import { createTokenSigner } from "./security/tokens.js";
import { loadOrCreateSecret } from "./security/secret.js";
import { openStore, type Store } from "./store/db.js";
import { memoryOnlySnapshotStore, sqliteSnapshotStore, type RoomSnapshotStore } from "./store/room-snapshots.js";
import { SeriesLibrary } from "./series/library.js";
import { roomLeaders } from "./series/room-leaders.js";
import { keepRoomResults } from "./series/kept-results.js";
import type { RoomOutbox } from "./rooms/live-room.js";
import { viewParser } from "./realtime/view-encoder.js";
import { SnapshotWriter } from "./rooms/snapshot-writer.js";
import { Lifecycle } from "./lifecycle.js";
import { randomBytes } from "node:crypto";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { ClusterNode } from "./cluster/cluster-node.js";
import { sharedLimits } from "./cluster/shared-limits.js";
import path from "node:path";
import { roomPagePath } from "../shared/routing.js";

export interface SammenInstance {
  httpServer: HttpServer;
  io: SammenServer;
  registry: RoomRegistry;
  store: Store;
  snapshots: SnapshotWriter;
  lifecycle: Lifecycle;
  /** Set with REDIS_URL: this process is one of several (docs/operations.md, "Scale-out"). */
  cluster: ClusterNode | null;
  config: ServerConfig;
  /** Structured logs (server/logging.ts); what it writes goes to config.log. */
  logger: Logger;
  /** The first-run setup code while no facilitator account exists, else null. */
  readonly setupCode: string | null;
  /** The address tablets and leaders are given (PUBLIC_URL, else derived at listen); "" before listen. */
  readonly publicUrl: string;
  /** Resolves with the URL the server listens on (127.0.0.1-style, for tests) once bound and restored. */
  listen(): Promise<string>;
  /**
   * Graceful stop: refuse new joins and sockets, tell every client "restarting",
   * write every room's snapshot, close. Rooms come back on the next start.
   */
  drain(): Promise<void>;
  /** Stop and end every room (their snapshots are wiped). */
  close(): Promise<void>;
}

export interface ServerParts {
  /** Another snapshot store behind the same interface (tests use one that is slow to restore). */
  snapshotStore?: RoomSnapshotStore;
}

/** The secret for tokens: configured, or the one kept with the data (an in-memory database gets a fresh one). */
function tokenSecretFor(config: ServerConfig, log: (line: string) => void): string {
  if (config.tokenSecret) return config.tokenSecret;
  if (config.dbPath === ":memory:") return randomBytes(32).toString("hex");
  return loadOrCreateSecret(path.dirname(config.dbPath), log);
}

/** The first non-internal IPv4 address: what a tablet on the same WiFi can reach. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.family === "IPv4" && !info.internal) return info.address;
  }
  return undefined;
}

export function createServer(config: ServerConfig, parts: ServerParts = {}): SammenInstance {
  const logger = createLogger(config.log, config.logLevel);
  // Parts that log plain lines get them as structured warnings (their text is the server's own).
  const logLine = (line: string) => logger.warn(line.replace(/^\[sammen\] /, ""));
  const store = openStore(config.dbPath, { sync: config.dbSync, databaseUrl: config.databaseUrl || undefined });
  const signer = createTokenSigner(tokenSecretFor(config, logLine));
  let gateway: Gateway | undefined;
  const pendingKeeps = new Set<Promise<void>>();
  let registryRef: RoomRegistry | undefined;
  const library = new SeriesLibrary(store, {
    facilitatorExists: async (id) => (await store.findFacilitator(id)) !== undefined,
    // A removed co-leader's consoles in the group's live rooms close now (on every process); their
    // next handshake is refused.
    onCoLeadersRemoved: (groupId, ids) => {
      dropCoLeaders(groupId, ids);
      void cluster?.leaderEvents.announce({ type: "co-leaders-removed", groupId, ids });
    },
  });
  const dropCoLeaders = (groupId: string, ids: number[]) => {
    const rooms = (registryRef?.all() ?? []).filter((h) => h.room.agenda?.groupId === groupId).map((h) => h.room.id);
    for (const id of ids) gateway?.dropLeader(id, rooms);
  };
  let publicUrl = config.publicUrl;
  let outbox: RoomOutbox | undefined;
  const lifecycle = new Lifecycle();
  const cluster = config.redisUrl
    ? new ClusterNode({ redisUrl: config.redisUrl, leaseMs: config.leaseMs, roomIdleMs: config.roomIdleMs, log: logLine, name: config.nodeName || undefined })
    : null;
  const snapshotStore =
    parts.snapshotStore ?? (cluster ? cluster.snapshots : config.snapshots ? sqliteSnapshotStore(store.db) : memoryOnlySnapshotStore());
  const snapshots = new SnapshotWriter(snapshotStore, {
    log: logLine,
    onFenced: (roomIds) => registryRef?.release(roomIds),
    beforeAcks: (roomIds) => registryRef?.flushQueued(roomIds),
  });
  lifecycle.snapshotsFailing = () => snapshots.unhealthy;
  if (cluster) lifecycle.sharedStoreDown = () => !cluster.healthy;

  // The one place the room core meets the activity kinds: everything below is given them.
  const core = createRoomCore(activityKinds);
  const registry = new RoomRegistry({
    core,
    signer,
    outbox: () => outbox!,
    // The QR code and the join link open the room's own page (shared/routing.ts).
    joinUrlFor: (code) => `${publicUrl}${roomPagePath(code, "join")}`,
    presenceGraceMs: config.presenceGraceMs,
    roomIdleMs: config.roomIdleMs,
    fanoutWindowMs: config.fanoutWindowMs,
    presenceFanoutMs: config.presenceFanoutMs,
    maxSeatsPerRoom: config.maxSeatsPerRoom,
    snapshots,
    log: logLine,
    // A group remembers the meeting it held; the room itself, and every child's data in it, is gone.
    onRoomEnded: (room, _reason, last) => {
      // Only for a group whose leaders opted in, and only k-safe group tallies (docs/privacy.md).
      const keeping = keepRoomResults(last, { store, kinds: activityKinds })
        .then(() => undefined)
        .catch((err: unknown) => logger.warn({ event: "keep_results_failed", err }, "could not keep the group's results"));
      // A stop that ends rooms waits for their results before the database closes.
      pendingKeeps.add(keeping);
      void keeping.finally(() => pendingKeeps.delete(keeping));
      const agenda = room.agenda;
      if (!agenda?.groupId || !agenda.meetingId || agenda.current < 0) return;
      library.markHeld(agenda.groupId, agenda.meetingId).catch((err: unknown) => logger.warn({ event: "mark_held_failed", err }, "could not mark meeting held"));
    },
  });
  registryRef = registry;
  const leaders = roomLeaders(registry, (id) => store.getGroup(id));
  cluster?.attach(registry);
  const endRoomsOf = (facilitatorId: number) => {
    for (const handle of registry.ownedBy(facilitatorId)) registry.end(handle.room.id, "ended");
  };
  // Another process changed who leads (server/cluster/leader-events.ts): act on the rooms here.
  cluster?.leaderEvents.onEvent((e) => {
    if (e.type === "co-leaders-removed") dropCoLeaders(e.groupId, e.ids);
    else endRoomsOf(e.id);
  });
  const limits = cluster ? sharedLimits(cluster.redis, config) : null;

  const publicOrigin = () => (publicUrl ? new URL(publicUrl).origin : "");
  const hooks = { onSessionEnded: (sid: string) => gateway?.endLoginSession(sid) };
  // The Express app must be the server's request handler before Socket.IO attaches, so
  // Socket.IO can intercept /socket.io/ requests ahead of it.
  const httpServer = createHttpServer(
    createHttpApp({
      store, registry, signer, config, publicOrigin, hooks, lifecycle, cluster, limits, library, leaders, logger,
      onAccountRemoved: (id) => void cluster?.leaderEvents.announce({ type: "account-removed", id }),
    }),
  );
  const engineGuard = limits
    ? createEngineGuard(config, (req) => isSameOrigin(req.headers, publicOrigin), limits.handshakes)
    : createEngineGuard(config, (req) => isSameOrigin(req.headers, publicOrigin));
  const io: SammenServer = new Server(httpServer, {
    allowRequest: engineGuard.allowRequest,
    pingInterval: 10_000,
    pingTimeout: 10_000,
    maxHttpBufferSize: 32 * 1024,
    perMessageDeflate: false,
    serveClient: false,
    connectTimeout: 10_000,
    // Every (re)connect resyncs from the current view; no replay buffer.
    connectionStateRecovery: undefined,
    // The fan-out's views are encoded once (server/realtime/view-encoder.ts).
    parser: viewParser,
    // With several processes, room-wide closes reach sockets on any of them (views stay local).
    ...(cluster ? { adapter: createAdapter(cluster.redis) } : {}),
  });
  io.engine.on("connection", (conn: Parameters<EngineGuard["track"]>[0]) => engineGuard.track(conn));
  outbox = createOutbox(io);
  gateway = attachGateway(io, { registry, signer, config, lifecycle, sessionAlive: (sid) => store.sessionAlive(sid, Date.now()),
    hostLeader: async (sid, handle) => {
      const id = await store.sessionFacilitator(sid, Date.now());
      return id !== undefined && (await leaders.mayLead(id, handle.room)) ? id : null;
    },
    cluster,
    logger,
  });

  const restore = async () => {
    await cluster?.ready();
    const claimed = await snapshotStore.claimAll();
    const { restored, wiped } = registry.restore(claimed);
    await registry.wiped();
    if (restored || wiped) logger.info({ event: "rooms_restored", restored, wiped }, `rooms restored from snapshots: ${restored}; idle past the limit and wiped: ${wiped}`);
    lifecycle.phase = "ready";
  };

  let closed = false;
  const shutDown = async () => {
    if (closed) return;
    closed = true;
    registry.close();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    httpServer.closeAllConnections();
    // Sockets closing set seats away: that last change is written before the database closes.
    await registry.flushAll();
    await registry.wiped();
    await Promise.all(pendingKeeps);
    await cluster?.close();
    store.close();
  };

  return {
    httpServer,
    io,
    registry,
    store,
    snapshots,
    lifecycle,
    cluster,
    config,
    logger,
    get setupCode() {
      return store.hasAccounts ? null : config.setupCode;
    },
    get publicUrl() {
      return publicUrl;
    },
    async listen() {
      // PostgreSQL migrates here (before anything is served); SQLite did when it opened.
      await store.ready();
      const local = await new Promise<string>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const { port } = httpServer.address() as AddressInfo;
          const local = `http://${config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host}:${port}`;
          if (!publicUrl) {
            const lan = config.host === "0.0.0.0" || config.host === "::" ? lanAddress() : undefined;
            publicUrl = lan ? `http://${lan}:${port}` : local;
          }
          // Whoever can read this log owns the install: the first account needs this code.
          if (!store.hasAccounts) logger.warn({ event: "setup_code" }, `first-run setup code: ${config.setupCode}`);
          resolve(local);
        });
      });
      // After binding, so restored rooms get the join URL derived from the bound address.
      await restore();
      return local;
    },
    async drain() {
      if (closed || lifecycle.phase === "draining") return;
      lifecycle.phase = "draining";
      io.local.emit("server:restarting");
      await new Promise((r) => setTimeout(r, config.stopNoticeMs));
      // Several processes: every room goes back to Redis with its lease released, so the
      // process its tablets reconnect to takes it at once instead of after the lease runs out.
      await cluster?.drain();
      await snapshots.flush();
      await shutDown();
    },
    async close() {
      if (closed) return;
      registry.endAll("ended");
      await shutDown();
    },
  };
}
