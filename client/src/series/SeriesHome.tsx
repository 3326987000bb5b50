/**
 * The series pages on the console's start page, under the groups list
 * (GroupLeaders: open a group's next meeting, its co-leaders): a new group,
 * the plans (the built-in example series, new plans from the ritual template,
 * copy, export, import) and the content library. A group holds no child data,
 * and the page says so.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ritualTemplate } from "../../../shared/series/builtin-series.js";
import type { PlanSummary } from "../../../shared/series/plan.js";
import type { Language } from "../../../shared/room/types.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { ContentLibrary } from "./ContentLibrary.js";
import { PlanEditor } from "./PlanEditor.js";
import { SeriesError, seriesApi } from "./series-api.js";
import { SeriesNote } from "./SeriesNote.js";
import { useSeriesList } from "./use-list.js";
import "./series.css";

const loadPlans = async (): Promise<PlanSummary[]> => (await seriesApi.plans()).plans;

/** `onGroupsChanged`: a group was made, so the groups list (GroupLeaders) loads again. */
export function SeriesHome({ onGroupsChanged }: { onGroupsChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { items: plans, error, setError, refresh, attempt } = useSeriesList(loadPlans, () => setNotice(null));

  if (editing) {
    return <PlanEditor id={editing} onClose={() => { setEditing(null); void refresh(); }} />;
  }

  const lang = (["nb", "nn", "en"].includes(i18n.language) ? i18n.language : "nb") as Language;
  return (
    <div className="series">
      <section aria-labelledby="new-group-title">
        <h2 id="new-group-title">{t("series.newGroup")}</h2>
        <p className="privacy-note">{t("series.noChildData")}</p>
        <NewGroup
          plans={plans ?? []}
          onCreate={(group) =>
            attempt(async () => {
              await seriesApi.createGroup(group);
              onGroupsChanged();
            })
          }
        />
      </section>

      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t("series.plans")}</h2>
        <ul className="series-list">
          {plans?.map((p) => (
            <li key={p.id}>
              <div>
                <strong>{p.title}</strong> {p.builtin && <span className="tag">{t("series.example")}</span>}
                <p className="hint">
                  {t("series.meetings", { count: p.meetings })} · {t(`common.languages.${p.language}`)}
                </p>
              </div>
              <div className="row">
                <button type="button" className="button" aria-label={t("series.openLabel", { title: p.title })} onClick={() => setEditing(p.id)}>
                  {t("series.open")}
                </button>
                <button type="button" className="button" aria-label={t("series.copyLabel", { title: p.title })} onClick={() => void attempt(() => seriesApi.copyPlan(p.id))}>
                  {t("series.copy")}
                </button>
                <a className="button" href={`/api/plans/${encodeURIComponent(p.id)}/export`} download={`sammen-plan-${p.id}.json`} aria-label={t("series.exportLabel", { title: p.title })}>
                  {t("series.export")}
                </a>
                {!p.builtin && (
                  <ConfirmButton
                    className="button button-small"
                    label={<>{t("series.delete")}<span className="visually-hidden"> {p.title}</span></>}
                    question={t("series.deleteConfirm", { title: p.title })}
                    onConfirm={() => void attempt(() => seriesApi.deletePlan(p.id))}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
        <div className="row">
          <button
            type="button"
            className="button button-primary"
            onClick={() =>
              void attempt(async () => {
                const created = await seriesApi.createPlan(ritualTemplate(lang));
                setEditing(created.id);
              })
            }
          >
            {t("series.newPlan")}
          </button>
        </div>
        <div className="stack import">
          <label htmlFor="series-import">{t("series.import")}</label>
          <input
            id="series-import"
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              let parsed: unknown;
              try {
                parsed = JSON.parse(await file.text());
              } catch {
                setError(new SeriesError("BAD_JSON"));
                input.value = "";
                return;
              }
              await attempt(async () => {
                const res = await seriesApi.importFile(parsed);
                setNotice(t("series.imported", { plans: res.imported.plans.length, content: res.imported.content.length }));
              });
              input.value = "";
            }}
          />
          <p className="hint">{t("series.importHint")}</p>
        </div>
        {notice && <p className="calm-note" role="status">{notice}</p>}
        <SeriesNote error={error} />
      </section>

      <ContentLibrary />
    </div>
  );
}

function NewGroup({ plans, onCreate }: { plans: PlanSummary[]; onCreate: (group: { name: string; ageBand: "8-10" | "11+"; language: Language; k: number; planId: string | null }) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <details className="new-group">
      <summary>{t("series.newGroupForm")}</summary>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const el = e.currentTarget;
          const f = new FormData(el);
          await onCreate({
            name: String(f.get("name") ?? ""),
            ageBand: f.get("ageBand") === "11+" ? "11+" : "8-10",
            language: (String(f.get("language")) as Language) || "nb",
            k: Number(f.get("k")),
            planId: String(f.get("planId") ?? "") || null,
          });
          el.reset();
        }}
      >
        <label htmlFor="group-name">{t("series.groupName")}</label>
        <input id="group-name" name="name" required maxLength={80} />
        <label htmlFor="group-age">{t("series.ageBand")}</label>
        <select id="group-age" name="ageBand" defaultValue="8-10">
          <option value="8-10">{t("series.ageBands.8-10")}</option>
          <option value="11+">{t("series.ageBands.11+")}</option>
        </select>
        <label htmlFor="group-language">{t("series.language")}</label>
        <select id="group-language" name="language" defaultValue="nb">
          {(["nb", "nn", "en"] as const).map((l) => <option key={l} value={l}>{t(`common.languages.${l}`)}</option>)}
        </select>
        <label htmlFor="group-k">{t("series.k")}</label>
        <select id="group-k" name="k" defaultValue="3">
          {[2, 3, 4, 5, 6].map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
        <label htmlFor="group-plan">{t("series.plan")}</label>
        <select id="group-plan" name="planId" defaultValue="">
          <option value="">{t("series.noPlan")}</option>
          {plans.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </select>
        <button type="submit" className="button button-primary">{t("series.create")}</button>
      </form>
    </details>
  );
}
