/**
 * The group's memory on the console of a group's room (docs/series.md, "The group's memory"):
 * "Sist gang…" (the last meeting's entry: trim or rewrite it, save that back,
 * and show it on the projector) and "Gruppas minne" (today's draft: tick what
 * to keep, write the group's words and "Dette har vi lært", save). Every field
 * starts from the draft the server built (lamps, the leaders' celebrations, the
 * garden's list strengths, the plan's title and theme) or empty; nothing a
 * child typed is ever put in one.
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HostView, MemoryDraft } from "../../../shared/protocol.js";
import {
  isGardenStrength,
  MEMORY_MAX_LEARNED,
  MEMORY_MAX_THEMES,
  MEMORY_MAX_WORDS,
  MEMORY_TEXT_MAX,
  MEMORY_TITLE_MAX,
  recapFrom,
  themesCovered,
  type MemoryEntry,
  type MemoryRecord,
  type Recap,
} from "../../../shared/series/memory.js";
import type { RoomConnection } from "../sdk/connection.js";
import { api, ApiError } from "../sdk/api.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { ErrorNote } from "../ui/ErrorNote.js";

/** The lists of an entry or a recap (a recap's garden ids are plain strings on the wire). */
type Lists = Pick<MemoryEntry, "strengths" | "words" | "learned" | "themes"> & { garden: string[] };
const LIST_KEYS = ["strengths", "garden", "words", "learned", "themes"] as const;

