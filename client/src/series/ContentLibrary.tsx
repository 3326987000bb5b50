/**
 * The content library: built-in content (read-only) and the leaders' own
 * copies, by type. A copy is edited as JSON and checked by the server with the
 * same schemas the activities use; every problem comes back with its path.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONTENT_TYPES, type ContentRecord, type ContentSummary } from "../../../shared/series/content.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { SeriesError, seriesApi } from "./series-api.js";
import { SeriesNote } from "./SeriesNote.js";
import { useSeriesList } from "./use-list.js";

const loadContent = async (): Promise<ContentSummary[]> => (await seriesApi.content()).content;

export function ContentLibrary() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ContentRecord | null>(null);
  const [text, setText] = useState("");
  const [saved, setSaved] = useState(false);
  const { items, error, setError, refresh, attempt } = useSeriesList(loadContent, () => setSaved(false));

  const edit = async (id: string) => {
    await attempt(async () => {
      const record = await seriesApi.contentItem(id);
      setEditing(record);
      setText(JSON.stringify(record.item, null, 2));
    });
  };

  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">{t("series.library")}</h2>
      <p className="hint">{t("series.libraryHint")}</p>
      <p>
        <a className="button" href="/api/export" download="sammen-export.json">{t("series.export")}</a>
      </p>
      {CONTENT_TYPES.map((type) => {
        const ofType = items?.filter((i) => i.type === type) ?? [];
        if (ofType.length === 0) return null;
        return (
          <details key={type} className="library-type">
            <summary>{t(`series.types.${type}`)} ({ofType.length})</summary>
            <ul className="series-list">
              {ofType.map((c) => (
                <li key={c.id}>
                  <span>
                    {c.title} {c.builtin && <span className="tag">{t("series.builtin")}</span>}
                  </span>
                  <span className="row">
                    <button type="button" className="button button-small" aria-label={t("series.copyLabel", { title: c.title })} onClick={() => void attempt(() => seriesApi.copyContent(c.id))}>
                      {t("series.copy")}
                    </button>
                    {!c.builtin && (
                      <>
                        <button type="button" className="button button-small" aria-label={t("series.editLabel", { title: c.title })} onClick={() => void edit(c.id)}>
                          {t("series.edit")}
                        </button>
                        <ConfirmButton
                          className="button button-small"
                          label={<>{t("series.delete")}<span className="visually-hidden"> {c.title}</span></>}
                          question={t("series.deleteConfirm", { title: c.title })}
                          onConfirm={() => void attempt(() => seriesApi.deleteContent(c.id))}
                        />
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      {editing && (
        <div className="panel content-editor">
          <h3>{editing.item.title}</h3>
          <label htmlFor="content-json">{t("series.contentJson")}</label>
          <textarea id="content-json" rows={16} spellCheck={false} value={text} onChange={(e) => { setSaved(false); setText(e.target.value); }} />
          <div className="row">
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                void attempt(async () => {
                  let item: unknown;
                  try {
                    item = JSON.parse(text);
                  } catch {
                    throw new SeriesError("BAD_JSON");
                  }
                  const record = await seriesApi.saveContent(editing.id, editing.version, item);
                  setEditing(record);
                  setText(JSON.stringify(record.item, null, 2));
                  setSaved(true);
                })
              }
            >
              {t("series.save")}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>{t("series.close")}</button>
          </div>
          {saved && <p className="calm-note" role="status">{t("series.saved")}</p>}
        </div>
      )}
      <SeriesNote error={error} />
    </section>
  );
}
