/**
 * What the console calls the running activity ("Pågår nå: …"): the kind's name, except where a
 * kind runs as something the leader knows by another name (a check-in run as the check-out is
 * "Utsjekk", not "Innsjekk").
 */
import type { TypedActivityEnvelope } from "../../../shared/activities/registry.js";
import type { ActivityEnvelope } from "../../../shared/protocol.js";

export function runningNameKey(wire: ActivityEnvelope): string {
  // Erasure boundary (as in response-count.ts): the envelope's kind names the view's shape.
  const envelope = wire as TypedActivityEnvelope<"host">;
  if (envelope.kind === "checkin" && envelope.view.moment === "checkout") return "checkin.presets.checkout.name";
  return `${wire.kind}.kind.name`;
}
