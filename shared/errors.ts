/**
 * The closed set of error codes and the pure core's refusal value. A leaf: it
 * imports nothing, so the wire protocol, the room core and every activity kind
 * can depend on it without depending on each other.
 */

/** The closed set of error codes. Clients translate these; `message` is for logs and developers. */
export const ERROR_CODES = [
  "INVALID", // payload failed validation
  "PAYLOAD_TOO_LARGE", // payload over the per-event size limit
  "UNKNOWN_EVENT", // no such client→server event
  "FORBIDDEN", // the sender's role may not do this
  "UNAUTHORIZED", // missing, forged or expired token
  "RATE_LIMITED", // too many intents; nothing was applied
  "STALE", // the intent refers to an activity or step that is no longer current
  "NO_ACTIVITY", // there is no running activity to act on
  "ROOM_NOT_FOUND", // no live room with that code
  "ROOM_LOCKED", // the host has locked the room to new tablets
  "ROOM_FULL", // no avatars left or seat limit reached
  "AVATAR_TAKEN", // another tablet picked that avatar first
  "KICKED", // this seat was removed by the host
  "ROOM_ENDED", // the host ended the room; all child data is gone
  "CLIENT_TOO_OLD", // protocol version mismatch: reload the page
  "NOT_ALLOWED", // the activity refused the action in its current state
  "FLAG_CONFIRM_REQUIRED", // a flagged text needs a rephrase, or a confirmation naming its flag, before it is shown
  "INTERNAL", // a server fault; nothing was applied
  "RESTARTING", // the server is starting up or stopping; try again in a moment (nothing was applied)
  "COMMAND_REUSED", // the commandId was already used for a different event or payload; nothing was applied
  "TIMEOUT", // client side only: no acknowledgement in time (the intent may be retried safely)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes a pure transition (room core or activity) may refuse with. */
export type RejectionCode = Extract<ErrorCode, "NOT_ALLOWED" | "STALE" | "FORBIDDEN" | "INVALID" | "RATE_LIMITED" | "FLAG_CONFIRM_REQUIRED">;

/** A pure transition's "no": nothing changed, and this is why. */
export interface Rejection {
  rejected: true;
  code: RejectionCode;
  message: string;
}

export function reject(code: RejectionCode, message: string): Rejection {
  return { rejected: true, code, message };
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === "object" && value !== null && (value as { rejected?: unknown }).rejected === true;
}
