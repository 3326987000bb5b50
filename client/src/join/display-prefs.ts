/**
 * This tablet's display preferences: text size and a high-contrast theme. They belong to the
 * device, not to a child, and live in sessionStorage, so a reload keeps them and the next day's
 * browser session starts from the defaults. Applied as classes on <html>, so every stage of the
 * tablet (code, avatar, room) follows them.
 */
export interface DisplayPrefs {
  text: "normal" | "large";
  contrast: "normal" | "high";
}

const KEY = "sammen.display";
export const DEFAULT_PREFS: DisplayPrefs = { text: "normal", contrast: "normal" };

export function loadPrefs(): DisplayPrefs {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Partial<DisplayPrefs> | null;
    return {
      text: raw?.text === "large" ? "large" : "normal",
      contrast: raw?.contrast === "high" ? "high" : "normal",
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function applyPrefs(prefs: DisplayPrefs): void {
  const root = document.documentElement;
  root.classList.toggle("text-large", prefs.text === "large");
  root.classList.toggle("theme-contrast", prefs.contrast === "high");
}

export function savePrefs(prefs: DisplayPrefs): void {
  sessionStorage.setItem(KEY, JSON.stringify(prefs));
  applyPrefs(prefs);
}
