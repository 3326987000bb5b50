/** Read-aloud on the device (speechSynthesis), never a cloud service. Hidden where unsupported. */
import { useTranslation } from "react-i18next";
import { speechLang } from "../i18n/index.js";
import { Icon } from "./Icon.js";

export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return null;
  const speak = () => {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLang(i18n.language);
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="read-aloud" onClick={speak} aria-label={`${t("common.readAloud")}: ${text}`}>
      <Icon name="speaker" /> {t("common.readAloud")}
    </button>
  );
}
