/** The REST error envelope: { error: { code, message } } with a fitting HTTP status. */
import type { ErrorRequestHandler, Response } from "express";

/** One problem in a request body or an imported file, by its path (e.g. `meetings[2].steps[0].config.deck`). */
export interface ErrorIssue {
  path: string;
  message: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
  }
}

export function sendError(res: Response, status: number, code: string, message: string, issues?: ErrorIssue[]): void {
  res.status(status).json({ error: issues ? { code, message, issues } : { code, message } });
}

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof ApiFailure) return sendError(res, err.status, err.code, err.message, err.issues);
    const e = err as { type?: string; status?: number };
    if (e?.type === "entity.parse.failed") return sendError(res, 400, "INVALID", "The request body is not valid JSON.");
    if (e?.type === "entity.too.large") return sendError(res, 413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
    log(`[sammen] http error: ${err instanceof Error ? err.stack : String(err)}`);
    sendError(res, 500, "INTERNAL", "Something went wrong on the server.");
  };
}
