/** A calm, plain-language error line. Codes come from the protocol; the words from i18n. */
import { useTranslation } from "react-i18next";

/**
 * `ns` names words for another audience (e.g. the leader's sign-in): its text for the code is
 * used first, then the shared text for the code, then that audience's general fallback.
 */
export function ErrorNote({ code, ns }: { code: string | null; ns?: string }) {
  const { t, i18n } = useTranslation();
  if (!code) return null;
  const key =
    ns && i18n.exists(`${ns}.${code}`)
      ? `${ns}.${code}`
      : i18n.exists(`errors.${code}`)
        ? `errors.${code}`
        : ns && i18n.exists(`${ns}.INTERNAL`)
          ? `${ns}.INTERNAL`
          : "errors.INTERNAL";
  return (
    <p className="error-note" role="alert">
      {t(key)}
    </p>
  );
}
