/** What the client side of an activity kind provides: its strings, start presets and three lazy views. */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { Ack, HostSeat } from "../../../shared/protocol.js";
import type { ActivityAction, ActivityConfig, ActivityInput, ActivityKindName, ActivityViews } from "../../../shared/activities/registry.js";
import type { Language, RoomSettings } from "../../../shared/room/types.js";

export type Act<K extends ActivityKindName> = (action: ActivityAction<K>) => Promise<Ack>;
/** Live input (holds, drags): volatile, paced to at most 20 a second by the SDK, never acknowledged. */
export type SendInput<K extends ActivityKindName> = (input: ActivityInput<K>) => void;

export interface HostPanelProps<K extends ActivityKindName> {
  activityId: string;
  view: ActivityViews<K>["host"];
  act: Act<K>;
  seats: HostSeat[];
  /** Private parts (per-seat answers) render only when the privacy curtain is open. */
  curtainOpen: boolean;
  settings: RoomSettings;
  /** The server's clock as well as this client can tell (for rhythms and synced animations). */
  serverNow: () => number;
}
export interface ScreenViewProps<K extends ActivityKindName> {
  view: ActivityViews<K>["screen"];
  settings: RoomSettings;
  serverNow: () => number;
}
export interface TabletViewProps<K extends ActivityKindName> {
  activityId: string;
  view: ActivityViews<K>["seat"];
  act: Act<K>;
  input: SendInput<K>;
  settings: RoomSettings;
  serverNow: () => number;
  /** True while a room-level overlay (the calm-down) covers the activity: let go of any hold. */
  suspended: boolean;
}

export interface ActivityPreset<K extends ActivityKindName> {
  /** i18n key of the preset's name and description (`<key>.name`, `<key>.description`). */
  labelKey: string;
  config: ActivityConfig<K>;
}

export interface ActivityMeta<K extends ActivityKindName> {
  strings: Partial<Record<Language, object>>;
  /** Keys (under the kind's namespace) whose nynorsk is spelled as the bokmål, checked by a person. */
  sameInNynorsk?: readonly string[];
  presets: ActivityPreset<K>[];
}

export interface ClientActivity<K extends ActivityKindName> extends ActivityMeta<K> {
  HostPanel: LazyExoticComponent<ComponentType<HostPanelProps<K>>>;
  ScreenView: LazyExoticComponent<ComponentType<ScreenViewProps<K>>>;
  TabletView: LazyExoticComponent<ComponentType<TabletViewProps<K>>>;
}

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/** Each view is its own chunk: a tablet downloads only tablet views, the projector only screen views. */
export function defineClientActivity<K extends ActivityKindName>(
  meta: ActivityMeta<K>,
  views: { host: Loader<HostPanelProps<K>>; screen: Loader<ScreenViewProps<K>>; tablet: Loader<TabletViewProps<K>> },
): ClientActivity<K> {
  return { ...meta, HostPanel: lazy(views.host), ScreenView: lazy(views.screen), TabletView: lazy(views.tablet) };
}
