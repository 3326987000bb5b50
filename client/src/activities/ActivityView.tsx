/**
 * <ActivityView>: the one place a wire envelope (`{id, kind, view}`, untyped on
 * the wire) meets its kind's lazily loaded client view. Console, projector and
 * tablet all render the running activity through it, inside the quiet Suspense
 * fallback. An unknown kind renders nothing.
 */
import type { ComponentType } from "react";
import type { ActivityEnvelope } from "../../../shared/protocol.js";
import type { ActivityKindName } from "../../../shared/activities/registry.js";
import { ActivitySlot } from "../ui/ActivitySlot.js";
import { clientActivities } from "./registry.js";
import type { HostPanelProps, ScreenViewProps, TabletViewProps } from "./types.js";

/** What each surface passes besides the envelope's id and view. */
export interface SurfaceProps {
  host: Omit<HostPanelProps<ActivityKindName>, "view" | "activityId">;
  screen: Omit<ScreenViewProps<ActivityKindName>, "view">;
  tablet: Omit<TabletViewProps<ActivityKindName>, "view" | "activityId">;
}
export type Surface = keyof SurfaceProps;

type ErasedView = ComponentType<Record<string, unknown>>;

function viewFor(surface: Surface, kind: string): ErasedView | undefined {
  if (!Object.prototype.hasOwnProperty.call(clientActivities, kind)) return undefined;
  // Erasure boundary: the server's registry pairs each kind with the view shape its client view
  // takes (the same registry types both), so the envelope's view fits the kind it names.
  const activity = clientActivities[kind as ActivityKindName] as unknown as Record<"HostPanel" | "ScreenView" | "TabletView", ErasedView>;
  return surface === "host" ? activity.HostPanel : surface === "screen" ? activity.ScreenView : activity.TabletView;
}

/** Does this client have views for the envelope's kind? */
export function hasActivityView(envelope: ActivityEnvelope | null): boolean {
  return envelope !== null && Object.prototype.hasOwnProperty.call(clientActivities, envelope.kind);
}

export function ActivityView<S extends Surface>(props: { surface: S; envelope: ActivityEnvelope } & SurfaceProps[S]) {
  const { surface, envelope, ...rest } = props;
  const View = viewFor(surface, envelope.kind);
  if (!View) return null;
  return (
    <ActivitySlot>
      <View {...(rest as Record<string, unknown>)} activityId={envelope.id} view={envelope.view} />
    </ActivitySlot>
  );
}
