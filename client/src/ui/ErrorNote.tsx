/** A calm, plain-language error line. Codes come from the protocol; the words from i18n. */
import { useTranslation } from "react-i18next";

/** `ns` picks words for another audience first (e.g. the leader's sign-in), falling back to the shared ones. */
export function ErrorNote({ code, ns }: { code: string | null; ns?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  const shared = t(`errors.${code}`, { defaultValue: t("errors.INTERNAL") });
  return (
    <p className="error-note" role="alert">
      {ns ? t(`${ns}.${code}`, { defaultValue: t(`${ns}.INTERNAL`, { defaultValue: shared }) }) : shared}
    </p>
  );
}
