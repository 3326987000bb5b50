/**
 * The console's own preferences, kept in this browser only (localStorage):
 * its language, independent of the room's (which is what the children and
 * the projector see), and the optional soft sound for the safeguarding strip
 * (off by default). Nothing about children is stored here.
 */
import { useSyncExternalStore } from "react";
import type { Language } from "../../../shared/room/types.js";
import { setLanguage } from "../i18n/index.js";

export interface ConsolePrefs {
  language: Language;
  sound: boolean;
}

const KEY = "sammen.console.prefs";
const DEFAULTS: ConsolePrefs = { language: "nb", sound: false };
const LANGS: readonly Language[] = ["nb", "nn", "en"];

function read(): ConsolePrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<ConsolePrefs> | null;
    return {
      language: raw && LANGS.includes(raw.language as Language) ? (raw.language as Language) : DEFAULTS.language,
      sound: raw?.sound === true,
    };
  } catch {
    return DEFAULTS;
  }
}

let current: ConsolePrefs | null = null;
const listeners = new Set<() => void>();

export function loadConsolePrefs(): ConsolePrefs {
  return (current ??= read());
}

export function setConsolePrefs(patch: Partial<ConsolePrefs>): void {
  current = { ...loadConsolePrefs(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    /* private mode: the choice holds for this page only */
  }
  if (patch.language) setLanguage(patch.language);
  for (const l of listeners) l();
}

export function useConsolePrefs(): ConsolePrefs {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    loadConsolePrefs,
  );
}
