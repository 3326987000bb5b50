/** A calm error line for the series pages, with every path-level problem listed. */
import { useTranslation } from "react-i18next";
import { ApiError } from "../sdk/api.js";

export function SeriesNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : "INTERNAL";
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div role="alert" className="series-note">
      <p className="error-note">{t(`series.errors.${code}`, { defaultValue: t(`errors.${code}`, { defaultValue: t("errors.INTERNAL") }) })}</p>
      {issues.length > 0 && (
        <>
          <p>{t("series.issues")}</p>
          <ul className="issue-list">
            {issues.map((i, n) => (
              <li key={n}>
                {i.path && <code>{i.path}</code>} {i.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
