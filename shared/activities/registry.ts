/**
 * Every activity kind, by name. Adding a kind is one line here plus its two
 * folders (shared/activities/<kind>/ and client/src/activities/<kind>/).
 */
import type { z } from "zod";
import type { AnyActivityKind, ViewRole } from "./types.js";
import { checkin } from "./checkin/index.js";
import { ballongen } from "./ballongen/index.js";
import { byggsammen } from "./byggsammen/index.js";
import { styrkehagen } from "./styrkehagen/index.js";
import { hvahjelper } from "./hvahjelper/index.js";
import { quiz } from "./quiz/index.js";
import { detective } from "./detective/index.js";
import { questionbox } from "./questionbox/index.js";
import { wordcloud } from "./wordcloud/index.js";
import { tommel } from "./tommel/index.js";
import { evaluering } from "./evaluering/index.js";

export const activityKinds = {
  checkin,
  ballongen,
  byggsammen,
  styrkehagen,
  hvahjelper,
  quiz,
  detective,
  questionbox,
  wordcloud,
  tommel,
  evaluering,
} as const;

export type ActivityKindName = keyof typeof activityKinds;
type KindOf<K extends ActivityKindName> = (typeof activityKinds)[K];
export interface ActivityViews<K extends ActivityKindName> {
  host: ReturnType<KindOf<K>["view"]["host"]>;
  screen: ReturnType<KindOf<K>["view"]["screen"]>;
  seat: ReturnType<KindOf<K>["view"]["seat"]>;
}
/** What a client sends for a kind: the schema's input (before it cleans text or fills defaults). */
export type ActivityAction<K extends ActivityKindName> = z.input<KindOf<K>["action"]>;
export type ActivityConfig<K extends ActivityKindName> = z.input<KindOf<K>["config"]>;
/** The live input a kind takes (`never` for kinds without `input`). */
export type ActivityInput<K extends ActivityKindName> = KindOf<K> extends { input?: { schema: z.ZodType<infer I> } } ? I : never;

/** The activity part of a role's view (`ActivityEnvelope` on the wire), typed per kind. */
export type TypedActivityEnvelope<R extends ViewRole = ViewRole> = {
  [K in ActivityKindName]: { id: string; kind: K; view: ActivityViews<K>[R] };
}[ActivityKindName];

export function findActivityKind(kind: string): AnyActivityKind | undefined {
  return Object.prototype.hasOwnProperty.call(activityKinds, kind)
    ? (activityKinds as Record<string, AnyActivityKind>)[kind]
    : undefined;
}

export const ACTIVITY_KIND_NAMES = Object.keys(activityKinds) as ActivityKindName[];
