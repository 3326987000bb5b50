/** The console's own language and the strip's optional sound (this browser only; see console-prefs.ts). */
import { useTranslation } from "react-i18next";
import type { Language } from "../../../shared/room/types.js";
import { setConsolePrefs, useConsolePrefs } from "./console-prefs.js";

export function ConsoleLanguagePicker({ id = "console-lang" }: { id?: string }) {
  const { t } = useTranslation();
  const prefs = useConsolePrefs();
  return (
    <div className="stack">
      <label htmlFor={id}>{t("safeguarding.console.language")}</label>
      <select id={id} value={prefs.language} onChange={(e) => setConsolePrefs({ language: e.target.value as Language })}>
        {(["nb", "nn", "en"] as const).map((l) => (
          <option key={l} value={l}>{t(`common.languages.${l}`)}</option>
        ))}
      </select>
    </div>
  );
}

export function ConsolePrefsPanel() {
  const { t } = useTranslation();
  const prefs = useConsolePrefs();
  return (
    <section className="panel" aria-labelledby="console-prefs-title">
      <h2 id="console-prefs-title">{t("safeguarding.console.title")}</h2>
      <ConsoleLanguagePicker />
      <p className="hint">{t("safeguarding.console.languageHint")}</p>
      <label className="check">
        <input type="checkbox" checked={prefs.sound} onChange={(e) => setConsolePrefs({ sound: e.target.checked })} />
        {t("safeguarding.console.sound")}
      </label>
      <p className="hint">{t("safeguarding.console.soundHint")}</p>
    </section>
  );
}
