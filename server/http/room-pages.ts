/**
 * A room's pages carry its code in the path: /r/<code>/join (the join link and
 * QR code), /r/<code>/screen (the projector), /r/<code>/host (the console), so
 * a proxy in front of several processes can hash every request of a room on
 * one key (docs/operations.md, "Routing: the room code"). The page is the same
 * on every process and for any well-formed code, open or not: whether a room
 * exists is only answered by /api/join/<code>, which is rate-limited, so the
 * pages do not help anyone guess codes.
 *
 * The addresses from before keep working: /join?code=<code> and
 * /host?room=<code> redirect here; /r/<code> goes to the room's join page; a
 * code in lower case or with spaces redirects to its written form. A malformed
 * code or an unknown page is a 404 with the usual error envelope.
 */
import { Router, type RequestHandler } from "express";
import { normaliseCode } from "../rooms/codes.js";
import { ROOM_SURFACES, roomPagePath, type RoomSurface } from "../../shared/routing.js";
import { sendError } from "./errors.js";

const isSurface = (s: string): s is RoomSurface => (ROOM_SURFACES as readonly string[]).includes(s);

/** The query string of a request without one key, "" or "?…" (a redirect keeps what else was asked). */
function queryWithout(url: string, key: string): string {
  const q = url.indexOf("?");
  if (q < 0) return "";
  const params = new URLSearchParams(url.slice(q + 1));
  params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}

export function roomPages(send: Record<RoomSurface, RequestHandler>): Router {
  const router = Router();
  const notFound: RequestHandler = (_req, res) => sendError(res, 404, "NOT_FOUND", "No such page. Room pages look like /r/ABCDE/join.");

  // The old addresses, from links and QR codes printed before.
  router.get(["/join", "/host"], (req, res, next) => {
    const key = req.path === "/join" ? "code" : "room";
    const raw = req.query[key];
    const code = typeof raw === "string" ? normaliseCode(raw) : null;
    if (!code) return next();
    res.redirect(302, roomPagePath(code, req.path === "/join" ? "join" : "host") + queryWithout(req.originalUrl, key));
  });

  router.get(["/r/:code", "/r/:code/"], (req, res) => {
    const code = normaliseCode(String(req.params.code));
    if (!code) return notFound(req, res, () => {});
    res.redirect(302, roomPagePath(code, "join"));
  });

  router.get("/r/:code/:surface", (req, res, next) => {
    const surface = String(req.params.surface);
    const code = normaliseCode(String(req.params.code));
    if (!code || !isSurface(surface)) return notFound(req, res, next);
    if (code !== req.params.code) return res.redirect(301, roomPagePath(code, surface) + queryWithout(req.originalUrl, ""));
    return send[surface](req, res, next);
  });
  router.all("/r/*splat", notFound);
  return router;
}
