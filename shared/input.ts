/**
 * Live-input rate, in a file of its own so the browser SDK can pace input
 * without pulling the zod schemas of shared/protocol.ts into the tablet bundle.
 */
/** The most live-input samples a tablet may send per second; the server applies at most this many per seat. */
export const INPUT_MAX_HZ = 20;
export const INPUT_MIN_INTERVAL_MS = 1000 / INPUT_MAX_HZ;
