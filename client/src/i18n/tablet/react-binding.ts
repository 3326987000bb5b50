/**
 * The tablet's stand-in for react-i18next's `useTranslation`: the /join build
 * aliases `react-i18next` here (vite.config.ts). A component re-renders when
 * the language or the strings change.
 */
import { useSyncExternalStore } from "react";
import { translator } from "./translator.js";

let version = 0;
// A new `t` per change, as react-i18next gives, so memoised text depending on `t` is redone.
let t: typeof translator.t = (key, options) => translator.t(key, options);
translator.subscribe(() => {
  version += 1;
  t = (key, options) => translator.t(key, options);
});
const getVersion = () => version;

export const initReactI18next = { type: "3rdParty" as const };

export function useTranslation() {
  useSyncExternalStore(translator.subscribe, getVersion, getVersion);
  return { t, i18n: translator, ready: true };
}
