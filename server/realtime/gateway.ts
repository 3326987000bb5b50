/**
 * The Socket.IO gateway: verifies the signed token in the handshake, validates
 * every intent against the protocol's schema table, rate-limits per actor (one
 * budget per seat, per host login session and per screen, however many sockets
 * it opens) and hands the intent to the room. It also implements the room's outbox over
 * this process's index of sockets by room and actor (local-sockets.ts), so a seat's view can
 * only ever reach that seat's sockets. Each socket joins one Socket.IO room, its room's channel,
 * for what must reach every process (closing a room); a host socket also joins its login
 * session's channel (signing out).
 */
import type { IncomingMessage } from "node:http";
import type { Server, Socket } from "socket.io";
import {
  clientEvents,
  clientInputs,
  handshakeAuthSchema,
  MAX_PAYLOAD_BYTES,
  PROTOCOL_VERSION,
  type Ack,
  type ClientEventName,
  type ClientInputName,
  type ClientToServerEvents,
  type ErrorCode,
  type EndReason,
  type HandshakeRefusal,
  type Role,
  type ServerToClientEvents,
  type ViewUpdate,
  type WireAck,
} from "../../shared/protocol.js";
import type { ServerConfig } from "../config.js";
import type { Logger } from "../logging.js";
import { requestIp } from "../security/client-ip.js";
import type { TokenSigner } from "../security/tokens.js";
import type { ConnActor, LiveRoom, RoomOutbox } from "../rooms/live-room.js";
import type { RoomRegistry } from "../rooms/registry.js";
import { SlotCounter } from "./connection-limits.js";
import { LocalSockets, type ActorKey, type ActorSockets } from "./local-sockets.js";
import { emitUpdate, preEncoded } from "./view-encoder.js";
import type { Lifecycle } from "../lifecycle.js";
import type { RoomHandle } from "../rooms/registry.js";

/** What the gateway needs of the scale-out layer (server/cluster/cluster-node.ts). */
export interface RoomClaimer {
  ensureRoom(roomId: string): Promise<RoomHandle | "busy" | null>;
}

export interface SocketData {
  roomId: string;
  actor: ConnActor;
  /** A host socket's login session: its budget is the session's, and signing out closes it. */
  sid?: string;
  /** A host socket's facilitator (the room's owner or a co-leader of its group). */
  facilitatorId?: number;
}
/** Between this server's processes (through the Redis adapter when there are several). */
export interface InterServerEvents {
  /** Close a seat's sockets on this process too (one left here after its room moved). */
  "seat:close": (roomId: string, seatId: string, reason: EndReason) => void;
}
export type SammenServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type SammenSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const roomChannel = (roomId: string) => `r:${roomId}`;
const END_REASONS: ReadonlySet<unknown> = new Set<EndReason>(["ended", "kicked", "expired"]);

/** A seat's and a screen's actor is its budget key; a host's budget is its login session's. */
const actorKeyOf = (data: SocketData): ActorKey => (data.actor.role === "host" ? { role: "host", sid: data.sid ?? "" } : data.actor);

/**
 * The index is made by the gateway (it knows the budgets' rates) and read by the outbox, which
 * is created first (server/app.ts); both hold the same Socket.IO server.
 */
const socketIndexes = new WeakMap<SammenServer, LocalSockets<SammenSocket>>();

/** This process's index of a server's room sockets, once its gateway is attached (for tests). */
export const localSocketsOf = (io: SammenServer): LocalSockets<SammenSocket> | undefined => socketIndexes.get(io);

/** A whole view or a patch, to each of these sockets; encoded once, however many get it. */
function emitView(sockets: Iterable<SammenSocket>, update: ViewUpdate, json: string | undefined): void {
  let encoded: ViewUpdate | undefined;
  for (const socket of sockets) emitUpdate(socket, (encoded ??= json === undefined ? update : preEncoded(update, json)));
}

function closeSockets(sockets: readonly SammenSocket[], reason: EndReason): void {
  // Copied: each disconnect takes its socket out of the index's list.
  for (const socket of [...sockets]) {
    socket.emit("room:closed", { reason });
    socket.disconnect(true);
  }
}

