/**
 * Edit one plan: its meetings and their steps (add, reorder, remove, title,
 * planned minutes, leader note). Saving sends the version it started from; if
 * someone else saved first the server refuses with VERSION_CONFLICT and the
 * leader reloads (nothing of theirs is overwritten silently). A built-in plan
 * opens read-only, with "make a copy".
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { clientActivities } from "../activities/registry.js";
import type { ActivityKindName } from "../../../shared/activities/registry.js";
import { STEP_KINDS, stepFitsMeeting, type MeetingKind, type Plan, type PlanMeeting, type PlanRecord, type PlanStep } from "../../../shared/series/plan.js";
import type { ContentSummary } from "../../../shared/series/content.js";
import { seriesApi } from "./series-api.js";
import { SeriesNote } from "./SeriesNote.js";

function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** A new step of a kind: the room steps' defaults, or the kind's first preset. */
function newStep(kind: string, title: string): PlanStep {
  if (kind === "talk") return { kind, title, minutes: 10 };
  if (kind === "calm") return { kind, title, config: { pattern: "4-5", cycles: 5 }, minutes: 5 };
  const preset = clientActivities[kind as ActivityKindName]?.presets[0];
  return { kind: kind as PlanStep["kind"], title, minutes: 15, ...(preset ? { config: preset.config } : {}) };
}

const randomId = () => `m${Math.random().toString(36).slice(2, 10)}`;

