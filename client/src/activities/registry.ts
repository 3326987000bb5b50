/**
 * The client side of every activity kind. Adding a kind: one line here, plus
 * its folder beside this file (meta.ts, HostPanel, ScreenView, TabletView).
 */
import type { ActivityKindName } from "../../../shared/activities/registry.js";
import { addActivityStrings } from "../i18n/index.js";
import { defineClientActivity, type ClientActivity } from "./types.js";
import { checkinMeta } from "./checkin/meta.js";
import { ballongenMeta } from "./ballongen/meta.js";
import { byggsammenMeta } from "./byggsammen/meta.js";
import { styrkehagenMeta } from "./styrkehagen/meta.js";
import { hvahjelperMeta } from "./hvahjelper/meta.js";
import { quizMeta } from "./quiz/meta.js";
import { detectiveMeta } from "./detective/meta.js";
import { questionboxMeta } from "./questionbox/meta.js";
import { wordcloudMeta } from "./wordcloud/meta.js";
import { tommelMeta } from "./tommel/meta.js";
import { evalueringMeta } from "./evaluering/meta.js";

export const clientActivities: { [K in ActivityKindName]: ClientActivity<K> } = {
  checkin: defineClientActivity(checkinMeta, { host: () => import("./checkin/HostPanel.js"), screen: () => import("./checkin/ScreenView.js"), tablet: () => import("./checkin/TabletView.js") }),
  ballongen: defineClientActivity(ballongenMeta, { host: () => import("./ballongen/HostPanel.js"), screen: () => import("./ballongen/ScreenView.js"), tablet: () => import("./ballongen/TabletView.js") }),
  byggsammen: defineClientActivity(byggsammenMeta, { host: () => import("./byggsammen/HostPanel.js"), screen: () => import("./byggsammen/ScreenView.js"), tablet: () => import("./byggsammen/TabletView.js") }),
  styrkehagen: defineClientActivity(styrkehagenMeta, { host: () => import("./styrkehagen/HostPanel.js"), screen: () => import("./styrkehagen/ScreenView.js"), tablet: () => import("./styrkehagen/TabletView.js") }),
  hvahjelper: defineClientActivity(hvahjelperMeta, { host: () => import("./hvahjelper/HostPanel.js"), screen: () => import("./hvahjelper/ScreenView.js"), tablet: () => import("./hvahjelper/TabletView.js") }),
  quiz: defineClientActivity(quizMeta, { host: () => import("./quiz/HostPanel.js"), screen: () => import("./quiz/ScreenView.js"), tablet: () => import("./quiz/TabletView.js") }),
  detective: defineClientActivity(detectiveMeta, { host: () => import("./detective/HostPanel.js"), screen: () => import("./detective/ScreenView.js"), tablet: () => import("./detective/TabletView.js") }),
  questionbox: defineClientActivity(questionboxMeta, { host: () => import("./questionbox/HostPanel.js"), screen: () => import("./questionbox/ScreenView.js"), tablet: () => import("./questionbox/TabletView.js") }),
  wordcloud: defineClientActivity(wordcloudMeta, { host: () => import("./wordcloud/HostPanel.js"), screen: () => import("./wordcloud/ScreenView.js"), tablet: () => import("./wordcloud/TabletView.js") }),
  tommel: defineClientActivity(tommelMeta, { host: () => import("./tommel/HostPanel.js"), screen: () => import("./tommel/ScreenView.js"), tablet: () => import("./tommel/TabletView.js") }),
  evaluering: defineClientActivity(evalueringMeta, { host: () => import("./evaluering/HostPanel.js"), screen: () => import("./evaluering/ScreenView.js"), tablet: () => import("./evaluering/TabletView.js") }),
};

export function registerActivityStrings(): void {
  for (const [kind, activity] of Object.entries(clientActivities)) addActivityStrings(kind, activity.strings);
}
