/**
 * Rooms over REST: a facilitator creates and lists their live rooms; a tablet
 * looks a code up and claims a seat (an avatar). Joining is rate-limited per IP
 * so room codes cannot be guessed by brute force.
 */
import { Router, type Request, type Response } from "express";
import QRCode from "qrcode";
import { z } from "zod";
import { createAgenda } from "../../shared/room/agenda.js";
import { meetingIdSchema } from "../../shared/series/plan.js";
import { AUDIENCES, DEFAULT_SETTINGS, roomAudience, type Audience, type RoomSettings } from "../../shared/room/types.js";
import type { SeriesLibrary } from "../series/library.js";
import type { RoomLeaders } from "../series/room-leaders.js";
import type { RoomInit } from "../rooms/registry.js";
import { joinClaimSchema, type JoinClaimed, type JoinStatus, type RoomSummary } from "../../shared/protocol.js";
import type { ServerConfig } from "../config.js";
import { normaliseCode } from "../rooms/codes.js";
import { ROOM_TOKEN_TTL_MS, type RoomHandle, type RoomRegistry } from "../rooms/registry.js";
import { requestIp } from "../security/client-ip.js";
import { KeyedPacer, KeyedRateLimiter, type Pacer, type RateLimiter } from "../security/rate-limit.js";
import type { TokenSigner } from "../security/tokens.js";
import type { Store } from "../store/db.js";
import { requireFacilitator } from "./auth-routes.js";
import { ApiFailure } from "./errors.js";

/** A room some process of the install serves, as Redis knows it (enough to list it for its facilitator). */
export interface RoomCard {
  roomId: string;
  code: string;
  createdAt: number;
  screenToken: string;
  seats: number;
}

/** What the routes need of the scale-out layer (server/cluster/cluster-node.ts), when there is one. */
export interface ClusterRooms {
  createRoom(ownerId: number, init?: RoomInit): Promise<RoomHandle>;
  /** The rooms this facilitator opened, on any process. */
  roomsOf(ownerId: number): Promise<RoomCard[]>;
  /** The rooms this facilitator opened or leads as one of the groups' leaders, on any process. */
  roomsLedBy(facilitatorId: number, groupIds: string[]): Promise<RoomCard[]>;
  countRooms(): Promise<number>;
  ensureRoomByCode(code: string): Promise<RoomHandle | "busy" | null>;
}

const CLAIM_STATUS: Record<string, number> = { ROOM_LOCKED: 423, ROOM_FULL: 409, AVATAR_TAKEN: 409, INVALID: 400, ROOM_ENDED: 410 };

/** A room as its facilitator sees it; the host token is signed for this login session only. */
function summary(handle: RoomHandle, session: { sid: string; expiresAt: number }): RoomSummary {
  return {
    code: handle.room.code,
    createdAt: handle.room.snapshot().createdAt,
    hostToken: handle.hostTokenFor(session.sid, Math.min(ROOM_TOKEN_TTL_MS, session.expiresAt - Date.now())),
    screenToken: handle.screenToken,
    seats: handle.room.seatCount,
  };
}

/**
 * `POST /api/rooms` takes no body (an ad-hoc room, as always) or a group and optionally one of its
 * meetings, and optionally who the room is for (default: "voksne" for a parent meeting, else "barn").
 */
const openRoomSchema = z.strictObject({
  groupId: z.string().min(1).max(60).optional(),
  meetingId: meetingIdSchema.optional(),
  audience: z.enum(AUDIENCES).optional(),
});

/** A parent meeting's room: adult wording, and the fuller (11+) texts and tools rather than faces. */
function adultSettings(settings: RoomSettings): RoomSettings {
  return { ...settings, ageBand: "11+", audience: "voksne" };
}

