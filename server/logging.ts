/**
 * Structured logs (pino, one JSON object per line). What may reach a line is
 * decided here, not at each call site (docs/privacy.md, docs/operations.md "Logs"):
 *
 * - no request bodies, payloads or headers are ever passed to the logger;
 * - errors are logged as their type and stack frames only: an error's message
 *   can quote its input (JSON.parse does), and input may be a child's words;
 * - as a second line of defence, fields that could hold child text or secrets
 *   are censored wherever they appear in a logged object.
 */
import pino, { type Logger } from "pino";

export type { Logger };

const CENSORED = [
  "text", "words", "note", "question", "answer", "input", "action", "payload", "body",
  "token", "password", "cookie", "authorization",
];
/** pino's redact paths: each name at the top level and one or two levels down. */
const REDACT_PATHS = CENSORED.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** A logger writing one JSON line per entry to `sink` (stdout in production, an array in tests). */
export function createLogger(sink: (line: string) => void, level: LogLevel = "info"): Logger {
  return pino(
    {
      level,
      base: undefined, // no pid or hostname on every line
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: errorFields },
    },
    { write: (line: string) => sink(line.endsWith("\n") ? line.slice(0, -1) : line) },
  );
}

/** An error as its type, code and stack frames, never its message (which may quote input). */
export function errorFields(err: unknown): { type: string; code?: string; frames?: string[] } {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("at "))
    .slice(0, 12);
  return { type: err.name || err.constructor.name, ...(typeof code === "string" && code.length <= 40 ? { code } : {}), frames };
}

export function parseLogLevel(raw: string | undefined): LogLevel {
  const v = (raw ?? "").trim().toLowerCase();
  if (v === "") return "info";
  if (v === "debug" || v === "info" || v === "warn" || v === "error" || v === "silent") return v;
  throw new Error(`LOG_LEVEL must be debug, info, warn, error or silent, got "${raw}"`);
}
