/**
 * Facilitator accounts: the only accounts Sammen has. The first account needs
 * the one-time setup code from the start log and becomes the install's admin;
 * after that only an admin creates accounts. Sessions are random tokens in an
 * httpOnly SameSite=Strict cookie; the database keeps only their hash, plus a
 * random public id (`sid`) that host tokens carry so logout ends them.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { Router, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { normaliseSetupCode, type ServerConfig } from "../config.js";
import { requestIp } from "../security/client-ip.js";
import { createPasswordHasher, type PasswordHasher } from "../security/passwords.js";
import { FailureBackoff, KeyedRateLimiter, type FailureLimiter, type RateDecision, type RateLimiter } from "../security/rate-limit.js";
import type { Store } from "../store/db.js";
import { ApiFailure, sendError } from "./errors.js";

export const SESSION_COOKIE = "sammen_session";
/** Marks a browser that signed in to an account before: it skips that account's back-off. */
export const KNOWN_DEVICE_COOKIE = "sammen_known";
export const SESSION_TTL_MS = 12 * 60 * 60_000;
const KNOWN_DEVICE_TTL_MS = 180 * 24 * 60 * 60_000;

const credentialsSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[\p{L}\p{N}._@-]+$/u, "letters, digits and . _ @ - only"),
  password: z.string().min(10, "at least 10 characters").max(200),
});

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const sha256 = (text: string) => createHash("sha256").update(text).digest();

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // a malformed %-sequence is no session, not a server error
      }
    }
  }
  return undefined;
}

export interface Facilitator {
  id: number;
  username: string;
  admin: boolean;
}

/** A signed-in facilitator and the login session the request came with. */
export interface SignedIn {
  facilitator: Facilitator;
  sid: string;
  expiresAt: number;
}

declare module "express-serve-static-core" {
  interface Request {
    facilitator?: Facilitator;
    /** The login session of `facilitator`: host tokens are bound to it. */
    loginSession?: { sid: string; expiresAt: number };
  }
}

export async function signedInFromCookie(store: Store, cookieHeader: string | undefined): Promise<SignedIn | undefined> {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  if (!token || token.length > 200) return undefined;
  const session = await store.findSession(hashToken(token), Date.now());
  if (!session) return undefined;
  const row = await store.findFacilitator(session.facilitator_id);
  if (!row) return undefined;
  return { facilitator: { id: row.id, username: row.username, admin: row.is_admin === 1 }, sid: session.sid, expiresAt: session.expires_at };
}

export async function facilitatorFromCookie(store: Store, cookieHeader: string | undefined): Promise<Facilitator | undefined> {
  return (await signedInFromCookie(store, cookieHeader))?.facilitator;
}

/** Reusable middleware: 401 unless a facilitator is signed in; sets req.facilitator and req.loginSession. */
export function requireFacilitator(store: Store): RequestHandler {
  return async (req, res, next) => {
    const signedIn = await signedInFromCookie(store, req.headers.cookie);
    if (!signedIn) return sendError(res, 401, "UNAUTHORIZED", "Sign in as a facilitator first.");
    req.facilitator = signedIn.facilitator;
    req.loginSession = { sid: signedIn.sid, expiresAt: signedIn.expiresAt };
    next();
  };
}

/** Reusable middleware after requireFacilitator: 403 unless that facilitator is an admin. */
export function requireAdmin(): RequestHandler {
  return (req, res, next) => {
    if (!req.facilitator?.admin) return sendError(res, 403, "FORBIDDEN", "Only an admin can do this.");
    next();
  };
}