export function roomRoutes(deps: {
  store: Store;
  registry: RoomRegistry;
  signer: TokenSigner;
  config: ServerConfig;
  cluster?: ClusterRooms | null;
  library: SeriesLibrary;
  leaders?: RoomLeaders;
}): Router {
  const { store, registry, signer, config, cluster, library, leaders } = deps;
  const router = Router();
  router.use(requireFacilitator(store));
  // With several processes a facilitator's rooms may live on any of them: Redis knows them all,
  // by owner and by group; which groups this facilitator leads comes from the shared store.
  const roomsOf = async (id: number, session: { sid: string; expiresAt: number }): Promise<RoomSummary[]> => {
    if (!cluster) return (leaders ? await leaders.roomsLedBy(id) : registry.ownedBy(id)).map((h) => summary(h, session));
    const ttl = Math.min(ROOM_TOKEN_TTL_MS, session.expiresAt - Date.now());
    const groupIds = (await library.listGroups(id)).map((g) => g.id);
    return (await cluster.roomsLedBy(id, groupIds)).map((card) => ({
      code: card.code,
      createdAt: card.createdAt,
      hostToken: signer.sign({ role: "host", roomId: card.roomId, sid: session.sid, code: card.code }, ttl),
      screenToken: card.screenToken,
      seats: card.seats,
    }));
  };

  router.get("/", async (req, res) => {
    res.json({ rooms: await roomsOf(req.facilitator!.id, req.loginSession!) });
  });

  router.post("/", async (req, res) => {
    const body = openRoomSchema.safeParse(req.body ?? {});
    if (!body.success) {
      const badAudience = body.error.issues.some((i) => i.path[0] === "audience");
      throw new ApiFailure(
        400,
        "INVALID",
        badAudience ? `audience must be one of ${AUDIENCES.map((a) => `"${a}"`).join(", ")}.` : "Send no body, or { groupId?, meetingId?, audience? }.",
      );
    }
    // Rooms this facilitator opened; a co-led room is its owner's.
    const owned = cluster ? await cluster.roomsOf(req.facilitator!.id) : registry.ownedBy(req.facilitator!.id);
    if (owned.length >= config.maxRoomsPerFacilitator) {
      throw new ApiFailure(409, "TOO_MANY_ROOMS", "End one of your open rooms before opening another.");
    }
    // Install-wide, so more accounts do not mean more rooms (with several processes, all of theirs).
    if ((cluster ? await cluster.countRooms() : registry.stats().rooms) >= config.maxRoomsTotal) {
      throw new ApiFailure(503, "TOO_MANY_ROOMS", "This server has as many open rooms as it allows. Try again when one has ended.");
    }
    const init: RoomInit = {};
    let audience: Audience = body.data.audience ?? "barn";
    if (body.data.groupId) {
      const group = await library.group(body.data.groupId, req.facilitator!.id);
      const { ageBand, language, k } = group.group;
      const found = await library.meetingFor(group, body.data.meetingId);
      audience = body.data.audience ?? (found?.meeting.kind === "parents" ? "voksne" : "barn");
      init.settings = { ageBand, language, k };
      init.agenda = createAgenda({
        groupId: group.id,
        planId: found?.plan.id ?? null,
        meetingId: found?.meeting.id ?? null,
        title: found ? found.meeting.title : group.group.name,
        ...(found?.meeting.theme ? { theme: found.meeting.theme } : {}),
        steps: found?.meeting.steps ?? [],
      });
    }
    if (audience === "voksne") init.settings = adultSettings(init.settings ?? DEFAULT_SETTINGS);
    const handle = cluster ? await cluster.createRoom(req.facilitator!.id, init) : registry.create(req.facilitator!.id, undefined, init);
    await registry.durable();
    res.status(201).json({ room: summary(handle, req.loginSession!) });
  });

  return router;
}

