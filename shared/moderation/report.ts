/**
 * "Si fra" (report) on an item that is on the screen: it comes off at once and
 * goes back to the leader's queue with the reason, so the leader decides
 * (docs/safeguarding.md).
 */

/**
 * Why a tablet says "Si fra" about an item on the screen (a fixed list, so no free text reaches
 * anyone): it upsets me, it is about me or someone I know, it is mean, something else.
 */
export const REPORT_REASONS = ["upsetting", "aboutMe", "mean", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
