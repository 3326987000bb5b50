/** Server configuration, read once from the environment. Tests build one directly. */
import { randomBytes, randomInt } from "node:crypto";
import path from "node:path";
import { parseLogLevel, type LogLevel } from "./logging.js";
import { parseProxyTrust, type ProxyTrust } from "./security/client-ip.js";

export interface ServerConfig {
  port: number;
  host: string;
  /** SQLite file for facilitators and plans (never child data). ":memory:" is allowed. */
  dbPath: string;
  /** Folder holding the built client (index.html, host.html, …). */
  clientDir: string;
  /**
   * HMAC key for room tokens. Empty: the one kept with the data (a 0600 file next to the
   * database, made on first start), so tokens survive a restart (server/security/secret.ts).
   */
  tokenSecret: string;
  /** Base URL children use to join, e.g. http://192.168.1.20:3000. Derived at listen time when empty. */
  publicUrl: string;
  /** How long a seat stays "away" before it counts as "left". */
  presenceGraceMs: number;
  /** A room with no connected client for this long is ended and wiped. */
  roomIdleMs: number;
  /** Window of the per-room fan-out throttle (leading edge). */
  fanoutWindowMs: number;
  /**
   * A tablet dropping or coming back reaches the console and the projector with the room's next
   * update, or after this long: below what a facilitator notices, and long enough that a classroom
   * whose Wi-Fi blinks is one update per room, not one per tablet (FanoutThrottle.scheduleUnhurried).
   */
  presenceFanoutMs: number;
  maxSeatsPerRoom: number;
  maxRoomsPerFacilitator: number;
  /** Open rooms on the whole install: caps what any number of accounts can open together. */
  maxRoomsTotal: number;
  /**
   * One-time code the first-run setup must carry (docs/operations.md). Random per start unless
   * SAMMEN_SETUP_CODE fixes it; printed in the start log while no account exists.
   */
  setupCode: string;
  /** Join attempts (code look-ups and seat claims) per IP per minute. */
  joinAttemptsPerMinute: number;
  /** Login attempts per IP+name per 15 minutes. */
  loginAttemptsPer15Min: number;
  /** log2 of scrypt's N for new password hashes (17; the tests use 14 to stay fast). */
  scryptLogN: number;
  /** Wrong passwords per account (from any address) before each further try waits twice as long. */
  loginFreeFailures: number;
  /** The first wait of the per-account back-off; it doubles with each further failure. */
  loginBackoffBaseMs: number;
  /** The longest wait the per-account back-off imposes (never a lock-out). */
  loginBackoffMaxMs: number;
  /** Socket.IO sockets (room connections) per client address. */
  maxSocketsPerIp: number;
  /**
   * Engine.IO sessions per client address, counted from the first request, before any token is
   * seen. Each socket needs one; keep it a little above maxSocketsPerIp.
   */
  maxSessionsPerIp: number;
  /** Realtime connections on the whole server. */
  maxConnectionsTotal: number;
  /** New realtime sessions per client address: burst and sustained rate per second. */
  handshakeBurstPerIp: number;
  handshakesPerIpPerSecond: number;
  /** Sockets one seat token may hold at once; the oldest is dropped for a newer one. */
  maxSocketsPerSeat: number;
  /** Seat claims per room code: burst, and rate per second after it (a claim may wait up to claimQueueMs). */
  claimBurstPerRoom: number;
  claimsPerSecondPerRoom: number;
  claimQueueMs: number;
  /** Client→server intents per socket: burst and sustained rate per second. */
  intentBurst: number;
  intentsPerSecond: number;
  /** Set Secure on the facilitator cookie and send HSTS (behind TLS). */
  secureCookies: boolean;
  /** Which reverse proxies may name the client address (server/security/client-ip.ts). */
  trustProxy: ProxyTrust;
  /** Keep each live room's snapshot in the database so a crash or restart loses nothing (off: memory only). */
  snapshots: boolean;
  /** "normal": durable against a killed process; "full": also against a power cut (an fsync per write). */
  dbSync: "normal" | "full";
  /** A graceful stop (SIGTERM/SIGINT) exits within this time even if something hangs. */
  stopTimeoutMs: number;
  /** How long clients get to hear "restarting" before their connections close. */
  stopNoticeMs: number;
  /**
   * Scale-out (docs/operations.md): with a Redis URL, room leases, snapshots,
   * hand-overs and cross-process limits live in Redis and several processes
   * can serve one install behind a proxy that hashes on the room code.
   */
  redisUrl: string;
  /** PostgreSQL for accounts, sessions, groups, plans and content instead of the SQLite file. */
  databaseUrl: string;
  /** How long a room lease lives unrenewed: a dead process's rooms move after about this long. */
  leaseMs: number;
  /** This process's name in logs and in its lease owner id (defaults to the host name). */
  nodeName: string;
  /** Where structured log lines go (one JSON object per line; server/logging.ts). */
  log: (line: string) => void;
  logLevel: LogLevel;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return Math.floor(n);
}