export function joinRoutes(deps: {
  registry: RoomRegistry;
  signer: TokenSigner;
  config: ServerConfig;
  cluster?: ClusterRooms | null;
  limits?: { joinAttempts: RateLimiter; qrRenders: RateLimiter } | null;
}): Router {
  const { registry, signer, config, cluster } = deps;
  const router = Router();
  // With several processes these come from Redis (server/cluster/shared-limits.ts), so an address has one budget.
  const attempts: RateLimiter = deps.limits?.joinAttempts ?? new KeyedRateLimiter(config.joinAttemptsPerMinute, config.joinAttemptsPerMinute / 60);
  const qrRenders: RateLimiter = deps.limits?.qrRenders ?? new KeyedRateLimiter(60, 1);
  // Per room code, whatever the address: reading the code off the projector does not let a
  // script take every seat at once.
  const claims: Pacer = new KeyedPacer(config.claimBurstPerRoom, config.claimsPerSecondPerRoom, config.claimQueueMs);

  /** The room a code names; with several processes it is claimed here if another one had it. */
  const lookUp = async (code: string): Promise<RoomHandle | undefined> => {
    const local = registry.byRoomCode(code);
    if (local || !cluster) return local;
    let claimed: RoomHandle | "busy" | null;
    try {
      claimed = await cluster.ensureRoomByCode(code);
    } catch {
      // Redis does not answer: the room may well exist; the tablet tries again in a moment.
      claimed = "busy";
    }
    if (claimed === "busy") throw new ApiFailure(503, "RESTARTING", "The room is moving to another server; try again in a moment.");
    return claimed ?? undefined;
  };

  const roomFor = async (req: Request, res: Response, limiter: RateLimiter): Promise<RoomHandle> => {
    const ip = requestIp(req, config.trustProxy);
    const decision = await limiter.consume(ip);
    if (!decision.ok) {
      if (Number.isFinite(decision.retryAfterMs)) res.set("Retry-After", String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
      throw new ApiFailure(429, "RATE_LIMITED", "Too many tries. Wait a minute and try again.");
    }
    const code = normaliseCode(String(req.params.code ?? ""));
    const handle = code ? await lookUp(code) : undefined;
    if (!handle) {
      // A miss on any route also spends a join attempt, so no route guesses codes faster.
      if (limiter !== attempts) await attempts.consume(ip);
      throw new ApiFailure(404, "ROOM_NOT_FOUND", "No open room has that code.");
    }
    return handle;
  };

  router.get("/:code", async (req, res) => {
    const { room } = await roomFor(req, res, attempts);
    const status: JoinStatus = {
      code: room.code,
      locked: room.locked,
      availableAvatars: room.locked ? [] : room.availableAvatars(),
      ageBand: room.settings.ageBand,
      language: room.settings.language,
      audience: roomAudience(room.settings),
    };
    res.json(status);
  });

  router.post("/:code", async (req, res) => {
    const { room } = await roomFor(req, res, attempts);
    const body = joinClaimSchema.safeParse(req.body);
    if (!body.success) throw new ApiFailure(400, "INVALID", "Pick an avatar from the list.");
    const place = await claims.reserve(room.id);
    if (!place.ok) {
      res.set("Retry-After", String(Math.max(1, Math.ceil(place.retryAfterMs / 1000))));
      throw new ApiFailure(429, "RATE_LIMITED", "Many tablets are joining right now. Try again in a moment.");
    }
    if (place.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, place.waitMs));
    const claim = room.claimSeat(body.data.avatar);
    if (!claim.ok) throw new ApiFailure(CLAIM_STATUS[claim.code] ?? 400, claim.code, claim.message);
    const claimed: JoinClaimed = {
      token: signer.sign({ role: "seat", roomId: room.id, seatId: claim.seatId, code: room.code }, ROOM_TOKEN_TTL_MS),
      seatId: claim.seatId,
      avatar: claim.avatar,
    };
    // The seat is on disk before the tablet holds its token, so a crash cannot orphan the token.
    await registry.durable();
    res.status(201).json(claimed);
  });

  /** The join QR for the projector, rendered here as SVG: no external service sees the code. */
  router.get("/:code/qr.svg", async (req, res) => {
    const { room } = await roomFor(req, res, qrRenders);
    const svg = await QRCode.toString(room.links.joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    res.type("image/svg+xml").set("Cache-Control", "no-store").send(svg);
  });

  return router;
}
