/**
 * The leader's side of the question box: the moderation queue (flagged first,
 * with the category and a suggested action), approve / rephrase / merge /
 * talk later / discard, and what is on the screen with its order.
 *
 * Privacy curtain (docs/rules.md, "Projector-safe console"): the queue, the children's own words, the
 * avatars, notes and passes render only when `curtainOpen`. With the curtain
 * closed the leader still sees how many are waiting, and can run what is
 * already on the projector (answered, order, take off), with a neutral
 * "fra et nettbrett" in place of the avatar.
 */
import { useEffect, useMemo, useState } from "react";
import { useAudienceT } from "../../i18n/audience.js";
import type { QuestionHostItem, QuestionboxActionInput } from "../../../../shared/activities/questionbox/index.js";
import type { HostSeat } from "../../../../shared/protocol.js";
import type { HostPanelProps } from "../types.js";
import { FlaggedApprove } from "../../moderation/FlaggedApprove.js";
import { FlagNote, PassedSeats, Sender } from "../../moderation/host-parts.js";
import { cleanLength, meTooText, RefusalNote, type Refusal } from "../../moderation/tablet-parts.js";

const NS = "questionbox";

type Mode = "queue" | "shown" | "later" | "discarded";
type Editing = { id: string; kind: "rephrase" | "later"; draft: string } | null;