/** No 0/O or 1/I/L, so a code read off a terminal is typed right the first time. */
const SETUP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Ten characters from a 31-letter alphabet (about 49 bits), shown as XXXXX-XXXXX. */
export function newSetupCode(): string {
  const chars = Array.from({ length: 10 }, () => SETUP_ALPHABET[randomInt(SETUP_ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Spaces, dashes and case do not matter when the code is typed in. */
export function normaliseSetupCode(code: string): string {
  return code.replace(/[\s-]+/g, "").toUpperCase();
}

function checkedSetupCode(raw: string): string {
  if (normaliseSetupCode(raw).length < 8) throw new Error("SAMMEN_SETUP_CODE must have at least 8 letters or digits");
  return raw.trim();
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
    presenceFanoutMs: 200,
    maxSeatsPerRoom: 40,
    maxRoomsPerFacilitator: 5,
    maxRoomsTotal: 50,
    setupCode: newSetupCode(),
    joinAttemptsPerMinute: 120,
    loginAttemptsPer15Min: 10,
    scryptLogN: 17,
    loginFreeFailures: 5,
    loginBackoffBaseMs: 1_000,
    loginBackoffMaxMs: 60_000,
    maxSocketsPerIp: 200,
    maxSessionsPerIp: 220,
    maxConnectionsTotal: 5_000,
    handshakeBurstPerIp: 100,
    handshakesPerIpPerSecond: 20,
    maxSocketsPerSeat: 4,
    claimBurstPerRoom: 20,
    claimsPerSecondPerRoom: 4,
    claimQueueMs: 5_000,
    intentBurst: 20,
    intentsPerSecond: 10,
    secureCookies: false,
    trustProxy: 0,
    snapshots: true,
    dbSync: "normal",
    stopTimeoutMs: 5_000,
    stopNoticeMs: 100,
    redisUrl: "",
    databaseUrl: "",
    leaseMs: 4_000,
    nodeName: "",
    log: (line) => console.log(line),
    logLevel: "info",
    ...overrides,
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return defaultConfig({
    port: intFromEnv(env, "PORT", 3000),
    host: env.HOST || "0.0.0.0",
    dbPath: env.SAMMEN_DB ? path.resolve(env.SAMMEN_DB) : path.resolve(env.SAMMEN_DATA_DIR || "data", "sammen.db"),
    clientDir: env.SAMMEN_CLIENT_DIR ? path.resolve(env.SAMMEN_CLIENT_DIR) : path.resolve("dist", "client"),
    tokenSecret: env.SAMMEN_SECRET || "",
    publicUrl: (env.PUBLIC_URL || "").replace(/\/+$/, ""),
    presenceGraceMs: intFromEnv(env, "PRESENCE_GRACE_MS", 30_000),
    // ROOM_IDLE_MS (milliseconds) is for tests that cross a restart; operators set minutes.
    roomIdleMs: env.ROOM_IDLE_MS ? intFromEnv(env, "ROOM_IDLE_MS", 0) : intFromEnv(env, "ROOM_IDLE_MINUTES", 30) * 60_000,
    maxSeatsPerRoom: intFromEnv(env, "MAX_SEATS_PER_ROOM", 40),
    maxRoomsPerFacilitator: intFromEnv(env, "MAX_ROOMS_PER_FACILITATOR", 5),
    maxRoomsTotal: intFromEnv(env, "MAX_ROOMS_TOTAL", 50),
    setupCode: env.SAMMEN_SETUP_CODE ? checkedSetupCode(env.SAMMEN_SETUP_CODE) : newSetupCode(),
    joinAttemptsPerMinute: intFromEnv(env, "JOIN_ATTEMPTS_PER_MINUTE", 120),
    maxSocketsPerIp: intFromEnv(env, "MAX_SOCKETS_PER_IP", 200),
    maxSessionsPerIp: intFromEnv(env, "MAX_SESSIONS_PER_IP", 220),
    maxConnectionsTotal: intFromEnv(env, "MAX_CONNECTIONS_TOTAL", 5_000),
    handshakeBurstPerIp: intFromEnv(env, "HANDSHAKE_BURST_PER_IP", 100),
    handshakesPerIpPerSecond: intFromEnv(env, "HANDSHAKES_PER_IP_PER_SECOND", 20),
    maxSocketsPerSeat: intFromEnv(env, "MAX_SOCKETS_PER_SEAT", 4),
    claimBurstPerRoom: intFromEnv(env, "CLAIM_BURST_PER_ROOM", 20),
    claimsPerSecondPerRoom: intFromEnv(env, "CLAIMS_PER_SECOND_PER_ROOM", 4),
    loginAttemptsPer15Min: intFromEnv(env, "LOGIN_ATTEMPTS_PER_15_MIN", 10),
    loginFreeFailures: intFromEnv(env, "LOGIN_FREE_FAILURES", 5),
    loginBackoffMaxMs: intFromEnv(env, "LOGIN_BACKOFF_MAX_SECONDS", 60) * 1000,
    secureCookies: env.SECURE_COOKIES === "1" || env.SECURE_COOKIES === "true",
    trustProxy: parseProxyTrust(env.TRUST_PROXY),
    snapshots: env.SAMMEN_SNAPSHOTS !== "off",
    dbSync: env.SAMMEN_DB_SYNC === "full" ? "full" : "normal",
    stopTimeoutMs: intFromEnv(env, "STOP_TIMEOUT_MS", 5_000),
    redisUrl: env.REDIS_URL || "",
    databaseUrl: env.DATABASE_URL || "",
    leaseMs: intFromEnv(env, "SAMMEN_LEASE_MS", 4_000),
    nodeName: env.SAMMEN_NODE_NAME || "",
    logLevel: parseLogLevel(env.LOG_LEVEL),
  });
}
