/** The languages Sammen speaks and the speech-synthesis voice for each (shared by the i18next and the tablet translator set-ups). */
import type { Language } from "../../../shared/room/types.js";

export const LANGUAGES: readonly Language[] = ["nb", "nn", "en"];
const SPEECH_LANG: Record<Language, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

export function speechLang(language: string): string {
  return SPEECH_LANG[(LANGUAGES as readonly string[]).includes(language) ? (language as Language) : "nb"];
}