export default function QuestionboxHost({ view, act, seats, curtainOpen }: HostPanelProps<"questionbox">) {
  const t = useAudienceT();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeTarget, setMergeTarget] = useState<string | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  const run = async (action: QuestionboxActionInput): Promise<boolean> => {
    const ack = await act(action);
    setRefusal(ack.ok ? null : { code: ack.code, action: action.type });
    return ack.ok;
  };

  // Selection for merging: items still in the queue or on the screen. Behind a closed curtain
  // only what is already on the screen, so no child's unapproved words show in the merge box.
  const selectable = useMemo(() => (curtainOpen ? [...view.queue, ...view.shown] : view.shown), [curtainOpen, view.queue, view.shown]);
  const chosen = selectable.filter((i) => selected.includes(i.id));
  const target = chosen.find((i) => i.id === mergeTarget) ?? chosen[0];

  // After moving an item on the screen list, keep the keyboard focus on the button that moved it.
  useEffect(() => {
    if (!focusAfterMove) return;
    const el = document.getElementById(focusAfterMove);
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else document.getElementById(focusAfterMove.replace(/^qb-(up|down)-/, (_m, d: string) => `qb-${d === "up" ? "down" : "up"}-`))?.focus();
    setFocusAfterMove(null);
  }, [view.shown, focusAfterMove]);

  const move = (index: number, delta: -1 | 1) => {
    const ids = view.shown.map((i) => i.id);
    const to = index + delta;
    if (to < 0 || to >= ids.length) return;
    [ids[index], ids[to]] = [ids[to], ids[index]];
    setFocusAfterMove(`qb-${delta < 0 ? "up" : "down"}-${view.shown[index].id}`);
    void run({ type: "reorder", ids });
  };

  const flaggedWaiting = view.queue.some((i) => i.flag !== null);

  const card = (item: QuestionHostItem, mode: Mode, index = 0) => (
    <ItemCard
      key={item.id}
      item={item}
      mode={mode}
      index={index}
      total={view.shown.length}
      seats={seats}
      curtainOpen={curtainOpen}
      editing={editing?.id === item.id ? editing : null}
      setEditing={setEditing}
      selected={selected.includes(item.id)}
      onSelect={(on) => setSelected((s) => (on ? [...s, item.id] : s.filter((x) => x !== item.id)))}
      run={run}
      move={move}
    />
  );

  return (
    <div className="host-activity qb-host">
      <div className="row">
        <p className="qb-phase">
          <span aria-hidden="true">{view.phase === "open" ? "● " : "■ "}</span>
          {view.phase === "open" ? t(`${NS}.phaseOpen`) : t(`${NS}.phaseClosed`)}
        </p>
        <button type="button" className="button" onClick={() => void run({ type: view.phase === "open" ? "close" : "open" })}>
          {view.phase === "open" ? t(`${NS}.close`) : t(`${NS}.open`)}
        </button>
      </div>
      <RefusalNote ns={NS} refusal={refusal} />

      <section className="qb-section" aria-labelledby="qb-queue-title">
        <h3 id="qb-queue-title">
          {t(`${NS}.queue`)} ({view.queue.length})
        </h3>
        {view.queue.length === 0 ? (
          <p className="hint">{t(`${NS}.queueEmpty`)}</p>
        ) : !curtainOpen ? (
          <>
            <p>{t(`${NS}.queueHidden`, { count: view.queue.length })}</p>
            {flaggedWaiting && (
              <p className="badge qb-urgent">{t(`${NS}.queueUrgentHidden`)}</p>
            )}
          </>
        ) : (
          <div className="private">
            <p className="hint">{t(`${NS}.removeNames`)}</p>
            <ul className="qb-items">{view.queue.map((item) => card(item, "queue"))}</ul>
          </div>
        )}
      </section>

      {chosen.length > 0 && (
        <section className="qb-merge" aria-labelledby="qb-merge-title">
          <h3 id="qb-merge-title">{t(`${NS}.mergeSelected`, { count: chosen.length })}</h3>
          {chosen.length > 1 && (
            <div className="stack">
              <label htmlFor="qb-merge-target">{t(`${NS}.mergeKeep`)}</label>
              <select id="qb-merge-target" value={target?.id} onChange={(e) => setMergeTarget(e.target.value)}>
                {chosen.map((i) => (
                  <option key={i.id} value={i.id}>
                    {truncate(i.displayText, 70)}
                  </option>
                ))}
              </select>
              <p className="hint">{t(`${NS}.mergeHint`)}</p>
            </div>
          )}
          <div className="row">
            {chosen.length > 1 && target && (
              <button
                type="button"
                className="button button-primary"
                onClick={async () => {
                  const ok = await run({ type: "merge", targetId: target.id, ids: chosen.filter((i) => i.id !== target.id).map((i) => i.id) });
                  if (ok) {
                    setSelected([]);
                    setMergeTarget(null);
                  }
                }}
              >
                {t(`${NS}.merge`)}
              </button>
            )}
            <button type="button" className="button" onClick={() => setSelected([])}>
              {t(`${NS}.clearSelection`)}
            </button>
          </div>
        </section>
      )}

      <section className="qb-section" aria-labelledby="qb-shown-title">
        <div className="row spread">
          <h3 id="qb-shown-title">
            {t(`${NS}.shown`)} ({view.shown.length})
          </h3>
          <button type="button" className="button" onClick={() => void run({ type: "shuffle" })} disabled={view.shown.length < 2}>
            <span aria-hidden="true">⤮ </span>
            {t(`${NS}.shuffle`)}
          </button>
        </div>
        <p className="hint">{view.orderMode === "shuffle" ? t(`${NS}.orderShuffle`) : t(`${NS}.orderHost`)}</p>
        {view.shown.length === 0 ? (
          <p className="hint">{t(`${NS}.shownEmpty`)}</p>
        ) : (
          <ol className="qb-items">{view.shown.map((item, i) => card(item, "shown", i))}</ol>
        )}
      </section>

      {curtainOpen && view.later.length > 0 && (
        <section className="qb-section private" aria-labelledby="qb-later-title">
          <h3 id="qb-later-title">
            {t(`${NS}.later`)} ({view.later.length})
          </h3>
          <ul className="qb-items">{view.later.map((item) => card(item, "later"))}</ul>
        </section>
      )}

      {curtainOpen && view.discarded.length > 0 && (
        <details className="qb-section private">
          <summary>
            {t(`${NS}.discarded`)} ({view.discarded.length})
          </summary>
          <ul className="qb-items">{view.discarded.map((item) => card(item, "discarded"))}</ul>
        </details>
      )}

      {curtainOpen && <PassedSeats passed={view.passed} seats={seats} title={t(`${NS}.passed`)} id="qb-passed-title" />}
    </div>
  );
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function ItemCard(props: {
  item: QuestionHostItem;
  mode: Mode;
  index: number;
  total: number;
  seats: HostSeat[];
  curtainOpen: boolean;
  editing: Editing;
  setEditing: (e: Editing) => void;
  selected: boolean;
  onSelect: (on: boolean) => void;
  run: (action: QuestionboxActionInput) => Promise<boolean>;
  move: (index: number, delta: -1 | 1) => void;
}) {
  const t = useAudienceT();
  const { item, mode, curtainOpen, editing, setEditing, run } = props;
  const editId = `qb-edit-${item.id}`;
  const classes = ["qb-item", item.flag && curtainOpen ? "flagged" : "", item.reported && curtainOpen ? "reported" : "", item.status === "answered" ? "qb-answered" : ""]
    .filter(Boolean)
    .join(" ");
  const publicText = mode === "shown" ? item.displayText : item.text;
  const showPrivate = curtainOpen;

  return (
    <li className={classes}>
      <div className="qb-item-head">
        {(mode === "queue" || mode === "shown") && (
          <label className="check qb-select">
            <input type="checkbox" checked={props.selected} onChange={(e) => props.onSelect(e.target.checked)} />
            <span>
              {t(`${NS}.select`)}
              <span className="visually-hidden">: {truncate(publicText, 80)}</span>
            </span>
          </label>
        )}
        <Sender seatId={item.seatId} seats={props.seats} curtainOpen={curtainOpen} ns={NS} />
      </div>

      {showPrivate && item.reported && (
        <p className="qb-reported">
          <span aria-hidden="true">↩ </span>
          {t(`${NS}.reportedBy`, { count: Math.max(1, item.reports.length) })}
          {item.reportReasons.length > 0 && (
            <span className="hint">
              {" "}
              {t("safeguarding.report.hostReasons", { reasons: [...new Set(item.reportReasons)].map((r) => t(`safeguarding.report.reasons.${r}`)).join(", ") })}
            </span>
          )}
        </p>
      )}

      <p className="qb-item-text">{publicText}</p>
      {showPrivate && item.flag && <FlagNote flag={item.flag} ns={NS} />}
      {item.status === "answered" && (
        <p className="qb-answered-mark">
          <span aria-hidden="true">✓ </span>
          {t(`${NS}.answered`)}
        </p>
      )}
      {showPrivate && mode === "shown" && item.text !== item.displayText && <p className="hint">{t(`${NS}.asSent`, { text: item.text })}</p>}
      {showPrivate && mode !== "shown" && item.displayText !== item.text && <p className="hint">{t(`${NS}.shownAs`, { text: item.displayText })}</p>}
      {showPrivate && item.note && <p className="qb-note">{t(`${NS}.note`, { note: item.note })}</p>}

      {showPrivate && item.merged.length > 0 && (
        <details className="qb-merged">
          <summary>{t(`${NS}.mergedWith`, { count: item.merged.length })}</summary>
          <ul>
            {item.merged.map((m) => (
              <li key={m.id}>
                <Sender seatId={m.seatId} seats={props.seats} curtainOpen={curtainOpen} ns={NS} /> {m.text}
              </li>
            ))}
          </ul>
        </details>
      )}

      {(item.meToo.length > 0 || item.screenMeToo) && (
        <p className="hint qb-metoo-line">
          {showPrivate && item.meToo.length > 0 && <span>{t(`${NS}.meTooCount`, { count: item.meToo.length })}. </span>}
          {item.screenMeToo && mode === "shown" && <span>{t(`${NS}.screenMeToo`, { amount: meTooText(t, NS, item.screenMeToo) })}</span>}
        </p>
      )}

      {editing?.kind === "rephrase" ? (
        <form
          className="stack qb-editor"
          onSubmit={async (e) => {
            e.preventDefault();
            const draft = editing.draft.trim();
            if (!draft || cleanLength(draft) > 280) return;
            const ok = await run({ type: "approve", id: item.id, ...(draft !== item.displayText ? { text: draft } : {}) });
            if (ok) setEditing(null);
          }}
        >
          <label htmlFor={editId}>{t(`${NS}.rephraseLabel`)}</label>
          <p id={`${editId}-hint`} className="hint">{t(`${NS}.removeNames`)}</p>
          <textarea
            id={editId}
            className="qb-textarea"
            rows={2}
            value={editing.draft}
            aria-describedby={`${editId}-hint`}
            onChange={(e) => setEditing({ ...editing, draft: e.target.value })}
            autoFocus
          />
          <div className="row">
            <button type="submit" className="button button-primary" disabled={!editing.draft.trim()}>
              {mode === "shown" ? t(`${NS}.saveText`) : t(`${NS}.approveRephrased`)}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t(`${NS}.cancel`)}
            </button>
          </div>
        </form>
      ) : editing?.kind === "later" ? (
        <form
          className="stack qb-editor"
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await run({ type: "talkLater", id: item.id, note: editing.draft.trim() });
            if (ok) setEditing(null);
          }}
        >
          <label htmlFor={editId}>{t(`${NS}.noteLabel`)}</label>
          <input id={editId} value={editing.draft} maxLength={280} onChange={(e) => setEditing({ ...editing, draft: e.target.value })} autoFocus />
          <div className="row">
            <button type="submit" className="button button-primary">
              {t(`${NS}.saveLater`)}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t(`${NS}.cancel`)}
            </button>
          </div>
        </form>
      ) : (
        <div className="row qb-actions">
          {mode === "shown" && (
            <>
              <button
                type="button"
                id={`qb-up-${item.id}`}
                className="button qb-move"
                disabled={props.index === 0}
                onClick={() => props.move(props.index, -1)}
              >
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">{t(`${NS}.moveUp`)}</span>
              </button>
              <button
                type="button"
                id={`qb-down-${item.id}`}
                className="button qb-move"
                disabled={props.index === props.total - 1}
                onClick={() => props.move(props.index, 1)}
              >
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">{t(`${NS}.moveDown`)}</span>
              </button>
              {item.status === "approved" && (
                <button type="button" className="button button-primary" onClick={() => void run({ type: "markAnswered", id: item.id })}>
                  <span aria-hidden="true">✓ </span>
                  {t(`${NS}.markAnswered`)}
                </button>
              )}
              <button type="button" className="button" onClick={() => setEditing({ id: item.id, kind: "rephrase", draft: item.displayText })}>
                {t(`${NS}.edit`)}
              </button>
              <button type="button" className="button" onClick={() => void run({ type: "hold", id: item.id })}>
                {t(`${NS}.hold`)}
              </button>
            </>
          )}
          {(mode === "queue" || mode === "later") && (
            <>
              <FlaggedApprove
                flag={item.flag}
                approveText={t(`${NS}.approve`)}
                rephraseText={t(`${NS}.rephrase`)}
                onApprove={(confirmFlag) => void run({ type: "approve", id: item.id, ...(confirmFlag ? { confirmFlag } : {}) })}
                onRephrase={() => setEditing({ id: item.id, kind: "rephrase", draft: item.displayText })}
              />
              <button type="button" className="button" onClick={() => setEditing({ id: item.id, kind: "later", draft: item.note ?? "" })}>
                {t(`${NS}.talkLater`)}
              </button>
            </>
          )}
          {(mode === "later" || mode === "discarded") && (
            <button type="button" className="button" onClick={() => void run({ type: "hold", id: item.id })}>
              {t(`${NS}.backToQueue`)}
            </button>
          )}
          {mode !== "discarded" && (
            <button type="button" className="button" onClick={() => void run({ type: "discard", id: item.id })}>
              {t(`${NS}.discard`)}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