const memoryRoute = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}/memory`;

/** The group's saved entries, reloaded after every change. */
function useMemory(groupId: string) {
  const [records, setRecords] = useState<MemoryRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setRecords((await api<{ entries: MemoryRecord[] }>("GET", memoryRoute(groupId))).entries);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
  }, [groupId]);
  useEffect(() => void reload(), [reload]);
  const save = async (key: string, version: number, entry: MemoryEntry): Promise<MemoryRecord | null> => {
    try {
      const saved = await api<MemoryRecord>("PUT", `${memoryRoute(groupId)}/${encodeURIComponent(key)}`, { version, entry });
      setError(null);
      await reload();
      return saved;
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
      return null;
    }
  };
  const forget = async (key: string) => {
    try {
      await api("DELETE", `${memoryRoute(groupId)}/${encodeURIComponent(key)}`);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
    await reload();
  };
  return { records, error, setError, save, forget };
}

export function GroupMemory({ view, conn }: { view: HostView; conn: RoomConnection<HostView> }) {
  const draft = view.memory;
  const groupId = view.agenda?.groupId;
  if (!draft || !groupId) return null;
  return <GroupMemoryPanels key={`${groupId}:${draft.key}`} groupId={groupId} draft={draft} view={view} conn={conn} />;
}

function GroupMemoryPanels({ groupId, draft, view, conn }: { groupId: string; draft: MemoryDraft; view: HostView; conn: RoomConnection<HostView> }) {
  const memory = useMemory(groupId);
  return (
    <>
      <RecapPanel draft={draft} memory={memory} view={view} conn={conn} />
      {memory.records && <TodayPanel draft={draft} memory={memory} existing={memory.records.find((r) => r.key === draft.key) ?? null} />}
    </>
  );
}

type Memory = ReturnType<typeof useMemory>;

// ---------------------------------------------------------------- "Sist gang…"

function RecapPanel({ draft, memory, view, conn }: { draft: MemoryDraft; memory: Memory; view: HostView; conn: RoomConnection<HostView> }) {
  const { t } = useTranslation();
  const { records } = memory;
  const source = records ? (records.filter((r) => r.key !== draft.key).sort((a, b) => b.savedAt - a.savedAt)[0] ?? null) : null;
  return (
    <section className="panel memory-panel" aria-labelledby="recap-title">
      <h2 id="recap-title">{t("memory.recapTitle")}</h2>
      {!records ? (
        <p className="hint">{t("memory.loading")}</p>
      ) : !source ? (
        <p className="hint">{t("memory.recapNone")}</p>
      ) : (
        <RecapEditor key={`${source.key}:${source.version}`} source={source} recap={recapFrom(records, draft.key)!} memory={memory} view={view} conn={conn} />
      )}
      {records && themesCovered(records).length > 0 && (
        <p className="hint">{t("memory.themesSoFar", { themes: themesCovered(records).join(" · ") })}</p>
      )}
      {!records && <ErrorNote code={memory.error} ns="memory.errors" />}
    </section>
  );
}

function RecapEditor(props: { source: MemoryRecord; recap: Recap; memory: Memory; view: HostView; conn: RoomConnection<HostView> }) {
  const { t } = useTranslation();
  const { source, recap, memory, view, conn } = props;
  const [title, setTitle] = useState(recap.title);
  const [lists, setLists] = useState<Lists>(() => pickLists(recap));
  const [shown, setShown] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const on = (list: string, i: number) => shown[`${list}:${i}`] !== false;
  const toggle = (list: string, i: number) => setShown((s) => ({ ...s, [`${list}:${i}`]: !on(list, i) }));
  const kept = (): Lists => {
    const out = {} as Lists;
    for (const k of LIST_KEYS) (out as Record<string, string[]>)[k] = (lists[k] as string[]).map((x) => x.trim()).filter((x, i) => on(k, i) && x !== "");
    return out;
  };
  const show = async () => {
    const ack = await conn.send("recap:show", { recap: { ...recap, title: title.trim() || recap.title, ...kept() } });
    setError(ack.ok ? null : ack.code);
  };
  const hide = async () => {
    const ack = await conn.send("recap:hide", {});
    setError(ack.ok ? null : ack.code);
  };
  const saveBack = () => {
    const lists = kept();
    void memory.save(source.key, source.version, { ...source.entry, title: title.trim() || source.entry.title, ...lists, garden: lists.garden.filter(isGardenStrength) });
  };

  return (
    <div className="stack">
      <p className="hint">{t("memory.recapIntro")}</p>
      <label htmlFor="recap-meeting-title">{t("memory.meetingTitle")}</label>
      <input id="recap-meeting-title" value={title} maxLength={MEMORY_TITLE_MAX} onChange={(e) => setTitle(e.target.value)} />
      <p>
        {t("memory.screen.lamps", { count: recap.lamps })} · {t("memory.screen.lampsSoFar", { count: recap.lampsSoFar })}
      </p>
      <CheckList legend={t("memory.strengths")} ids={lists.strengths} label={(id) => t(`groupStrengths.${id}`)} isOn={(i) => on("strengths", i)} toggle={(i) => toggle("strengths", i)} name="recap-strength" />
      <CheckList legend={t("memory.garden")} ids={lists.garden} label={(id) => t(`styrkehagen.strengths.${id}`)} isOn={(i) => on("garden", i)} toggle={(i) => toggle("garden", i)} name="recap-garden" />
      {(["words", "learned", "themes"] as const).map((k) => (
        <EditableChecks
          key={k}
          legend={t(k === "themes" ? "memory.themes" : `memory.${k}`)}
          name={`recap-${k}`}
          items={lists[k]}
          max={k === "themes" ? MEMORY_TITLE_MAX : MEMORY_TEXT_MAX}
          isOn={(i) => on(k, i)}
          toggle={(i) => toggle(k, i)}
          edit={(i, text) => setLists((l) => ({ ...l, [k]: l[k].map((x, j) => (j === i ? text : x)) }))}
        />
      ))}
      <div className="row">
        <button type="button" className="button button-primary" onClick={() => void show()}>{t("memory.recapShow")}</button>
        {view.recap && <button type="button" className="button" onClick={() => void hide()}>{t("memory.recapHide")}</button>}
      </div>
      {view.recap && <p className="calm-note" role="status">{t("memory.recapShown")}</p>}
      <div className="row">
        <button type="button" className="button" onClick={saveBack}>{t("memory.recapSave")}</button>
        <ConfirmButton className="button" label={t("memory.forget")} question={t("memory.forgetConfirm", { title: source.entry.title })} onConfirm={() => void memory.forget(source.key)} />
      </div>
      <ErrorNote code={error ?? memory.error} ns="memory.errors" />
    </div>
  );
}

function pickLists(e: Lists): Lists {
  return { strengths: [...e.strengths], garden: [...e.garden], words: [...e.words], learned: [...e.learned], themes: [...e.themes] };
}

function CheckList(props: { legend: string; name: string; ids: readonly string[]; label: (id: string) => string; isOn: (i: number) => boolean; toggle: (i: number) => void }) {
  if (props.ids.length === 0) return null;
  return (
    <fieldset className="strength-picks">
      <legend>{props.legend}</legend>
      {props.ids.map((id, i) => (
        <label key={id} className="check">
          <input type="checkbox" name={props.name} checked={props.isOn(i)} onChange={() => props.toggle(i)} />
          {props.label(id)}
        </label>
      ))}
    </fieldset>
  );
}

function EditableChecks(props: { legend: string; name: string; items: readonly string[]; max: number; isOn: (i: number) => boolean; toggle: (i: number) => void; edit: (i: number, text: string) => void }) {
  const { t } = useTranslation();
  if (props.items.length === 0) return null;
  return (
    <fieldset className="memory-lines">
      <legend>{props.legend}</legend>
      {props.items.map((text, i) => (
        <div key={i} className="row memory-line">
          <label className="check">
            <input type="checkbox" checked={props.isOn(i)} onChange={() => props.toggle(i)} />
            <span className="visually-hidden">{`${t("memory.include")}: ${text}`}</span>
          </label>
          <input aria-label={`${props.legend} ${i + 1}`} value={text} maxLength={props.max} onChange={(e) => props.edit(i, e.target.value)} />
        </div>
      ))}
    </fieldset>
  );
}

// ---------------------------------------------------------------- today's draft

function TodayPanel({ draft, memory, existing }: { draft: MemoryDraft; memory: Memory; existing: MemoryRecord | null }) {
  const { t } = useTranslation();
  const start = existing?.entry;
  const [title, setTitle] = useState(start?.title ?? draft.title);
  const [keepLamps, setKeepLamps] = useState(true);
  // Left out by the leader; everything the draft proposes is ticked until then.
  const [left, setLeft] = useState<Set<string>>(() => {
    if (!start) return new Set();
    const out = new Set<string>();
    for (const id of draft.strengths) if (!start.strengths.includes(id)) out.add(`strength:${id}`);
    for (const id of draft.keepsakes) if (!start.garden.includes(id as never)) out.add(`garden:${id}`);
    for (const w of draft.words) if (!start.words.includes(w)) out.add(`words:${w}`);
    return out;
  });
  const [ownWords, setOwnWords] = useState<string[]>(() => (start ? start.words.filter((w) => !draft.words.includes(w)) : []));
  const [learned, setLearned] = useState<string[]>(() => start?.learned ?? []);
  const [themes, setThemes] = useState<string[]>(() => start?.themes ?? (draft.theme ? [draft.theme] : []));
  const [status, setStatus] = useState<string | null>(null);
  const garden = draft.keepsakes.filter(isGardenStrength);
  const isOn = (key: string) => !left.has(key);
  const flip = (key: string) => setLeft((s) => (s.has(key) ? new Set([...s].filter((x) => x !== key)) : new Set([...s, key])));

  const entry = (): MemoryEntry => ({
    title: title.trim() || draft.title,
    lamps: keepLamps ? draft.lamps : 0,
    strengths: draft.strengths.filter((id) => isOn(`strength:${id}`)),
    garden: garden.filter((id) => isOn(`garden:${id}`)),
    words: [...new Set([...draft.words.filter((w) => isOn(`words:${w}`)), ...ownWords])].slice(0, MEMORY_MAX_WORDS),
    learned,
    themes,
  });
  const save = async () => {
    const saved = await memory.save(draft.key, existing?.version ?? 0, entry());
    setStatus(saved ? (existing ? "savedAgain" : "saved") : null);
  };

  return (
    <section className="panel memory-panel" aria-labelledby="memory-title">
      <h2 id="memory-title">{t("memory.title")}</h2>
      <div className="stack">
        <p className="hint">{t("memory.intro")}</p>
        <label htmlFor="memory-meeting-title">{t("memory.meetingTitle")}</label>
        <input id="memory-meeting-title" value={title} maxLength={MEMORY_TITLE_MAX} onChange={(e) => setTitle(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={keepLamps} onChange={() => setKeepLamps((k) => !k)} />
          {t("memory.lamps", { count: draft.lamps })}
        </label>
        {draft.strengths.length === 0 ? (
          <p className="hint">{t("memory.noStrengths")}</p>
        ) : (
          <CheckList legend={t("memory.strengths")} name="memory-strength" ids={draft.strengths} label={(id) => t(`groupStrengths.${id}`)} isOn={(i) => isOn(`strength:${draft.strengths[i]}`)} toggle={(i) => flip(`strength:${draft.strengths[i]}`)} />
        )}
        {garden.length > 0 && (
          <>
            <CheckList legend={t("memory.garden")} name="memory-garden" ids={garden} label={(id) => t(`styrkehagen.strengths.${id}`)} isOn={(i) => isOn(`garden:${garden[i]}`)} toggle={(i) => flip(`garden:${garden[i]}`)} />
            <p className="hint">{t("memory.gardenHint")}</p>
          </>
        )}
        <CheckList legend={t("memory.words")} name="memory-celebration-words" ids={draft.words} label={(w) => w} isOn={(i) => isOn(`words:${draft.words[i]}`)} toggle={(i) => flip(`words:${draft.words[i]}`)} />
        <TextList legend={t("memory.words")} hint={t("memory.wordsHint")} inputLabel={t("memory.newWords")} items={ownWords} setItems={setOwnWords} max={MEMORY_TEXT_MAX} limit={MEMORY_MAX_WORDS - draft.words.length} />
        <TextList legend={t("memory.learned")} hint={t("memory.learnedHint")} inputLabel={t("memory.newLearned")} items={learned} setItems={setLearned} max={MEMORY_TEXT_MAX} limit={MEMORY_MAX_LEARNED} />
        <TextList legend={t("memory.themes")} inputLabel={t("memory.newTheme")} items={themes} setItems={setThemes} max={MEMORY_TITLE_MAX} limit={MEMORY_MAX_THEMES} />
        <button type="button" className="button button-primary" onClick={() => void save()}>{t("memory.save")}</button>
        {status && <p className="calm-note" role="status">{t(`memory.${status}`)}</p>}
        <ErrorNote code={memory.error} ns="memory.errors" />
      </div>
    </section>
  );
}

/** A list of the leader's own lines: add one, remove one. */
function TextList(props: { legend: string; hint?: string; inputLabel: string; items: string[]; setItems: (f: (xs: string[]) => string[]) => void; max: number; limit: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const id = `memory-new-${props.inputLabel.replace(/\W+/g, "-").toLowerCase()}`;
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    props.setItems((xs) => (xs.includes(text) ? xs : [...xs, text]));
    setDraft("");
  };
  return (
    <fieldset className="memory-lines">
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      {props.items.length > 0 && (
        <ul className="memory-list">
          {props.items.map((text) => (
            <li key={text} className="row memory-line">
              <span>{text}</span>
              <button type="button" className="button button-small" aria-label={t("memory.removeLabel", { text })} onClick={() => props.setItems((xs) => xs.filter((x) => x !== text))}>
                {t("memory.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.items.length < props.limit && (
        <div className="row">
          <label htmlFor={id} className="visually-hidden">{props.inputLabel}</label>
          <input
            id={id}
            placeholder={props.inputLabel}
            value={draft}
            maxLength={props.max}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button" onClick={add} disabled={draft.trim() === ""}>
            {t("memory.add")}<span className="visually-hidden"> {props.inputLabel}</span>
          </button>
        </div>
      )}
    </fieldset>
  );
}
