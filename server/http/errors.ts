/** The REST error envelope: { error: { code, message } } with a fitting HTTP status. */
import type { ErrorRequestHandler, Response } from "express";

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof ApiFailure) return sendError(res, err.status, err.code, err.message);
    const e = err as { type?: string; status?: number };
    if (e?.type === "entity.parse.failed") return sendError(res, 400, "INVALID", "The request body is not valid JSON.");
    if (e?.type === "entity.too.large") return sendError(res, 413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
    log(`[sammen] http error: ${err instanceof Error ? err.stack : String(err)}`);
    sendError(res, 500, "INTERNAL", "Something went wrong on the server.");
  };
}
