/**
 * The protocol version, in a file of its own so the browser SDK can read it
 * without pulling the zod schemas of shared/protocol.ts into the tablet bundle.
 * Bumped on any breaking change to events or payloads.
 */
export const PROTOCOL_VERSION = 3;
