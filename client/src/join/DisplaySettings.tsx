/** "Aa": text size and contrast for this tablet, two plain choices each, with words, not icons only. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { loadPrefs, savePrefs, type DisplayPrefs } from "./display-prefs.js";

export function DisplaySettings() {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState<DisplayPrefs>(loadPrefs);
  const set = (patch: Partial<DisplayPrefs>) => {
    const next = { ...prefs, ...patch };
    savePrefs(next);
    setPrefs(next);
  };
  return (
    <details className="display-settings">
      <summary>
        <span aria-hidden="true" className="display-aa">Aa</span> {t("display.title")}
      </summary>
      <div className="display-panel">
        <fieldset className="display-group">
          <legend>{t("display.text")}</legend>
          {(["normal", "large"] as const).map((v) => (
            <button key={v} type="button" className="button" aria-pressed={prefs.text === v} onClick={() => set({ text: v })}>
              {t(`display.textSize.${v}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="display-group">
          <legend>{t("display.contrast")}</legend>
          {(["normal", "high"] as const).map((v) => (
            <button key={v} type="button" className="button" aria-pressed={prefs.contrast === v} onClick={() => set({ contrast: v })}>
              {t(`display.contrastLevel.${v}`)}
            </button>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
