/** Server configuration, read once from the environment. Tests build one directly. */
import { randomBytes } from "node:crypto";
import path from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  /** SQLite file for facilitators and plans (never child data). ":memory:" is allowed. */
  dbPath: string;
  /** Folder holding the built client (index.html, host.html, …). */
  clientDir: string;
  /** HMAC key for room tokens. Random per process unless set: restarting then invalidates tokens. */
  tokenSecret: string;
  /** Base URL children use to join, e.g. http://192.168.1.20:3000. Derived at listen time when empty. */
  publicUrl: string;
  /** How long a seat stays "away" before it counts as "left". */
  presenceGraceMs: number;
  /** A room with no connected client for this long is ended and wiped. */
  roomIdleMs: number;
  /** Window of the per-room fan-out throttle (leading edge). */
  fanoutWindowMs: number;
  maxSeatsPerRoom: number;
  maxRoomsPerFacilitator: number;
  /** Join attempts (code look-ups and seat claims) per IP per minute. */
  joinAttemptsPerMinute: number;
  /** Login attempts per IP+name per 15 minutes. */
  loginAttemptsPer15Min: number;
  maxSocketsPerIp: number;
  /** Client→server intents per socket: burst and sustained rate per second. */
  intentBurst: number;
  intentsPerSecond: number;
  /** Set Secure on the facilitator cookie and send HSTS (behind TLS). */
  secureCookies: boolean;
  trustProxy: boolean;
  log: (line: string) => void;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return Math.floor(n);
}

export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 3000,
    host: "0.0.0.0",
    dbPath: path.resolve("data", "sammen.db"),
    clientDir: path.resolve("dist", "client"),
    tokenSecret: randomBytes(32).toString("hex"),
    publicUrl: "",
    presenceGraceMs: 30_000,
    roomIdleMs: 30 * 60_000,
    fanoutWindowMs: 16,
    maxSeatsPerRoom: 40,
    maxRoomsPerFacilitator: 5,
    joinAttemptsPerMinute: 60,
    loginAttemptsPer15Min: 10,
    maxSocketsPerIp: 200,
    intentBurst: 20,
    intentsPerSecond: 10,
    secureCookies: false,
    trustProxy: false,
    log: (line) => console.log(line),
    ...overrides,
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return defaultConfig({
    port: intFromEnv(env, "PORT", 3000),
    host: env.HOST || "0.0.0.0",
    dbPath: env.SAMMEN_DB ? path.resolve(env.SAMMEN_DB) : path.resolve(env.SAMMEN_DATA_DIR || "data", "sammen.db"),
    clientDir: env.SAMMEN_CLIENT_DIR ? path.resolve(env.SAMMEN_CLIENT_DIR) : path.resolve("dist", "client"),
    tokenSecret: env.SAMMEN_SECRET || randomBytes(32).toString("hex"),
    publicUrl: (env.PUBLIC_URL || "").replace(/\/+$/, ""),
    presenceGraceMs: intFromEnv(env, "PRESENCE_GRACE_MS", 30_000),
    roomIdleMs: intFromEnv(env, "ROOM_IDLE_MINUTES", 30) * 60_000,
    maxSeatsPerRoom: intFromEnv(env, "MAX_SEATS_PER_ROOM", 40),
    maxRoomsPerFacilitator: intFromEnv(env, "MAX_ROOMS_PER_FACILITATOR", 5),
    joinAttemptsPerMinute: intFromEnv(env, "JOIN_ATTEMPTS_PER_MINUTE", 60),
    maxSocketsPerIp: intFromEnv(env, "MAX_SOCKETS_PER_IP", 200),
    secureCookies: env.SECURE_COOKIES === "1" || env.SECURE_COOKIES === "true",
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
  });
}
