/**
 * Facilitator accounts: the only accounts Sammen has. The first account is
 * created freely on a fresh install; after that only a signed-in facilitator
 * can create another. Sessions are random tokens in an httpOnly SameSite=Strict
 * cookie; the database keeps only their hash.
 */
import { createHash, randomBytes } from "node:crypto";
import { Router, type Request, type RequestHandler } from "express";
import { z } from "zod";
import type { ServerConfig } from "../config.js";
import { hashPassword, verifyPassword } from "../security/passwords.js";
import { KeyedRateLimiter } from "../security/rate-limit.js";
import type { Store } from "../store/db.js";
import { ApiFailure, sendError } from "./errors.js";

export const SESSION_COOKIE = "sammen_session";
const SESSION_TTL_MS = 12 * 60 * 60_000;

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
}

declare module "express-serve-static-core" {
  interface Request {
    facilitator?: Facilitator;
  }
}

export function facilitatorFromCookie(store: Store, cookieHeader: string | undefined): Facilitator | undefined {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  if (!token || token.length > 200) return undefined;
  const session = store.findSession(hashToken(token), Date.now());
  if (!session) return undefined;
  const row = store.findFacilitator(session.facilitator_id);
  return row ? { id: row.id, username: row.username } : undefined;
}

export function requireFacilitator(store: Store): RequestHandler {
  return (req, res, next) => {
    const facilitator = facilitatorFromCookie(store, req.headers.cookie);
    if (!facilitator) return sendError(res, 401, "UNAUTHORIZED", "Sign in as a facilitator first.");
    req.facilitator = facilitator;
    next();
  };
}

function parseCredentials(req: Request) {
  const parsed = credentialsSchema.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure(400, "INVALID", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

export function authRoutes(store: Store, config: ServerConfig): Router {
  const router = Router();
  const loginPerName = new KeyedRateLimiter(config.loginAttemptsPer15Min, config.loginAttemptsPer15Min / (15 * 60));
  const loginPerIp = new KeyedRateLimiter(config.loginAttemptsPer15Min * 3, (config.loginAttemptsPer15Min * 3) / (15 * 60));

  const startSession = (res: import("express").Response, facilitatorId: number) => {
    const token = randomBytes(32).toString("base64url");
    store.createSession(hashToken(token), facilitatorId, Date.now() + SESSION_TTL_MS);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "strict",
      secure: config.secureCookies,
      path: "/",
      maxAge: SESSION_TTL_MS,
    });
  };

  router.get("/status", (req, res) => {
    res.json({ needsSetup: store.countFacilitators() === 0, facilitator: facilitatorFromCookie(store, req.headers.cookie) ?? null });
  });

  router.post("/setup", async (req, res) => {
    const { username, password } = parseCredentials(req);
    if (store.countFacilitators() > 0) throw new ApiFailure(409, "ALREADY_SET_UP", "An account exists; ask a facilitator to create yours.");
    const hash = await hashPassword(password);
    // Checked again after the (async) hashing: concurrent first-run requests must not all win.
    if (store.countFacilitators() > 0) throw new ApiFailure(409, "ALREADY_SET_UP", "An account exists; ask a facilitator to create yours.");
    const row = store.createFacilitator(username, hash, Date.now());
    startSession(res, row.id);
    res.status(201).json({ facilitator: { id: row.id, username: row.username } });
  });

  router.post("/login", async (req, res) => {
    const body = z.strictObject({ username: z.string().max(60), password: z.string().max(200) }).safeParse(req.body);
    if (!body.success) throw new ApiFailure(400, "INVALID", "username and password are required.");
    const ip = req.ip ?? "unknown";
    if (!loginPerIp.take(ip) || !loginPerName.take(`${ip}|${body.data.username.trim().toLowerCase()}`)) {
      throw new ApiFailure(429, "RATE_LIMITED", "Too many sign-in attempts. Wait a few minutes and try again.");
    }
    const row = store.findFacilitatorByName(body.data.username.trim());
    // Verify against a dummy hash when the user is unknown, so timing does not tell which names exist.
    const ok = await verifyPassword(body.data.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !ok) throw new ApiFailure(401, "UNAUTHORIZED", "Wrong username or password.");
    startSession(res, row.id);
    res.json({ facilitator: { id: row.id, username: row.username } });
  });

  router.post("/logout", (req, res) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) store.deleteSession(hashToken(token));
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.json({ ok: true });
  });

  return router;
}

export function facilitatorRoutes(store: Store): Router {
  const router = Router();
  router.use(requireFacilitator(store));
  router.get("/", (_req, res) => {
    res.json({ facilitators: store.listFacilitators().map((f) => ({ id: f.id, username: f.username })) });
  });
  router.post("/", async (req, res) => {
    const { username, password } = parseCredentials(req);
    if (store.findFacilitatorByName(username)) throw new ApiFailure(409, "TAKEN", "That username is taken.");
    const hash = await hashPassword(password);
    // Checked again after the (async) hashing, so two concurrent requests give 201 + 409, not a 500.
    if (store.findFacilitatorByName(username)) throw new ApiFailure(409, "TAKEN", "That username is taken.");
    const row = store.createFacilitator(username, hash, Date.now());
    res.status(201).json({ facilitator: { id: row.id, username: row.username } });
  });
  return router;
}

// scrypt hash of a random string nobody knows; only used to equalise timing.
const DUMMY_HASH = "scrypt$16384$8$1$c2FtbWVuLWR1bW15LXNhbHQ$7nO8wKq0cE4f1Y0m1l6Yt0c2pQm5cJ8t4n9m3Jw7x2A";