function refusal(code: ErrorCode, message: string): Error {
  const err = new Error(message) as Error & { data: HandshakeRefusal };
  err.data = { code, message };
  return err;
}

const fail = (code: ErrorCode, message: string): Ack => ({ ok: false, code, message });

const isClientEvent = (name: unknown): name is ClientEventName => typeof name === "string" && Object.prototype.hasOwnProperty.call(clientEvents, name);
const isClientInput = (name: unknown): name is ClientInputName => typeof name === "string" && Object.prototype.hasOwnProperty.call(clientInputs, name);

/** Live input is tiny ({activityId, input:{…}}); anything bigger is not a sample. */
const MAX_INPUT_BYTES = 512;
/** Per-actor input budget: twice the allowed rate, so honest jitter never hits it. */
const INPUT_BURST = 40;
const INPUT_BUDGET_PER_SECOND = 40;

/**
 * Views go to this process's sockets only: a room's sockets all reach its owner
 * (the proxy hashes on the room code, docs/operations.md), and sending every
 * per-seat view through Redis would cost a round trip per tablet per change.
 * Closing a seat or the room goes to every process (through the Redis adapter
 * when there are several), so a socket left elsewhere after a move is closed too.
 */
export function createOutbox(io: SammenServer): RoomOutbox {
  let index: LocalSockets<SammenSocket> | undefined;
  // Until the gateway is attached there is no socket to reach.
  const local = () => (index ??= socketIndexes.get(io));
  const closeSeatHere = (roomId: string, seatId: string, reason: EndReason) => {
    const sockets = local()?.seat(roomId, seatId);
    if (sockets?.length) closeSockets(sockets, reason);
  };
  io.on("seat:close", (roomId, seatId, reason) => {
    if (typeof roomId === "string" && typeof seatId === "string" && END_REASONS.has(reason)) closeSeatHere(roomId, seatId, reason);
  });
  return {
    toHosts: (roomId, env, json) => {
      const sockets = local()?.hosts(roomId);
      if (sockets) emitView(sockets, env, json);
    },
    toScreens: (roomId, env, json) => {
      const sockets = local()?.screens(roomId);
      if (sockets?.length) emitView(sockets, env, json);
    },
    toSeat: (roomId, seatId, env, json) => {
      const sockets = local()?.seat(roomId, seatId);
      if (sockets?.length) emitView(sockets, env, json);
    },
    // The transport is closed, not just the socket, so the client reconnects through the
    // proxy (which then routes it to the room's owner) instead of over the same connection.
    moveAll: (roomId) => void io.local.in(roomChannel(roomId)).disconnectSockets(true),
    // Deferred one turn so the acknowledgement of the command that caused it goes out first.
    closeSeat(roomId, seatId, reason) {
      setImmediate(() => {
        closeSeatHere(roomId, seatId, reason);
        // The other processes close theirs (there is one only when the room moved lately).
        void io.of("/").adapter.serverCount().then(
          (n) => {
            if (n > 1) io.serverSideEmit("seat:close", roomId, seatId, reason);
          },
          () => {},
        );
      });
    },
    closeAll(roomId, reason) {
      setImmediate(() => {
        io.to(roomChannel(roomId)).emit("room:closed", { reason });
        io.in(roomChannel(roomId)).disconnectSockets(true);
      });
    },
  };
}

const loginChannel = (sid: string) => `login:${sid}`;

export interface GatewayDeps {
  registry: RoomRegistry;
  signer: TokenSigner;
  config: ServerConfig;
  /** True while a facilitator's login session exists: host tokens are bound to one. */
  sessionAlive: (sid: string) => boolean | Promise<boolean>;
  /**
   * The facilitator of a host token's login session when they may lead this room (its owner,
   * or a leader of its group), else null. Without it any live session's host token is let in.
   */
  hostLeader?: (sid: string, handle: RoomHandle) => Promise<number | null>;
  /** Only a ready server takes handshakes (not while restoring rooms or draining). */
  lifecycle: Lifecycle;
  /** Set when this process is one of several: a room not served here is claimed on the handshake. */
  cluster?: RoomClaimer | null;
  logger: Logger;
}

