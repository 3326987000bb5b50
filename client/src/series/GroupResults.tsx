/**
 * A group's kept results on the console (docs/privacy.md, "Kept group results"): the opt-in
 * (off by default, with what is kept said in plain words), the CSV download and the printable
 * one-page report, both made from the same k-safe report the server gives the group's leaders
 * only (`reportTable`), and deleting what was kept.
 */
import { useCallback, useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import type { GroupRecord } from "../../../shared/series/group.js";
import { reportTable, toCsv, type KeptReport } from "../../../shared/series/results.js";
import { api, ApiError } from "../sdk/api.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { reportLabels } from "./report-labels.js";
import { ReportSheet } from "./ReportSheet.js";
import "./results.css";

const errorCode = (e: unknown) => (e instanceof ApiError ? e.code : "NETWORK");

export function GroupResults({ group, onChanged }: { group: GroupRecord; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<KeptReport | null>(null);
  const [printing, setPrinting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Shown at once; the server's answer (onChanged reloads the group) is what stays.
  const [keep, setKeepShown] = useState(group.group.keepResults);
  useEffect(() => setKeepShown(group.group.keepResults), [group.group.keepResults, group.version]);
  const name = group.group.name;
  const k = group.group.k;

  const load = useCallback(async () => {
    try {
      setReport(await api<KeptReport>("GET", `/api/groups/${encodeURIComponent(group.id)}/results`));
      setError(null);
    } catch (e) {
      setError(errorCode(e));
    }
  }, [group.id]);
  useEffect(() => void load(), [load, group.version]);

  const setKeep = async (keepResults: boolean) => {
    setKeepShown(keepResults);
    setBusy(true);
    setNotice(null);
    try {
      await api("PUT", `/api/groups/${encodeURIComponent(group.id)}`, { version: group.version, group: { ...group.group, keepResults } });
      setError(null);
    } catch (e) {
      setKeepShown(group.group.keepResults);
      setError(errorCode(e));
    }
    await onChanged();
    setBusy(false);
  };

  const table = report ? reportTable(report, reportLabels(t)) : null;
  const runs = report?.runs.length ?? 0;
  const made = report ? new Date(report.generatedAt).toLocaleDateString(i18n.language === "en" ? "en-GB" : "nb-NO") : "";

  const downloadCsv = () => {
    if (!table) return;
    // A byte-order mark, so a spreadsheet reads æ, ø and å as UTF-8.
    const blob = new Blob(["\uFEFF", toCsv(table)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `sammen-gruppesvar-${group.id}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <details className="group-results">
      <summary>{t("results.titleOf", { name })}</summary>
      <div className="stack">
        <label className="check-row">
          <input type="checkbox" disabled={busy} checked={keep} onChange={(e) => void setKeep(e.currentTarget.checked)} />
          <span>{t("results.keep")}</span>
        </label>
        <p className="privacy-note">{t("results.whatIsKept", { k })}</p>
        <p className="privacy-note">{t("results.notInstrument")}</p>
        <p className="hint" role="status">{report ? (runs === 0 ? t("results.none") : t("results.count", { count: runs })) : ""}</p>
        <div className="row">
          <button type="button" className="button" disabled={!table} aria-label={t("results.csvLabel", { name })} onClick={downloadCsv}>
            {t("results.csv")}
          </button>
          <button type="button" className="button" disabled={!table} aria-label={t("results.reportLabel", { name })} onClick={() => setPrinting(true)}>
            {t("results.report")}
          </button>
          {runs > 0 && (
            <ConfirmButton
              className="button button-small"
              label={t("results.delete")}
              question={t("results.deleteConfirm", { name })}
              onConfirm={() =>
                void (async () => {
                  try {
                    await api("DELETE", `/api/groups/${encodeURIComponent(group.id)}/results`);
                    setNotice(t("results.deleted"));
                    await load();
                  } catch (e) {
                    setError(errorCode(e));
                  }
                })()
              }
            />
          )}
        </div>
        {notice && <p className="calm-note" role="status">{notice}</p>}
        {error && <p className="error-note" role="alert">{t(`results.errors.${error === "NOT_FOUND" || error === "NETWORK" ? error : "other"}`)}</p>}
      </div>
      {printing && table && report && createPortal(
        <div className="print-report" role="dialog" aria-modal="true" aria-label={t("results.reportTitle", { name })}>
          <div className="row no-print">
            <button type="button" className="button button-primary" onClick={() => window.print()}>{t("results.print")}</button>
            <button type="button" className="button" onClick={() => setPrinting(false)}>{t("results.close")}</button>
          </div>
          <ReportSheet
            title={t("results.reportTitle", { name })}
            lines={[t("results.reportAbout", { k }), t("results.notInstrument"), t("results.reportMade", { date: made })]}
            empty={t("results.reportEmpty")}
            table={table}
          />
        </div>,
        // On the body, so the printed page holds the report alone (results.css, @media print).
        document.body,
      )}
    </details>
  );
}
