/**
 * The leader's groups on the rooms page: open the group's next meeting, and,
 * for the group's owner, name or take off its co-leaders (other facilitator
 * accounts). A co-leader sees the group and its live room from their own
 * account; only the owner changes who leads it (docs/series.md, rule S7).
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoomSummary } from "../../../shared/protocol.js";
import type { GroupRecord } from "../../../shared/series/group.js";
import { api, ApiError } from "../sdk/api.js";
import { MemorySummary } from "../series/MemorySummary.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import type { Facilitator } from "./AuthGate.js";
import { GroupResults } from "../series/GroupResults.js";

type GroupOut = GroupRecord & { next: { id: string; title: string } | null };
interface Account {
  id: number;
  username: string;
}

export function GroupLeaders({ me, onOpened }: { me: Facilitator; onOpened: (room: RoomSummary) => void }) {
  const { t } = useTranslation();
  const [groups, setGroups] = useState<GroupOut[] | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const [g, f] = await Promise.all([
        api<{ groups: GroupOut[] }>("GET", "/api/groups"),
        api<{ facilitators: Account[] }>("GET", "/api/facilitators"),
      ]);
      setGroups(g.groups);
      setAccounts(f.facilitators);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  if (!groups || groups.length === 0) return null;
  const nameOf = (id: number) => accounts.find((a) => a.id === id)?.username ?? `#${id}`;

  const setCoLeader = async (group: GroupOut, id: number, on: boolean) => {
    const coLeaders = on ? [...group.group.coLeaders, id] : group.group.coLeaders.filter((c) => c !== id);
    // Shown at once; the server's answer (refresh below) is what stays.
    setGroups((list) => list?.map((g) => (g.id === group.id ? { ...g, group: { ...g.group, coLeaders } } : g)) ?? null);
    setBusy(true);
    try {
      await api("PUT", `/api/groups/${group.id}`, { version: group.version, group: { ...group.group, coLeaders } });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
    await refresh();
    setBusy(false);
  };

  return (
    <section aria-labelledby="groups-title" className="group-leaders">
      <h2 id="groups-title">{t("host.leaders.groups")}</h2>
      <ul className="room-list">
        {groups.map((g) => {
          const owner = g.ownerId === me.id;
          const others = accounts.filter((a) => a.id !== g.ownerId);
          return (
            <li key={g.id} className="group-card">
              <span className="stack">
                <strong>{g.group.name}</strong>
                <span className="hint">{owner ? t("host.leaders.youOwn") : t("host.leaders.ownedBy", { name: nameOf(g.ownerId) })}</span>
              </span>
              <button
                type="button"
                className="button"
                onClick={async () => {
                  try {
                    const res = await api<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: g.id });
                    onOpened(res.room);
                  } catch (e) {
                    setError(e instanceof ApiError ? e.code : "NETWORK");
                  }
                }}
              >
                {g.next ? t("host.leaders.openMeeting", { title: g.next.title }) : t("host.leaders.openRoom")}
              </button>
              {owner ? (
                others.length > 0 && (
                  <fieldset className="co-leaders">
                    <legend>{t("host.leaders.coLeadersOf", { name: g.group.name })}</legend>
                    {others.map((a) => (
                      <label key={a.id} className="check-row">
                        <input
                          type="checkbox"
                          disabled={busy}
                          checked={g.group.coLeaders.includes(a.id)}
                          onChange={(e) => void setCoLeader(g, a.id, e.currentTarget.checked)}
                        />
                        <span>{a.username}</span>
                      </label>
                    ))}
                  </fieldset>
                )
              ) : (
                <span className="hint">{t("host.leaders.coLeaders", { names: g.group.coLeaders.map(nameOf).join(", ") })}</span>
              )}
              <GroupResults group={g} onChanged={refresh} />
              <MemorySummary groupId={g.id} groupName={g.group.name} />
            </li>
          );
        })}
      </ul>
      <ErrorNote code={error} />
    </section>
  );
}
