/**
 * createServer(config): everything Sammen needs in one process: HTTP, Socket.IO,
 * the live rooms and the embedded database. Tests call this with port 0.
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
import { createEngineGuard, type EngineGuard } from "./realtime/connection-limits.js";
import { attachGateway, createOutbox, type Gateway, type SammenServer } from "./realtime/gateway.js";
import { RoomRegistry } from "./rooms/registry.js";
import { createTokenSigner } from "./security/tokens.js";
import { openStore, type Store } from "./store/db.js";
import type { RoomOutbox } from "./rooms/live-room.js";

export interface SammenInstance {
  httpServer: HttpServer;
  io: SammenServer;
  registry: RoomRegistry;
  store: Store;
  config: ServerConfig;
  /** The first-run setup code while no facilitator account exists, else null. */
  readonly setupCode: string | null;
  /** Resolves with the URL the server listens on (127.0.0.1-style, for tests) once bound. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The first non-internal IPv4 address: what a tablet on the same WiFi can reach. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.family === "IPv4" && !info.internal) return info.address;
  }
  return undefined;
}

export function createServer(config: ServerConfig): SammenInstance {
  const store = openStore(config.dbPath);
  const signer = createTokenSigner(config.tokenSecret);
  let publicUrl = config.publicUrl;
  let outbox: RoomOutbox | undefined;

  // The one place the room core meets the activity kinds: everything below is given them.
  const core = createRoomCore(activityKinds);
  const registry = new RoomRegistry({
    core,
    signer,
    outbox: () => outbox!,
    joinUrlFor: (code) => `${publicUrl}/join?code=${code}`,
    presenceGraceMs: config.presenceGraceMs,
    roomIdleMs: config.roomIdleMs,
    fanoutWindowMs: config.fanoutWindowMs,
    maxSeatsPerRoom: config.maxSeatsPerRoom,
  });

  const publicOrigin = () => (publicUrl ? new URL(publicUrl).origin : "");
  let gateway: Gateway | undefined;
  const hooks = { onSessionEnded: (sid: string) => gateway?.endLoginSession(sid) };
  // The Express app must be the server's request handler before Socket.IO attaches, so
  // Socket.IO can intercept /socket.io/ requests ahead of it.
  const httpServer = createHttpServer(createHttpApp({ store, registry, signer, config, publicOrigin, hooks }));
  const engineGuard = createEngineGuard(config, (req) => isSameOrigin(req.headers, publicOrigin));
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
  });
  io.engine.on("connection", (conn: Parameters<EngineGuard["track"]>[0]) => engineGuard.track(conn));
  outbox = createOutbox(io);
  gateway = attachGateway(io, { registry, signer, config, sessionAlive: (sid) => store.sessionAlive(sid, Date.now()) });

  return {
    httpServer,
    io,
    registry,
    store,
    config,
    get setupCode() {
      return store.countFacilitators() === 0 ? config.setupCode : null;
    },
    listen() {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const { port } = httpServer.address() as AddressInfo;
          const local = `http://${config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host}:${port}`;
          if (!publicUrl) {
            const lan = config.host === "0.0.0.0" || config.host === "::" ? lanAddress() : undefined;
            publicUrl = lan ? `http://${lan}:${port}` : local;
          }
          // Whoever can read this log owns the install: the first account needs this code.
          if (store.countFacilitators() === 0) config.log(`[sammen] first-run setup code: ${config.setupCode}`);
          resolve(local);
        });
      });
    },
    async close() {
      registry.endAll("ended");
      registry.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      store.close();
    },
  };
}
