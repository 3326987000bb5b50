/**
 * Where the process is in its life: restoring rooms from their snapshots,
 * ready, or draining for a graceful stop. Readiness (GET /api/ready) and the
 * gateway's handshake read it; only "ready" takes new joins and sockets.
 */
export type Phase = "restoring" | "ready" | "draining";

export class Lifecycle {
  phase: Phase = "restoring";
  /** Set while snapshot writes fail: the server still runs, but is not ready. */
  snapshotsFailing: () => boolean = () => false;
  /** Set when a shared service this process needs (Redis, with several processes) does not answer. */
  sharedStoreDown: () => boolean = () => false;

  get accepting(): boolean {
    return this.phase === "ready";
  }

  readiness(): { ready: boolean; phase: Phase; snapshots: "ok" | "failing" } {
    const failing = this.snapshotsFailing() || this.sharedStoreDown();
    return { ready: this.phase === "ready" && !failing, phase: this.phase, snapshots: failing ? "failing" : "ok" };
  }
}
