/**
 * Cross-origin state changes are refused (docs/operations.md, "Origins"). A
 * browser says where a request comes from: `Sec-Fetch-Site` (modern browsers)
 * and `Origin` (every cross-origin POST and every WebSocket). A request from
 * another origin (another site, or the same host on another port) is refused,
 * so a page elsewhere cannot use the facilitator's cookie. A request with
 * neither header is not from a browser page (curl, the test clients): there
 * is no cookie to ride on, so it passes.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { RequestHandler } from "express";
import { sendError } from "./errors.js";

/** The origin of PUBLIC_URL (or the derived LAN URL), which a proxy in front may present instead of Host. */
export type PublicOrigin = () => string;

export function isSameOrigin(headers: IncomingHttpHeaders, publicOrigin: PublicOrigin): boolean {
  const site = headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "same-origin" && site !== "none") return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== "string" || origin === "null") return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (typeof headers.host === "string" && url.host === headers.host.toLowerCase()) return true;
  const pub = publicOrigin();
  return pub !== "" && url.origin === pub;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Reusable middleware for any router whose POST/PUT/PATCH/DELETE change state. */
export function requireSameOrigin(publicOrigin: PublicOrigin): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || isSameOrigin(req.headers, publicOrigin)) return next();
    sendError(res, 403, "CROSS_ORIGIN", "Requests from another site cannot change anything here.");
  };
}
