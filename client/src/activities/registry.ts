/**
 * The client side of every activity kind. Adding a kind: one line here, plus
 * its folder beside this file (meta.ts, HostPanel, ScreenView, TabletView).
 */
import type { ActivityKindName } from "../../../shared/activities/registry.js";
import { addActivityStrings } from "../i18n/index.js";
import { defineClientActivity, type ClientActivity } from "./types.js";
import { checkinMeta } from "./checkin/meta.js";

export const clientActivities: { [K in ActivityKindName]: ClientActivity<K> } = {
  checkin: defineClientActivity(checkinMeta, { host: () => import("./checkin/HostPanel.js"), screen: () => import("./checkin/ScreenView.js"), tablet: () => import("./checkin/TabletView.js") }),
};

export function registerActivityStrings(): void {
  for (const [kind, activity] of Object.entries(clientActivities)) addActivityStrings(kind, activity.strings);
}
