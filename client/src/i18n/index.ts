/**
 * i18n: every user-facing string goes through i18next. Bokmål is the default;
 * nynorsk and English are offered. Activities bring their own strings, merged
 * in under their kind's namespace key by the activity registry. The /join
 * build swaps this module for ./tablet/index.ts (vite.config.ts), which has
 * the same exports but loads only the room's language.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Audience, Language } from "../../../shared/room/types.js";
import { en } from "./en.js";
import { nb } from "./nb.js";
import { nn } from "./nn.js";
import { safeguardingStrings as sg } from "./safeguarding.js";
import { voksneStrings as adult } from "./voksne.js";

export { LANGUAGES, speechLang } from "./languages.js";

export function initI18n(language: Language = "nb") {
  void i18next.use(initReactI18next).init({
    resources: {
      nb: { translation: { ...nb, safeguarding: sg.nb, voksne: adult.nb } },
      nn: { translation: { ...nn, safeguarding: sg.nn, voksne: adult.nn } },
      en: { translation: { ...en, safeguarding: sg.en, voksne: adult.en } },
    },
    lng: language,
    fallbackLng: "nb",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function setLanguage(language: Language): void {
  if (i18next.language === language) return;
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The console and the projector carry the adult wording already (the tablet fetches it: ./tablet/index.ts). */
export function setAudience(_audience: Audience): void {}

/** Activities add their strings per language under their own top-level key. */
export function addActivityStrings(kind: string, strings: Partial<Record<Language, object>>): void {
  for (const [lng, bundle] of Object.entries(strings)) {
    i18next.addResourceBundle(lng, "translation", { [kind]: bundle }, true, false);
  }
}