export interface Gateway {
  /** Drop every host socket of a login session that just ended. */
  endLoginSession(sid: string): void;
  /** Close a facilitator's host sockets in these rooms (a co-leader removed, an account removed). */
  dropLeader(facilitatorId: number, roomIds: readonly string[]): void;
  /** Sockets per client address (for tests and health numbers). */
  readonly socketsPerIp: SlotCounter;
}

function byteLength(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function attachGateway(io: SammenServer, deps: GatewayDeps): Gateway {
  const { registry, signer, config, lifecycle, cluster } = deps;
  // With several processes a room missing here may be moving, not over: the client tries again.
  const missing = (): Ack =>
    cluster ? fail("RESTARTING", "The room is moving to another server; try again in a moment.") : fail("ROOM_ENDED", "This room has ended.");
  const socketsPerIp = new SlotCounter(config.maxSocketsPerIp);
  const sockets = new LocalSockets<SammenSocket>(
    { intentBurst: config.intentBurst, intentsPerSecond: config.intentsPerSecond, inputBurst: INPUT_BURST, inputsPerSecond: INPUT_BUDGET_PER_SECOND },
    (roomId) => registry.byRoomId(roomId) !== undefined,
  );
  socketIndexes.set(io, sockets);
  // The address whose socket slot each admitted socket holds, until it disconnects. A map here
  // instead of a release closure and two once-listeners per socket (about 400 bytes each).
  const heldSlots = new Map<SammenSocket, string>();
  const releaseSlot = (socket: SammenSocket) => {
    const ip = heldSlots.get(socket);
    if (ip === undefined) return;
    heldSlots.delete(socket);
    socketsPerIp.give(ip);
  };
  // Socket.IO drops a socket whose transport closed before it was connected without a
  // "disconnect"; by the next turn it is connected (and will disconnect) or it never will be.
  const releaseIfNeverConnected = (socket: SammenSocket) => {
    if (!socket.connected) releaseSlot(socket);
  };
  io.engine.use(keepUpgradeResponse);

  io.use((socket, next) => {
    // A shared store that does not answer (PostgreSQL, Redis) refuses the handshake for now;
    // it must never become an unhandled rejection.
    admit(socket, next).catch((error: unknown) => {
      config.log(`[sammen] handshake failed: ${error instanceof Error ? error.message : String(error)}`);
      next(refusal("RESTARTING", "The server cannot check this right now; trying again in a moment."));
    });
  });

  async function admit(socket: SammenSocket, next: (err?: Error) => void): Promise<void> {
    // The transport's first request is let go once a socket on it is admitted (below). Another
    // CONNECT over the same transport (no client of ours sends one) is sent to a new transport.
    if (!socket.request) {
      next(refusal("RESTARTING", "Connect again."));
      socket.conn.close();
      return;
    }
    const auth = handshakeAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(refusal("UNAUTHORIZED", "A room token is required."));
    // Not "room ended" while the rooms are still coming back: the client tries again shortly.
    if (!lifecycle.accepting) return next(refusal("RESTARTING", "Sammen is restarting; trying again in a moment."));
    if (auth.data.protocolVersion !== PROTOCOL_VERSION) {
      return next(refusal("CLIENT_TOO_OLD", `Protocol ${auth.data.protocolVersion} is not ${PROTOCOL_VERSION}; reload the page.`));
    }
    const ip = requestIp(socket.request, config.trustProxy);
    if (socketsPerIp.count(ip) >= config.maxSocketsPerIp) {
      return next(refusal("RATE_LIMITED", "Too many connections from this address."));
    }
    const claims = signer.verify(auth.data.token);
    if (!claims) return next(refusal("UNAUTHORIZED", "The token is not valid."));
    let handle = registry.byRoomId(claims.roomId);
    if (!handle && cluster) {
      // Not served here yet: claim it (a new owner after a failover, a hand-over, a restart).
      let claimed: Awaited<ReturnType<RoomClaimer["ensureRoom"]>>;
      try {
        claimed = await cluster.ensureRoom(claims.roomId);
      } catch (error) {
        config.log(`[sammen] claiming a room failed: ${error instanceof Error ? error.message : String(error)}`);
        claimed = "busy";
      }
      if (claimed === "busy") return next(refusal("RESTARTING", "The room is moving to another server; trying again in a moment."));
      handle = claimed ?? undefined;
    }
    if (!handle) return next(refusal("ROOM_ENDED", "This room has ended."));
    let actor: ConnActor;
    let facilitatorId: number | undefined;
    if (claims.role === "seat") {
      if (handle.room.wasKicked(claims.seatId)) return next(refusal("KICKED", "This seat was removed by the host."));
      if (!handle.room.hasSeat(claims.seatId)) return next(refusal("UNAUTHORIZED", "No such seat in this room."));
      actor = { role: "seat", seatId: claims.seatId };
    } else if (claims.role === "host") {
      if (!(await deps.sessionAlive(claims.sid))) return next(refusal("UNAUTHORIZED", "The facilitator has signed out; sign in again."));
      if (deps.hostLeader) {
        const leader = await deps.hostLeader(claims.sid, handle);
        if (leader === null) return next(refusal("UNAUTHORIZED", "You do not lead this room (any more)."));
        facilitatorId = leader;
      }
      actor = { role: "host" };
    } else actor = { role: claims.role };
    // The slot is reserved here, not on "connection": all checks of one write see each other.
    if (!socketsPerIp.tryTake(ip)) return next(refusal("RATE_LIMITED", "Too many connections from this address."));
    heldSlots.set(socket, ip);
    setImmediate(releaseIfNeverConnected, socket);
    socket.data =
      claims.role === "host"
        ? { roomId: claims.roomId, actor, sid: claims.sid, ...(facilitatorId !== undefined ? { facilitatorId } : {}) }
        : { roomId: claims.roomId, actor };
    if (claims.role === "host") void socket.join(loginChannel(claims.sid));
    next();
  }

  io.on("connection", (socket: SammenSocket) => {
    const { roomId, actor } = socket.data;
    // Admitted: neither the token nor the transport's first request (its headers, its parser
    // state) is needed again, and together they were about 2 KB a socket (bench/NOTES.md).
    forgetHandshake(socket);
    const handle = registry.byRoomId(roomId);
    if (!handle) {
      // Moved away during the handshake: reconnect through the proxy to the new owner.
      if (!cluster) socket.emit("room:closed", { reason: "ended" });
      releaseSlot(socket);
      socket.disconnect(true);
      return;
    }
    const own = sockets.add(roomId, actorKeyOf(socket.data), socket);
    // A seat is one tablet: a few sockets (a reload, a second tab) are honest, more are not. The
    // newest wins, so a tablet whose old socket has not timed out yet is never the one refused.
    if (actor.role === "seat") while (own.sockets.length > config.maxSocketsPerSeat) own.sockets[0].disconnect(true);
    void socket.join(roomChannel(roomId));
    // Listeners shared by every socket (Socket.IO calls them with the socket as `this`): a
    // closure per socket and event was most of Sammen's heap per socket once (bench/NOTES.md).
    socket.onAny(onEvent);
    socket.on("disconnect", onDisconnect);
    handle.room.connect(actor);
    sendCurrentView(socket);
  });

  function sendCurrentView(socket: SammenSocket): void {
    const env = registry.byRoomId(socket.data.roomId)?.room.envelopeFor(socket.data.actor);
    if (env) socket.emit("room:view", env);
  }

  /** This socket's actor in the index: its budgets. Present from "connection" to "disconnect". */
  const ownActor = (socket: SammenSocket): ActorSockets<SammenSocket> | undefined => sockets.actor(socket.data.roomId, actorKeyOf(socket.data));

  function onEvent(this: SammenSocket, event: unknown, ...args: unknown[]): void {
    if (!this.connected) return; // as Socket.IO's own dispatch: nothing after a disconnect
    if (isClientEvent(event)) return handleIntent(this, event, args);
    if (isClientInput(event)) return handleInput(this, event, args);
    const ack = args[args.length - 1];
    if (typeof ack === "function") (ack as (a: Ack) => void)(fail("UNKNOWN_EVENT", `Unknown event "${String(event)}".`));
  }

  function onDisconnect(this: SammenSocket): void {
    releaseSlot(this);
    const { roomId, actor } = this.data;
    sockets.remove(roomId, actorKeyOf(this.data), this);
    registry.byRoomId(roomId)?.room.disconnect(actor);
  }

  function handleIntent(socket: SammenSocket, event: ClientEventName, args: unknown[]): void {
    const ack = args[args.length - 1];
    // Without an acknowledgement callback there is no one to answer: ignore.
    if (typeof ack !== "function") return;
    const reply = (a: WireAck) => (ack as (a: WireAck) => void)(a);
    if (args.length !== 2) return reply(fail("INVALID", "Send exactly one payload object and an acknowledgement."));
    const payload = args[0];
    if (byteLength(payload) > MAX_PAYLOAD_BYTES) return reply(fail("PAYLOAD_TOO_LARGE", `Payloads are limited to ${MAX_PAYLOAD_BYTES} bytes.`));
    const { roomId, actor } = socket.data;
    const spec = clientEvents[event];
    if (!(spec.roles as readonly Role[]).includes(actor.role)) {
      return reply(fail("FORBIDDEN", `A ${actor.role} may not send ${event}.`));
    }
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return reply(fail("INVALID", `${event}: ${issue ? `${issue.path.join(".") || "payload"}: ${issue.message}` : "invalid payload"}`));
    }
    if (!ownActor(socket)?.takeIntent()) return reply(fail("RATE_LIMITED", "Too many requests; wait a moment and try again."));
    const room = registry.byRoomId(roomId)?.room;
    if (!room) return reply(missing());
    let result: Ack;
    try {
      result = room.command(actor, event, parsed.data);
    } catch (error) {
      // A bug must not take the room down; the intent is refused and logged without its payload.
      deps.logger.error({ event: "intent_error", intent: event, role: actor.role, err: error }, `internal error on ${event}`);
      result = fail("INTERNAL", "Something went wrong on the server; nothing was changed.");
    }
    const answer = () => {
      // room:sync is answered with the whole view right after, so nothing rides on its ack.
      if (event !== "room:sync") return reply(withOwnUpdate(socket, room, result));
      reply(result);
      sendCurrentView(socket);
    };
    // The acknowledgement goes out only once the change is on disk (group commit,
    // snapshot-writer.ts). An ended room has nothing left to keep: answer before its sockets close.
    if (room.isEnded) answer();
    else
      void registry.durable().then(() => {
        // Another process took the room before this change was written: not done; retry there.
        if (room.isLost) result = fail("RESTARTING", "The room moved to another server before this was saved; sending it again.");
        answer();
      });
  }

  /**
   * A tablet's acknowledgement of an applied intent carries the tablet's own view update when its
   * socket is the seat's only one here: one message instead of two for the change a child's
   * answer makes to their own view (docs/protocol.md, "An update inside an acknowledgement").
   * With a second socket (a reload, a second tab) the fan-out sends the seat's update to both.
   */
  function withOwnUpdate(socket: SammenSocket, room: LiveRoom, ack: Ack): WireAck {
    const { actor } = socket.data;
    // Only on an intent that was applied: a refusal changed nothing of the seat's own.
    if (!ack.ok || actor.role !== "seat" || !socket.connected || room.isLost) return ack;
    const own = ownActor(socket)?.sockets;
    if (own?.length !== 1 || own[0] !== socket) return ack;
    const update = room.takeSeatUpdate(actor.seatId);
    return update ? { ...ack, update } : ack;
  }

  // Live input (holds, drags): volatile samples without a commandId. The acknowledgement is
  // optional; over the actor's input budget a sample is dropped (the room coalesces anyway).
  function handleInput(socket: SammenSocket, event: ClientInputName, args: unknown[]): void {
    const last = args[args.length - 1];
    const ack = typeof last === "function" ? (last as (a: Ack) => void) : null;
    const reply = (a: Ack) => ack?.(a);
    if (args.length !== (ack ? 2 : 1)) return reply(fail("INVALID", "Send exactly one payload object."));
    const payload = args[0];
    if (byteLength(payload) > MAX_INPUT_BYTES) return reply(fail("PAYLOAD_TOO_LARGE", `Input is limited to ${MAX_INPUT_BYTES} bytes.`));
    const { roomId, actor } = socket.data;
    const spec = clientInputs[event];
    if (!(spec.roles as readonly Role[]).includes(actor.role)) return reply(fail("FORBIDDEN", `A ${actor.role} may not send ${event}.`));
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) return reply(fail("INVALID", `${event}: ${parsed.error.issues[0]?.message ?? "invalid payload"}`));
    if (!ownActor(socket)?.takeInput()) return reply(fail("RATE_LIMITED", "Too much input; slow down."));
    const room = registry.byRoomId(roomId)?.room;
    if (!room) return reply(missing());
    try {
      reply(room.input(actor, parsed.data));
    } catch (error) {
      deps.logger.error({ event: "input_error", intent: event, role: actor.role, err: error }, `internal error on ${event}`);
      reply(fail("INTERNAL", "Something went wrong on the server; nothing was changed."));
    }
  }

  return {
    socketsPerIp,
    endLoginSession(sid) {
      io.in(loginChannel(sid)).disconnectSockets(true);
    },
    dropLeader(facilitatorId, roomIds) {
      for (const roomId of roomIds) {
        for (const socket of [...sockets.hosts(roomId)]) if (socket.data.facilitatorId === facilitatorId) socket.disconnect(true);
      }
    },
  };
}

