/**
 * The REST error envelope: { error: { code, message, issues? } } with a fitting HTTP status,
 * from a closed set of codes (the socket protocol's, plus the few that only REST routes give;
 * listed in docs/protocol.md). Client errors are answered and not logged; only a server fault
 * is logged, as its type and stack frames (server/logging.ts), never with the request's body.
 */
import type { ErrorRequestHandler, Response } from "express";
import type { ErrorCode } from "../../shared/errors.js";
import type { Logger } from "../logging.js";

export const HTTP_ONLY_CODES = [
  "ALREADY_SET_UP", // first-run setup after an account exists
  "SETUP_CODE_WRONG", // first-run setup with the wrong setup code
  "TAKEN", // that name exists
  "TOO_MANY_ROOMS", // over the per-facilitator or install-wide room cap
  "CROSS_ORIGIN", // a state change from another origin
  "UNSUPPORTED_ENCODING", // a request body in an encoding or charset the server does not read
  "BUILTIN_READONLY", // built-in content cannot be changed
  "VERSION_CONFLICT", // someone else changed the record first
  "PLAN_IN_USE", // a group follows this plan
  "MEMORY_FULL", // a group's memory holds as many meetings as it may
  "LINK_EXPIRED", // an invite or reset link that was used, replaced or is too old
  "NOT_FOUND", // no such route or record
  "NOT_BUILT", // the client bundle is missing (run npm run build)
] as const;
export type ApiErrorCode = ErrorCode | (typeof HTTP_ONLY_CODES)[number];

/** One problem in a request body or an imported file, by its path (e.g. `meetings[2].steps[0].config.deck`). */
export interface ErrorIssue {
  path: string;
  message: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
  }
}

export function sendError(res: Response, status: number, code: ApiErrorCode, message: string, issues?: ErrorIssue[]): void {
  res.status(status).json({ error: issues ? { code, message, issues } : { code, message } });
}

/** body-parser's failures, by type; anything else it raises with a 4xx status is an unreadable body. */
const BODY_ERRORS: Record<string, [number, ApiErrorCode, string]> = {
  "entity.parse.failed": [400, "INVALID", "The request body is not valid JSON."],
  "entity.too.large": [413, "PAYLOAD_TOO_LARGE", "The request body is too large."],
  "encoding.unsupported": [415, "UNSUPPORTED_ENCODING", "The request body's Content-Encoding is not supported."],
  "charset.unsupported": [415, "UNSUPPORTED_ENCODING", "The request body's charset is not supported."],
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof ApiFailure) return sendError(res, err.status, err.code, err.message, err.issues);
    const e = err as { type?: unknown; status?: unknown; statusCode?: unknown };
    const known = typeof e?.type === "string" ? BODY_ERRORS[e.type] : undefined;
    if (known) return sendError(res, known[0], known[1], known[2]);
    const status = typeof e?.status === "number" ? e.status : typeof e?.statusCode === "number" ? e.statusCode : 500;
    // A client error (a gzip header on a plain body, a body cut short, …): answered, not logged.
    if (status >= 400 && status < 500) {
      if (status === 413) return sendError(res, 413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
      if (status === 415) return sendError(res, 415, "UNSUPPORTED_ENCODING", "The request body's encoding is not supported.");
      return sendError(res, 400, "INVALID", "The request body could not be read.");
    }
    logger.error({ event: "http_error", method: req.method, route: `${req.baseUrl}${req.route?.path ?? ""}`, err }, "http error");
    sendError(res, 500, "INTERNAL", "Something went wrong on the server.");
  };
}
