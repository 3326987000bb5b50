/**
 * "4 har svart": how many tablets have answered the running activity, for the leader only
 * (it is computed from the host view, which only the console receives; a pass counts as an
 * answer, rule 4). Shown outside the privacy curtain because it names no one. The games have
 * no answers to count (their progress is the group's), so they give null.
 */
import type { TypedActivityEnvelope } from "../../../shared/activities/registry.js";
import type { ActivityEnvelope } from "../../../shared/protocol.js";

const seatsOf = (...lists: readonly (readonly { seatId: string }[])[]) => new Set(lists.flatMap((l) => l.map((r) => r.seatId)));

export function responseCount(wire: ActivityEnvelope): number | null {
  // Erasure boundary (as in ActivityView): the host view the server sent is the one its kind's
  // registry entry types, so the envelope's kind names the view's shape.
  const envelope = wire as TypedActivityEnvelope<"host">;
  switch (envelope.kind) {
    case "checkin":
      return envelope.view.rows.filter((r) => r.answer !== null).length;
    case "quiz":
      return envelope.view.rows.filter((r) => r.answer !== null).length;
    case "detective":
      return envelope.view.rows.filter((r) => r.proposal !== null).length;
    case "questionbox": {
      const v = envelope.view;
      return new Set([...seatsOf(v.queue, v.shown, v.later, v.discarded), ...v.passed]).size;
    }
    case "wordcloud": {
      const v = envelope.view;
      return new Set([...seatsOf(v.queue, v.approved, v.discarded), ...v.passed]).size;
    }
    default:
      return null;
  }
}
