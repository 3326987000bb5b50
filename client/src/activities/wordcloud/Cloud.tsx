/**
 * The word cloud as the view gives it: words in the view's (seeded, shuffled)
 * order, each at size 1–3 exactly as the disclosure rules decided. No counts,
 * no order of arrival, no colour that means anything (the palette only cycles
 * for calm variety). Also the prompt, in the room's language when known.
 */
import type { TFunction } from "i18next";
import type { Cloud } from "../../../../shared/activities/wordcloud/index.js";
import { KNOWN_PROMPTS } from "./meta.js";
import { findParentPrompt } from "../../../../shared/content/parent-prompts.js";
import type { Language } from "../../../../shared/room/types.js";

export function promptText(t: TFunction, prompt: string | null, language: Language): string {
  if (prompt === null) return t("wordcloud.defaultPrompt");
  const known = (Object.keys(KNOWN_PROMPTS) as (keyof typeof KNOWN_PROMPTS)[]).find((k) => KNOWN_PROMPTS[k].includes(prompt));
  if (known) return t(`wordcloud.prompts.${known}`);
  // A parent meeting's prompts live in content (shared/content/parent-prompts.ts).
  return findParentPrompt(prompt)?.text[language] ?? prompt;
}

export function CloudView({ cloud, hiddenText, size = "screen", label }: { cloud: Cloud; hiddenText: string; size?: "screen" | "panel" | "tablet"; label: string }) {
  if (cloud.status === "hidden") return <p className={`wc-hidden wc-hidden-${size}`}>{hiddenText}</p>;
  return (
    <ul className={`wc-cloud wc-cloud-${size}`} aria-label={label}>
      {cloud.words.map((w, i) => (
        <li key={w.text} className={`wc-word wc-size-${w.size} wc-tone-${i % 5}`}>
          {w.text}
        </li>
      ))}
    </ul>
  );
}
