/** The Express app: security headers, the JSON API, and the built client's three surfaces. */
import express from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import type { ServerConfig } from "../config.js";
import type { RoomRegistry } from "../rooms/registry.js";
import type { TokenSigner } from "../security/tokens.js";
import type { Store } from "../store/db.js";
import type { Lifecycle } from "../lifecycle.js";
import type { Logger } from "../logging.js";
import { normaliseIp } from "../security/client-ip.js";
import { createPasswordHasher } from "../security/passwords.js";
import { authRoutes, facilitatorRoutes, type AuthHooks } from "./auth-routes.js";
import { errorHandler, sendError } from "./errors.js";
import { joinRoutes, roomRoutes, type ClusterRooms } from "./room-routes.js";
import { requireSameOrigin, type PublicOrigin } from "./same-origin.js";
import { seriesRoutes } from "./series-routes.js";
import type { SeriesLibrary } from "../series/library.js";
import { accountRoutes, linkRoutes } from "./account-routes.js";
import type { RoomLeaders } from "../series/room-leaders.js";
import { securityHeaders } from "./security-headers.js";
import { precompressedAssets } from "./compressed-assets.js";
import type { SharedLimits } from "../cluster/shared-limits.js";
import { roomPages } from "./room-pages.js";

const SURFACES = { "/": "index.html", "/host": "host.html", "/screen": "screen.html", "/join": "join.html" } as const;

export interface HttpDeps {
  store: Store;
  registry: RoomRegistry;
  signer: TokenSigner;
  config: ServerConfig;
  /** The origin children and leaders use (PUBLIC_URL or the derived LAN URL). */
  publicOrigin: PublicOrigin;
  hooks: AuthHooks;
  lifecycle: Lifecycle;
  /** Set when this process is one of several (server/cluster/cluster-node.ts). */
  cluster?: ClusterRooms | null;
  /** Limits shared by every process through Redis (server/cluster/shared-limits.ts); else in-process ones. */
  limits?: SharedLimits | null;
  /** Groups, plans and the content library. */
  library: SeriesLibrary;
  /** Who may lead which live room (owner, group co-leaders). */
  leaders?: RoomLeaders;
  /** An account was removed and its rooms here ended: with several processes, tell the others. */
  onAccountRemoved?: (facilitatorId: number) => void;
  logger: Logger;
}

export function createHttpApp(deps: HttpDeps) {
  const { store, registry, config, lifecycle, cluster, library } = deps;
  const app = express();
  app.disable("x-powered-by");
  // The same rule as requestIp (server/security/client-ip.ts), for what Express derives itself.
  const trust = config.trustProxy;
  app.set("trust proxy", (addr: string, hop: number) => (typeof trust === "number" ? hop < trust : trust.includes(normaliseIp(addr))));
  app.use(securityHeaders({ hsts: config.secureCookies }));

  const api = express.Router();
  api.use(requireSameOrigin(deps.publicOrigin));
  api.use((_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  // Before the 16 kB parser: plans and import files are bigger, and these routes parse their own.
  api.use(seriesRoutes({ store, library }));
  api.use(express.json({ limit: "16kb" }));
  // Health: the process answers. Readiness: it takes joins and sockets (not while restoring
  // rooms, draining for a restart, or failing to write snapshots).
  api.get("/health", (_req, res) => {
    res.json({ ok: true, rooms: registry.stats().rooms, phase: lifecycle.phase });
  });
  api.get("/ready", (_req, res) => {
    const readiness = lifecycle.readiness();
    if (readiness.ready) res.json({ ok: true, ...readiness });
    else sendError(res, 503, "RESTARTING", `Not ready: ${readiness.phase === "ready" ? "snapshot writes are failing" : readiness.phase}.`);
  });
  const whileReady: express.RequestHandler = (_req, res, next) => {
    if (lifecycle.accepting) return next();
    res.set("Retry-After", "1");
    sendError(res, 503, "RESTARTING", "Sammen is restarting; try again in a moment.");
  };
  api.use("/auth/link", linkRoutes(store, config, deps.hooks));
  api.use("/accounts", accountRoutes(store, {
    onSessionEnded: deps.hooks.onSessionEnded,
    async onAccountRemoved(id, heir) {
      // The removed leader's live rooms end now (wiped like any ended room); with several
      // processes, each ends its share when told (docs/operations.md, "Accounts").
      for (const handle of registry.ownedBy(id)) registry.end(handle.room.id, "ended");
      deps.onAccountRemoved?.(id);
      await library.forgetLeader(id, heir);
    },
  }));
  const passwords = createPasswordHasher(config.scryptLogN);
  api.use("/auth", authRoutes(store, config, deps.hooks, deps.limits?.login, { passwords, deviceKey: deps.signer.keyFor("known-device") }));
  api.use("/facilitators", facilitatorRoutes(store, passwords));
  api.use("/rooms", whileReady, roomRoutes({ store, registry, signer: deps.signer, config, cluster, library, leaders: deps.leaders }));
  api.use("/join", whileReady, joinRoutes(deps));
  api.use((_req, res) => sendError(res, 404, "NOT_FOUND", "No such API route."));
  api.use(errorHandler(deps.logger));
  app.use("/api", api);

  const clientDir = config.clientDir;
  app.use("/assets", precompressedAssets(path.join(clientDir, "assets")));
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "365d", index: false }));
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    const full = path.join(clientDir, file);
    if (!existsSync(full)) return sendError(res, 503, "NOT_BUILT", "The client is not built yet: run `npm run build`.");
    res.set("Cache-Control", "no-cache").sendFile(full);
  };
  app.use(roomPages({ join: page(SURFACES["/join"]), screen: page(SURFACES["/screen"]), host: page(SURFACES["/host"]) }));
  for (const [route, file] of Object.entries(SURFACES)) {
    const send = page(file);
    app.get(route, send);
    if (route !== "/") app.get(`${route}/*splat`, send);
  }
  app.use(express.static(clientDir, { index: false }));
  app.use((_req, res) => sendError(res, 404, "NOT_FOUND", "Not found."));
  app.use(errorHandler(deps.logger));
  return app;
}
