/**
 * Typed access to the running activity's part of a role's view. On the wire the activity view is
 * `unknown` (the protocol is a leaf that knows no kind); the registry's `ActivityViews` gives each
 * kind's view type per role, and this narrows to it by the envelope's `kind`.
 */
import type { ConnectionSnapshot } from "../../client/src/sdk/connection.js";
import type { ActivityKindName, ActivityViews } from "../../shared/activities/registry.js";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";

type RoleView = HostView | ScreenView | SeatView;
type RoleOf<V extends RoleView> = V extends HostView ? "host" : V extends ScreenView ? "screen" : "seat";

/** A snapshot, an envelope-like `{ view }`, or a role view itself. */
type ViewSource<V extends RoleView> = ConnectionSnapshot<V> | { envelope: { view: V } | null } | V | null | undefined;

function roleView<V extends RoleView>(source: ViewSource<V>): V | null {
  if (!source) return null;
  if ("envelope" in source) return source.envelope?.view ?? null;
  return source as V;
}

/** The activity view for `kind` when that kind is running, otherwise null. */
export function activityView<V extends RoleView, K extends ActivityKindName>(
  source: ViewSource<V>,
  kind: K,
): ActivityViews<K>[RoleOf<V>] | null {
  const activity = roleView(source)?.activity;
  return activity?.kind === kind ? (activity.view as ActivityViews<K>[RoleOf<V>]) : null;
}