/**
 * What Socket.IO keeps of an admitted socket's handshake: nothing the gateway reads again.
 * The signed token in `auth` goes (a socket's memory holds no credential), and so does the
 * transport's first HTTP request, which Socket.IO keeps only to build the handshake (its own
 * advice for saving memory; `socket.request` is null from here on).
 */
function forgetHandshake(socket: SammenSocket): void {
  (socket as { handshake: SammenSocket["handshake"] }).handshake = ADMITTED_HANDSHAKE;
  const request = socket.request as IncomingMessage | null;
  if (!request) return;
  // Engine.IO's stand-in response of an upgrade holds the request as well, for as long as the
  // TCP socket is open (a "close" listener on it): it is not used after the handshake.
  const response = upgradeResponses.get(request);
  if (response) forgetRequestOf(response);
  (socket.conn as { request: unknown }).request = null;
}

/** Each upgrade's stand-in response (Engine.IO passes it to its middlewares only), by request. */
const upgradeResponses = new WeakMap<IncomingMessage, object>();
function keepUpgradeResponse(req: IncomingMessage, res: unknown, next: () => void): void {
  if (req.headers.upgrade === undefined || typeof res !== "object" || res === null) return next();
  // A session that started on long-polling and now upgrades (a browser's usual way): that
  // upgrade is done within this turn (no allowRequest for it), and nothing needs the request after.
  if ((req as { _query?: { sid?: string } })._query?.sid) {
    next();
    setImmediate(forgetRequestOf, res);
    return;
  }
  upgradeResponses.set(req, res);
  next();
}
function forgetRequestOf(response: object): void {
  if ("req" in response) (response as { req: unknown }).req = null;
}

const ADMITTED_HANDSHAKE: SammenSocket["handshake"] = Object.freeze({
  headers: Object.freeze({}),
  time: "",
  address: "",
  xdomain: false,
  secure: false,
  issued: 0,
  url: "",
  query: Object.freeze({}),
  auth: Object.freeze({}),
});
