/**
 * The word cloud on the projector: approved words only, sized only as the view
 * says, in a calm layout without counts. Until words from at least k children
 * are approved, a calm waiting line instead.
 */
import { useAudienceT } from "../../i18n/audience.js";
import type { ScreenViewProps } from "../types.js";
import { CloudView, promptText } from "./Cloud.js";
import { useContentLanguage } from "../../ui/HelpLines.js";

export default function WordcloudScreen({ view }: ScreenViewProps<"wordcloud">) {
  const t = useAudienceT();
  const contentLanguage = useContentLanguage();
  const prompt = promptText(t, view.prompt, contentLanguage);
  return (
    <section className="screen-activity wc-screen" aria-labelledby="wc-screen-title">
      <h1 id="wc-screen-title">{prompt}</h1>
      <CloudView cloud={view.cloud} hiddenText={t("wordcloud.screenWaiting")} label={t("wordcloud.cloudTitle")} />
      <p className="qb-screen-hint">{t("wordcloud.screenHint")}</p>
    </section>
  );
}
