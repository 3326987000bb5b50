/**
 * The accounts console (admins only, docs/operations.md "Accounts"): list the
 * facilitators, invite one by a one-time link, give one a one-time reset link,
 * remove one. Removing ends the account's live rooms (their children's data is
 * wiped like any ended room), its login sessions and so its host tokens; its
 * groups pass to the admin who removed it. And the one public route a link
 * needs: set the password the link is for (once, before it expires).
 */
import { createHash, randomBytes } from "node:crypto";
import { Router, type Request } from "express";
import { z } from "zod";
import type { ServerConfig } from "../config.js";
import { requestIp } from "../security/client-ip.js";
import { hashPassword } from "../security/passwords.js";
import { KeyedRateLimiter, type RateLimiter } from "../security/rate-limit.js";
import { NO_PASSWORD, type LinkPurpose } from "../store/account-links.js";
import type { Store } from "../store/db.js";
import { requireAdmin, requireFacilitator } from "./auth-routes.js";
import { ApiFailure } from "./errors.js";

/** How long an invitation or reset link works. */
export const LINK_TTL_MS = 72 * 60 * 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[\p{L}\p{N}._@-]+$/u, "letters, digits and . _ @ - only");
const linkToken = z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/);
const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure(400, "INVALID", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

export interface AccountHooks {
  /** A login session ended: its host sockets close. */
  onSessionEnded(sid: string): void;
  /** The account is gone: its live rooms end now (wiped like any ended room). */
  onAccountRemoved(facilitatorId: number, heirId: number): Promise<void> | void;
}

/** A link's path on this server; the token is in the fragment, so it is never in a request line or log. */
const linkPath = (token: string) => `/host#link=${token}`;

export function accountRoutes(store: Store, hooks: AccountHooks): Router {
  const router = Router();
  router.use(requireFacilitator(store), requireAdmin());

  const newLink = async (facilitatorId: number, purpose: LinkPurpose) => {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = Date.now() + LINK_TTL_MS;
    await store.createLink(hashToken(token), facilitatorId, purpose, expiresAt);
    return { path: linkPath(token), expiresAt };
  };
  const idOf = (req: Request) => {
    const parsed = idParam.safeParse(req.params.id);
    if (!parsed.success) throw new ApiFailure(404, "NOT_FOUND", "No such account.");
    return parsed.data;
  };

  router.get("/", async (_req, res) => {
    const pending = new Set(await store.pendingInvites(Date.now()));
    const rows = await store.listFacilitators();
    res.json({
      accounts: rows.map((f) => ({ id: f.id, username: f.username, admin: f.is_admin === 1, createdAt: Number(f.created_at), invited: pending.has(f.id) })),
    });
  });

  router.post("/", async (req, res) => {
    const body = parse(z.strictObject({ username, admin: z.boolean().optional() }), req.body);
    if (await store.findFacilitatorByName(body.username)) throw new ApiFailure(409, "TAKEN", "That username is taken.");
    const row = await store.createFacilitator(body.username, NO_PASSWORD, Date.now(), body.admin === true).catch(() => {
      throw new ApiFailure(409, "TAKEN", "That username is taken.");
    });
    const link = await newLink(row.id, "invite");
    res.status(201).json({ account: { id: row.id, username: row.username, admin: row.is_admin === 1 }, link });
  });

  router.post("/:id/reset", async (req, res) => {
    const id = idOf(req);
    const row = await store.findFacilitator(id);
    if (!row) throw new ApiFailure(404, "NOT_FOUND", "No such account.");
    // The old password and every session of the account stop now: a reset is often because of a lost device.
    await store.updatePasswordHash(id, NO_PASSWORD);
    for (const sid of await store.endSessionsOf(id)) hooks.onSessionEnded(sid);
    res.status(201).json({ link: await newLink(id, "reset") });
  });

  router.delete("/:id", async (req, res) => {
    const id = idOf(req);
    if (id === req.facilitator!.id) throw new ApiFailure(409, "NOT_ALLOWED", "You cannot remove your own account.");
    const removed = await store.removeFacilitator(id, req.facilitator!.id);
    if (!removed) throw new ApiFailure(404, "NOT_FOUND", "No such account.");
    for (const sid of removed.endedSids) hooks.onSessionEnded(sid);
    await hooks.onAccountRemoved(id, req.facilitator!.id);
    res.status(204).end();
  });

  return router;
}

/** `POST /api/auth/link/info {token}` and `POST /api/auth/link {token, password}`: no sign-in needed, the link is the proof. */
export function linkRoutes(store: Store, config: ServerConfig, hooks: Pick<AccountHooks, "onSessionEnded">, limiter: RateLimiter = new KeyedRateLimiter(30, 30 / (15 * 60))): Router {
  const router = Router();
  const spend = async (req: Request) => {
    if (!(await limiter.consume(requestIp(req, config.trustProxy))).ok) throw new ApiFailure(429, "RATE_LIMITED", "Too many tries. Wait a few minutes and try again.");
  };
  const gone = () => new ApiFailure(410, "LINK_EXPIRED", "This link has been used or has expired. Ask an admin for a new one.");

  router.post("/info", async (req, res) => {
    await spend(req);
    const { token } = parse(z.strictObject({ token: linkToken }), req.body);
    const link = await store.findLink(hashToken(token), Date.now());
    const row = link && (await store.findFacilitator(link.facilitatorId));
    if (!link || !row) throw gone();
    res.json({ username: row.username, purpose: link.purpose });
  });

  router.post("/", async (req, res) => {
    await spend(req);
    const body = parse(z.strictObject({ token: linkToken, password: z.string().min(10, "at least 10 characters").max(200) }), req.body);
    if (!(await store.findLink(hashToken(body.token), Date.now()))) throw gone();
    const hash = await hashPassword(body.password);
    // Checked again in one step with the write: of two uses of one link, one wins.
    const used = await store.consumeLink(hashToken(body.token), Date.now(), hash);
    if (!used) throw gone();
    for (const sid of used.endedSids) hooks.onSessionEnded(sid);
    const row = await store.findFacilitator(used.facilitatorId);
    res.json({ username: row?.username ?? "" });
  });

  return router;
}
