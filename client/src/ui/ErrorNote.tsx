/** A calm, plain-language error line. Codes come from the protocol; the words from i18n. */
import { useTranslation } from "react-i18next";

export function ErrorNote({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p className="error-note" role="alert">
      {t(`errors.${code}`, { defaultValue: t("errors.INTERNAL") })}
    </p>
  );
}
