/**
 * The printable one-page report of a group's kept results: a title, what the numbers are (and
 * are not), and the same table the CSV file is made of (`reportTable`). No hooks, so a test can
 * render it and compare it with the CSV cell by cell.
 */
import type { ReportTable } from "../../../shared/series/results.js";

export function ReportSheet({ title, lines, empty, table }: { title: string; lines: string[]; empty: string; table: ReportTable }) {
  return (
    <article className="report-sheet" aria-labelledby="report-sheet-title">
      <h1 id="report-sheet-title">{title}</h1>
      {lines.map((line) => <p key={line}>{line}</p>)}
      {table.rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
