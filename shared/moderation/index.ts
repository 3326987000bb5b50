/**
 * The moderation module: everything the moderated activities (question box,
 * word cloud) share. The held-text queue and its statuses (queue.ts), text
 * cleaning and its zod schemas (text.ts), item ids and per-seat records
 * (seats.ts), the per-seat rate limit (rate.ts), the queue order and the
 * seeded display order (order.ts). Pure; no I/O, no clock, no
 * Math.random: time, chance and ids come from the RoomCtx.
 *
 * Nothing a child types reaches the projector unless a leader approves it
 * (docs/rules.md, "Moderation: what children type"). These helpers never publish; each kind decides what its screen
 * view shows, and only approved items pass.
 */
export * from "./text.js";
export * from "./seats.js";
export * from "./rate.js";
export * from "./order.js";
export * from "./queue.js";
export * from "./approval.js";
export * from "./report.js";
