/**
 * The group's memory on the groups list (docs/series.md, "The group's memory"): every
 * remembered meeting with its lamps, strengths and "Dette har vi lært", the
 * lamps and themes so far in the series, and a way to forget one meeting.
 * Loaded when the leader opens it. Group-level words only, as saved.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MemoryRecord } from "../../../shared/series/memory.js";
import { api, ApiError } from "../sdk/api.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { ErrorNote } from "../ui/ErrorNote.js";

interface MemoryOut {
  entries: MemoryRecord[];
  lampsSoFar: number;
  themes: string[];
}

export function MemorySummary({ groupId, groupName }: { groupId: string; groupName: string }) {
  const { t, i18n } = useTranslation();
  const [memory, setMemory] = useState<MemoryOut | null>(null);
  const [error, setError] = useState<string | null>(null);
  const route = `/api/groups/${encodeURIComponent(groupId)}/memory`;
  const load = async () => {
    try {
      setMemory(await api<MemoryOut>("GET", route));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
  };
  const forget = async (key: string) => {
    try {
      await api("DELETE", `${route}/${encodeURIComponent(key)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
    await load();
  };
  const date = (ms: number) => new Date(ms).toLocaleDateString(i18n.language === "en" ? "en-GB" : "nb-NO");
  return (
    <details className="memory-summary" onToggle={(e) => void ((e.currentTarget as HTMLDetailsElement).open && !memory && load())}>
      <summary>{t("memory.summary", { name: groupName })}</summary>
      {!memory ? (
        <p className="hint">{t("memory.loading")}</p>
      ) : memory.entries.length === 0 ? (
        <p className="hint">{t("memory.summaryNone")}</p>
      ) : (
        <>
          <p>{t("memory.screen.lampsSoFar", { count: memory.lampsSoFar })}</p>
          {memory.themes.length > 0 && <p>{t("memory.themesSoFar", { themes: memory.themes.join(" · ") })}</p>}
          <ul className="memory-list">
            {memory.entries.map((r) => (
              <li key={r.key} className="memory-entry">
                <strong>{r.entry.title}</strong> <span className="hint">{date(r.savedAt)}</span>
                <p className="hint">
                  {[t("memory.screen.lamps", { count: r.entry.lamps }), ...r.entry.strengths.map((id) => t(`groupStrengths.${id}`)), ...r.entry.garden.map((id) => t(`styrkehagen.strengths.${id}`))].join(" · ")}
                </p>
                {r.entry.learned.length > 0 && (
                  <ul>
                    {r.entry.learned.map((l) => <li key={l}>{l}</li>)}
                  </ul>
                )}
                <ConfirmButton
                  className="button button-small"
                  label={<>{t("memory.forget")}<span className="visually-hidden">: {r.entry.title}</span></>}
                  question={t("memory.forgetConfirm", { title: r.entry.title })}
                  onConfirm={() => void forget(r.key)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorNote code={error} ns="memory.errors" />
    </details>
  );
}