export function PlanEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [record, setRecord] = useState<PlanRecord | null>(null);
  const [draft, setDraft] = useState<Plan | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    try {
      const r = await seriesApi.plan(id);
      setRecord(r);
      setDraft(structuredClone(r.plan));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);
  useEffect(() => void load(), [load]);

  if (!record || !draft) {
    return (
      <section className="plan-editor">
        <button type="button" className="button" onClick={onClose}>← {t("series.editor.back")}</button>
        <SeriesNote error={error} />
      </section>
    );
  }
  const readOnly = record.builtin;
  const setMeeting = (i: number, m: PlanMeeting) => {
    setSaved(false);
    setDraft({ ...draft, meetings: draft.meetings.map((x, n) => (n === i ? m : x)) });
  };
  const setStep = (mi: number, si: number, s: PlanStep) => setMeeting(mi, { ...draft.meetings[mi], steps: draft.meetings[mi].steps.map((x, n) => (n === si ? s : x)) });

  const save = async () => {
    try {
      const r = await seriesApi.savePlan(record.id, record.version, draft);
      setRecord(r);
      setDraft(structuredClone(r.plan));
      setError(null);
      setSaved(true);
    } catch (e) {
      setSaved(false);
      setError(e);
    }
  };

  return (
    <section className="plan-editor" aria-labelledby="plan-editor-title">
      <div className="row spread">
        <button type="button" className="button" onClick={onClose}>← {t("series.editor.back")}</button>
        {!readOnly && (
          <button type="button" className="button button-primary" onClick={() => void save()}>
            {t("series.save")}
          </button>
        )}
      </div>
      <h2 id="plan-editor-title">{draft.title}</h2>
      {readOnly && (
        <div className="row">
          <p className="calm-note">{t("series.editor.readOnly")}</p>
          <button
            type="button"
            className="button"
            onClick={async () => {
              try {
                const copy = await seriesApi.copyPlan(record.id);
                setRecord(copy);
                setDraft(structuredClone(copy.plan));
              } catch (e) {
                setError(e);
              }
            }}
          >
            {t("series.copy")}
          </button>
        </div>
      )}
      <fieldset className="stack wide" disabled={readOnly}>
        <label htmlFor="plan-title">{t("series.editor.title")}</label>
        <input id="plan-title" value={draft.title} maxLength={120} onChange={(e) => { setSaved(false); setDraft({ ...draft, title: e.target.value }); }} />
        <label htmlFor="plan-about">{t("series.editor.about")}</label>
        <textarea id="plan-about" rows={2} value={draft.about ?? ""} maxLength={1000} onChange={(e) => { setSaved(false); setDraft({ ...draft, about: e.target.value }); }} />
      </fieldset>
      <ol className="meeting-list">
        {draft.meetings.map((m, mi) => (
          <li key={m.id} className="panel meeting">
            <fieldset disabled={readOnly}>
              <legend>{t("series.editor.meeting", { n: mi + 1 })}: {m.title}</legend>
              <div className="row">
                <label htmlFor={`m-${mi}-title`}>{t("series.editor.meetingTitle")}</label>
                <input id={`m-${mi}-title`} value={m.title} maxLength={120} onChange={(e) => setMeeting(mi, { ...m, title: e.target.value })} />
                <label htmlFor={`m-${mi}-kind`}>{t("series.editor.kind")}</label>
                <select id={`m-${mi}-kind`} value={m.kind} onChange={(e) => setMeeting(mi, { ...m, kind: e.target.value === "parents" ? "parents" : "children" })}>
                  <option value="children">{t("series.editor.kinds.children")}</option>
                  <option value="parents">{t("series.editor.kinds.parents")}</option>
                </select>
              </div>
              <div className="row">
                <button type="button" className="button button-small" onClick={() => setDraft({ ...draft, meetings: move(draft.meetings, mi, mi - 1) })} disabled={mi === 0}>
                  ↑ {t("series.editor.up")}<span className="visually-hidden"> {m.title}</span>
                </button>
                <button type="button" className="button button-small" onClick={() => setDraft({ ...draft, meetings: move(draft.meetings, mi, mi + 1) })} disabled={mi === draft.meetings.length - 1}>
                  ↓ {t("series.editor.down")}<span className="visually-hidden"> {m.title}</span>
                </button>
                <button type="button" className="button button-small" onClick={() => setDraft({ ...draft, meetings: draft.meetings.filter((_, n) => n !== mi) })}>
                  {t("series.editor.remove")}<span className="visually-hidden"> {m.title}</span>
                </button>
              </div>
              <h3>{t("series.editor.steps")}</h3>
              <ol className="step-list">
                {m.steps.map((s, si) => (
                  <li key={si} className="step">
                    <p className="step-kind">{t(`agenda.stepKinds.${s.kind}`, { defaultValue: s.kind })}</p>
                    <div className="row">
                      <label htmlFor={`m-${mi}-s-${si}-title`}>{t("series.editor.stepTitle")}</label>
                      <input id={`m-${mi}-s-${si}-title`} value={s.title} maxLength={120} onChange={(e) => setStep(mi, si, { ...s, title: e.target.value })} />
                      <label htmlFor={`m-${mi}-s-${si}-min`}>{t("series.editor.minutes")}</label>
                      <input
                        id={`m-${mi}-s-${si}-min`}
                        type="number"
                        min={0}
                        max={240}
                        className="minutes"
                        value={s.minutes ?? ""}
                        onChange={(e) => setStep(mi, si, { ...s, minutes: e.target.value === "" ? undefined : Math.max(0, Math.min(240, Math.floor(Number(e.target.value)))) })}
                      />
                    </div>
                    {s.kind === "quiz" && <DeckPicker id={`m-${mi}-s-${si}-deck`} config={s.config} onConfig={(config) => setStep(mi, si, { ...s, config })} onError={setError} />}
                    <label htmlFor={`m-${mi}-s-${si}-note`}>{t("series.editor.note")}</label>
                    <textarea id={`m-${mi}-s-${si}-note`} rows={2} maxLength={1000} value={s.note ?? ""} onChange={(e) => setStep(mi, si, { ...s, note: e.target.value })} />
                    <div className="row">
                      <button type="button" className="button button-small" onClick={() => setMeeting(mi, { ...m, steps: move(m.steps, si, si - 1) })} disabled={si === 0}>
                        ↑ {t("series.editor.up")}<span className="visually-hidden"> {s.title}</span>
                      </button>
                      <button type="button" className="button button-small" onClick={() => setMeeting(mi, { ...m, steps: move(m.steps, si, si + 1) })} disabled={si === m.steps.length - 1}>
                        ↓ {t("series.editor.down")}<span className="visually-hidden"> {s.title}</span>
                      </button>
                      <button type="button" className="button button-small" onClick={() => setMeeting(mi, { ...m, steps: m.steps.filter((_, n) => n !== si) })}>
                        {t("series.editor.remove")}<span className="visually-hidden"> {s.title}</span>
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
              <AddStep id={`m-${mi}-add`} meeting={m.kind} onAdd={(kind) => setMeeting(mi, { ...m, steps: [...m.steps, newStep(kind, t(`agenda.stepKinds.${kind}`, { defaultValue: kind }))] })} />
            </fieldset>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => {
              const template = draft.meetings[0]?.steps ?? [];
              setDraft({
                ...draft,
                meetings: [...draft.meetings, { id: randomId(), kind: "children", title: t("series.editor.meeting", { n: draft.meetings.length + 1 }), steps: structuredClone(template) }],
              });
            }}
          >
            {t("series.editor.addMeeting")}
          </button>
          <button type="button" className="button button-primary" onClick={() => void save()}>
            {t("series.save")}
          </button>
        </div>
      )}
      {saved && <p className="calm-note" role="status">{t("series.saved")}</p>}
      <SeriesNote error={error} />
      {error !== null && (
        <button type="button" className="button" onClick={() => void load()}>
          {t("series.reload")}
        </button>
      )}
    </section>
  );
}

/** A parent meeting offers only the steps that run in a room for adults. */
function AddStep({ id, meeting, onAdd }: { id: string; meeting: MeetingKind; onAdd: (kind: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>("talk");
  return (
    <div className="row">
      <label htmlFor={id}>{t("series.editor.addStepKind")}</label>
      <select id={id} value={kind} onChange={(e) => setKind(e.target.value)}>
        {STEP_KINDS.filter((k) => stepFitsMeeting(k, meeting)).map((k) => <option key={k} value={k}>{t(`agenda.stepKinds.${k}`, { defaultValue: k })}</option>)}
      </select>
      <button type="button" className="button" onClick={() => onAdd(stepFitsMeeting(kind, meeting) ? kind : "talk")}>{t("series.editor.addStep")}</button>
    </div>
  );
}

/**
 * Which cards a quiz step plays: a built-in deck by id, or a deck from the
 * content library, copied into the step (`custom`), so the plan runs the same
 * even if the library record changes later.
 */
function DeckPicker({ id, config, onConfig, onError }: { id: string; config: unknown; onConfig: (config: unknown) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [decks, setDecks] = useState<ContentSummary[]>([]);
  useEffect(() => {
    seriesApi.content().then((r) => setDecks(r.content.filter((c) => c.type === "quizDeck")), onError);
  }, [onError]);
  const current = config && typeof config === "object" ? (config as { deck?: string; custom?: { title?: { nb?: string } } }) : {};
  const value = current.deck ? `builtin-quiz-${current.deck}` : "";
  return (
    <div className="row">
      <label htmlFor={id}>{t("series.editor.deck")}</label>
      <select
        id={id}
        value={value}
        onChange={async (e) => {
          const chosen = decks.find((d) => d.id === e.target.value);
          if (!chosen) return;
          if (chosen.builtin && chosen.id.startsWith("builtin-quiz-")) return onConfig({ deck: chosen.id.slice("builtin-quiz-".length) });
          try {
            const record = await seriesApi.contentItem(chosen.id);
            onConfig({ custom: record.item.body });
          } catch (err) {
            onError(err);
          }
        }}
      >
        {!value && <option value="">{current.custom?.title?.nb ?? t("series.editor.ownDeck")}</option>}
        {decks.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
            {d.builtin ? ` (${t("series.builtin")})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