function parseBody<T>(schema: z.ZodType<T>, req: Request): T {
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure(400, "INVALID", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

function refuseRate(res: Response, decision: RateDecision, message: string): never {
  if (Number.isFinite(decision.retryAfterMs)) res.set("Retry-After", String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
  throw new ApiFailure(429, "RATE_LIMITED", message);
}

const setupSchema = credentialsSchema.extend({ setupCode: z.string().max(100) });
const newFacilitatorSchema = credentialsSchema.extend({ admin: z.boolean().optional() });

function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(normaliseSetupCode(given)), sha256(normaliseSetupCode(expected)));
}

export interface AuthHooks {
  /** A login session ended (logout): whatever was bound to it must stop now. */
  onSessionEnded(sid: string): void;
}

export interface AuthLimits {
  perIp: RateLimiter;
  perIpAndName: RateLimiter;
  perAccount: FailureLimiter;
}

export function defaultAuthLimits(config: ServerConfig): AuthLimits {
  const n = config.loginAttemptsPer15Min;
  return {
    perIp: new KeyedRateLimiter(n * 3, (n * 3) / (15 * 60)),
    perIpAndName: new KeyedRateLimiter(n, n / (15 * 60)),
    perAccount: new FailureBackoff({ freeFailures: config.loginFreeFailures, baseMs: config.loginBackoffBaseMs, maxMs: config.loginBackoffMaxMs }),
  };
}

export interface AuthParts {
  passwords?: PasswordHasher;
  /** Key of the known-device cookie's MAC (from the token signer's secret: never empty). */
  deviceKey?: Buffer;
}

export function authRoutes(
  store: Store,
  config: ServerConfig,
  hooks: AuthHooks,
  limits: AuthLimits = defaultAuthLimits(config),
  parts: AuthParts = {},
): Router {
  const passwords = parts.passwords ?? createPasswordHasher(config.scryptLogN);
  const deviceKey = parts.deviceKey ?? randomBytes(32);
  const router = Router();
  const ipOf = (req: Request) => requestIp(req, config.trustProxy);

  const knownDeviceMac = (nonce: string, account: string) =>
    createHmac("sha256", deviceKey).update(`known-device|${nonce}|${account}`).digest("base64url");
  const isKnownDevice = (req: Request, account: string) => {
    const value = readCookie(req.headers.cookie, KNOWN_DEVICE_COOKIE);
    if (!value || value.length > 200) return false;
    const [nonce, mac] = value.split(".");
    if (!nonce || !mac) return false;
    const expected = Buffer.from(knownDeviceMac(nonce, account));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const startSession = async (res: Response, facilitatorId: number, account: string) => {
    const token = randomBytes(32).toString("base64url");
    const sid = randomBytes(16).toString("base64url");
    await store.createSession(hashToken(token), sid, facilitatorId, Date.now() + SESSION_TTL_MS);
    const cookie = { httpOnly: true, sameSite: "strict", secure: config.secureCookies, path: "/" } as const;
    res.cookie(SESSION_COOKIE, token, { ...cookie, maxAge: SESSION_TTL_MS });
    const nonce = randomBytes(12).toString("base64url");
    res.cookie(KNOWN_DEVICE_COOKIE, `${nonce}.${knownDeviceMac(nonce, account)}`, { ...cookie, path: "/api/auth", maxAge: KNOWN_DEVICE_TTL_MS });
  };
  const publicFacilitator = (row: { id: number; username: string; is_admin: number }): Facilitator => ({
    id: row.id,
    username: row.username,
    admin: row.is_admin === 1,
  });

  router.get("/status", async (req, res) => {
    res.json({ needsSetup: (await store.countFacilitators()) === 0, facilitator: (await facilitatorFromCookie(store, req.headers.cookie)) ?? null });
  });

  router.post("/setup", async (req, res) => {
    const { username, password, setupCode } = parseBody(setupSchema, req);
    if ((await store.countFacilitators()) > 0) throw new ApiFailure(409, "ALREADY_SET_UP", "An account exists; ask an admin to create yours.");
    // The setup code is a password of its own: guesses are limited per address like sign-ins.
    const perIp = await limits.perIp.consume(ipOf(req));
    if (!perIp.ok) refuseRate(res, perIp, "Too many tries. Wait a few minutes and try again.");
    if (!sameSecret(setupCode, config.setupCode)) {
      throw new ApiFailure(403, "SETUP_CODE_WRONG", "That is not the setup code. It is printed in the server's start log.");
    }
    const hash = await passwords.hash(password);
    // Made only while no account exists, in one step: of concurrent first-run requests (on any
    // process) exactly one wins.
    const row = await store.createFirstFacilitator(username, hash, Date.now());
    if (!row) throw new ApiFailure(409, "ALREADY_SET_UP", "An account exists; ask an admin to create yours.");
    await startSession(res, row.id, row.username.toLowerCase());
    res.status(201).json({ facilitator: publicFacilitator(row) });
  });

  router.post("/login", async (req, res) => {
    const body = z.strictObject({ username: z.string().max(60), password: z.string().max(200) }).safeParse(req.body);
    if (!body.success) throw new ApiFailure(400, "INVALID", "username and password are required.");
    const ip = ipOf(req);
    const account = body.data.username.trim().toLowerCase();
    const message = "Too many sign-in attempts. Wait a little and try again.";
    const perIp = await limits.perIp.consume(ip);
    if (!perIp.ok) refuseRate(res, perIp, message);
    const perName = await limits.perIpAndName.consume(`${ip}|${account}`);
    if (!perName.ok) refuseRate(res, perName, message);
    // Guesses at one account from any number of addresses wait longer and longer; a browser that
    // signed in to this account before is not slowed, so a stranger cannot keep the leader out.
    const known = isKnownDevice(req, account);
    if (!known) {
      const backoff = await limits.perAccount.check(account);
      if (!backoff.ok) refuseRate(res, backoff, message);
    }
    const row = await store.findFacilitatorByName(body.data.username.trim());
    // Verify against a dummy hash when the user is unknown, so timing does not tell which names exist.
    const ok = await passwords.verify(body.data.password, row?.password_hash ?? (await passwords.dummyHash()));
    if (!row || !ok) {
      if (!known) await limits.perAccount.fail(account);
      throw new ApiFailure(401, "UNAUTHORIZED", "Wrong username or password.");
    }
    await limits.perAccount.succeed(account);
    if (passwords.needsRehash(row.password_hash)) await store.updatePasswordHash(row.id, await passwords.hash(body.data.password));
    await startSession(res, row.id, account);
    res.json({ facilitator: publicFacilitator(row) });
  });

  router.post("/logout", async (req, res) => {
    const signedIn = await signedInFromCookie(store, req.headers.cookie);
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) await store.deleteSession(hashToken(token));
    if (signedIn) hooks.onSessionEnded(signedIn.sid);
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.json({ ok: true });
  });

  return router;
}

export function facilitatorRoutes(store: Store, passwords: PasswordHasher): Router {
  const router = Router();
  router.use(requireFacilitator(store));
  router.get("/", async (_req, res) => {
    res.json({ facilitators: (await store.listFacilitators()).map((f) => ({ id: f.id, username: f.username, admin: f.is_admin === 1 })) });
  });
  router.post("/", requireAdmin(), async (req, res) => {
    const { username, password, admin } = parseBody(newFacilitatorSchema, req);
    if (await store.findFacilitatorByName(username)) throw new ApiFailure(409, "TAKEN", "That username is taken.");
    const hash = await passwords.hash(password);
    // Checked again after the (async) hashing; the unique index refuses what slips between the two.
    if (await store.findFacilitatorByName(username)) throw new ApiFailure(409, "TAKEN", "That username is taken.");
    const row = await store.createFacilitator(username, hash, Date.now(), admin === true).catch(() => {
      throw new ApiFailure(409, "TAKEN", "That username is taken.");
    });
    res.status(201).json({ facilitator: { id: row.id, username: row.username, admin: row.is_admin === 1 } });
  });
  return router;
}
