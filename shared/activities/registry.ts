/**
 * Every activity kind, by name. Adding a kind is one line here plus its two
 * folders (shared/activities/<kind>/ and client/src/activities/<kind>/).
 */
import type { z } from "zod";
import type { AnyActivityKind } from "./types.js";
import { checkin } from "./checkin/index.js";

export const activityKinds = {
  checkin,
} as const;

export type ActivityKindName = keyof typeof activityKinds;
type KindOf<K extends ActivityKindName> = (typeof activityKinds)[K];
export interface ActivityViews<K extends ActivityKindName> {
  host: ReturnType<KindOf<K>["view"]["host"]>;
  screen: ReturnType<KindOf<K>["view"]["screen"]>;
  seat: ReturnType<KindOf<K>["view"]["seat"]>;
}
export type ActivityAction<K extends ActivityKindName> = z.infer<KindOf<K>["action"]>;
export type ActivityConfig<K extends ActivityKindName> = z.input<KindOf<K>["config"]>;

export function findActivityKind(kind: string): AnyActivityKind | undefined {
  return Object.prototype.hasOwnProperty.call(activityKinds, kind)
    ? (activityKinds as Record<string, AnyActivityKind>)[kind]
    : undefined;
}

export const ACTIVITY_KIND_NAMES = Object.keys(activityKinds) as ActivityKindName[];
