/**
 * Read-aloud on the device (speechSynthesis), never a cloud service. It reads
 * the prompt and then every option shown with it (the choice buttons of the
 * same activity), in a voice picked explicitly for the room's language: both
 * `voice` and `lang` are set, since a device left to guess often reads
 * Norwegian with an English voice. Nynorsk is read with a bokmål (nb-NO)
 * voice, as no platform ships an nn-NO one. When the device has no voice for
 * the language, the child is told so instead of hearing the wrong one.
 * With the room's "les alt høyt" on, each new prompt is read by itself.
 */
import { createContext, useContext, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.js";

/** The last prompt read by itself on this page: a view re-rendered or remounted is not read again. */
let lastAutoRead: string | null = null;

/** The room's "les alt høyt": set by the tablet shell from the room settings. */
export const ReadAllContext = createContext(false);

/** BCP 47 prefixes a voice may have for each room language, best first. */
const VOICE_LANGS: Record<string, readonly string[]> = {
  nb: ["nb-NO", "nb", "no-NO", "no", "nn-NO", "nn"],
  nn: ["nb-NO", "nb", "no-NO", "no", "nn-NO", "nn"],
  en: ["en-GB", "en-US", "en"],
};

const norm = (tag: string) => tag.replace("_", "-").toLowerCase();

/** The voice to read this language with, or null when the device has none for it. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const wanted = VOICE_LANGS[language] ?? VOICE_LANGS.nb;
  for (const tag of wanted) {
    const t = norm(tag);
    const exact = voices.filter((v) => norm(v.lang) === t);
    const found = exact.find((v) => v.localService) ?? exact[0] ?? voices.find((v) => norm(v.lang).startsWith(`${t}-`));
    if (found) return found;
  }
  return null;
}

function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => (typeof speechSynthesis === "undefined" ? [] : speechSynthesis.getVoices()));
  useEffect(() => {
    if (typeof speechSynthesis === "undefined") return;
    const update = () => setVoices(speechSynthesis.getVoices());
    update();
    speechSynthesis.addEventListener("voiceschanged", update);
    return () => speechSynthesis.removeEventListener("voiceschanged", update);
  }, []);
  return voices;
}

/** The words of the options shown with this prompt: the activity's own buttons, in page order. */
function optionTexts(button: HTMLElement | null): string[] {
  const scope = button?.closest("section, .tablet-activity");
  if (!scope) return [];
  return [...scope.querySelectorAll<HTMLButtonElement>("button:not(.read-aloud):not([disabled])")]
    .filter((b) => !b.closest(".help-area, .display-settings, [hidden]") && b.offsetParent !== null)
    .map((b) => (b.innerText || b.textContent || "").replace(/\s+/g, " ").trim())
    .filter((text, i, all) => text !== "" && all.indexOf(text) === i);
}

export function ReadAloud({ text, withOptions = true }: { text: string; withOptions?: boolean }) {
  const { t, i18n } = useTranslation();
  const voices = useVoices();
  const readAll = useContext(ReadAllContext);
  const ref = useRef<HTMLButtonElement>(null);
  const [noVoice, setNoVoice] = useState(false);
  const supported = typeof window !== "undefined" && "speechSynthesis" in window;
  const language = i18n.language;

  const speak = (interrupt: boolean) => {
    const voice = pickVoice(voices.length > 0 ? voices : speechSynthesis.getVoices(), language);
    if (!voice) {
      setNoVoice(true);
      return;
    }
    setNoVoice(false);
    if (interrupt) speechSynthesis.cancel();
    const parts = [text, ...(withOptions ? optionTexts(ref.current) : [])];
    for (const part of parts) {
      const utterance = new SpeechSynthesisUtterance(part);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      speechSynthesis.speak(utterance);
    }
  };

  // "Les alt høyt": a new prompt is read once by itself, after its options are on the page.
  useEffect(() => {
    if (!supported || !readAll || lastAutoRead === text) return;
    if (voices.length === 0 && speechSynthesis.getVoices().length === 0) return;
    const timer = setTimeout(() => {
      if (lastAutoRead === text) return;
      lastAutoRead = text;
      speak(false);
    }, 150);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readAll, text, voices, supported]);

  if (!supported) return null;
  return (
    <span className="read-aloud-wrap">
      <button ref={ref} type="button" className="read-aloud" onClick={() => speak(true)} aria-label={`${t("common.readAloud")}: ${text}`}>
        <Icon name="speaker" /> {t("common.readAloud")}
      </button>
      <span className="read-aloud-note" role="status">
        {noVoice ? t("common.noVoice") : ""}
      </span>
    </span>
  );
}
