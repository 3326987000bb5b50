/** The facilitator's console: sign in, open or resume a room, run it. */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoomSummary } from "../../../shared/protocol.js";
import { api, ApiError } from "../sdk/api.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import { AuthGate, type Facilitator } from "./AuthGate.js";
import { Console } from "./Console.js";
import { FacilitatorAdmin } from "./FacilitatorAdmin.js";
import { GroupLeaders } from "./GroupLeaders.js";
import { SeriesHome } from "../series/SeriesHome.js";
import { AccountsConsole } from "./AccountsConsole.js";
import { LinkPassword, linkToken } from "./LinkPassword.js";
import { roomCodeOfPath, roomPagePath } from "../../../shared/routing.js";

export function HostApp() {
  const [link, setLink] = useState(linkToken);
  if (link) return <LinkPassword token={link} onDone={() => { history.replaceState(null, "", "/host"); setLink(null); }} />;
  return <AuthGate>{(me, signOut) => <Rooms me={me} signOut={signOut} />}</AuthGate>;
}

function Rooms({ me, signOut }: { me: Facilitator; signOut: () => void }) {
  const { t } = useTranslation();
  const [rooms, setRooms] = useState<RoomSummary[] | null>(null);
  // The room's console is /r/<code>/host (the server redirects the older /host?room=<code> there).
  const [current, setCurrent] = useState<string | null>(() => roomCodeOfPath(location.pathname) ?? new URLSearchParams(location.search).get("room"));
  const [error, setError] = useState<string | null>(null);
  /** Bumped when the series pages make a group, so the groups list loads again. */
  const [groupsSeen, setGroupsSeen] = useState(0);

  const refresh = useCallback(async () => {
    try {
      setRooms((await api<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).rooms);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const open = (code: string | null) => {
    setCurrent(code);
    history.replaceState(null, "", code ? roomPagePath(code, "host") : "/host");
  };

  const room = rooms?.find((r) => r.code === current);
  if (room) return <Console room={room} onLeave={() => { open(null); void refresh(); }} />;

  // An ad-hoc room: for children, or for the adults at a parent meeting (adult wording throughout).
  const openNew = async (body?: { audience: "voksne" }) => {
    try {
      const res = await api<{ room: RoomSummary }>("POST", "/api/rooms", body);
      await refresh();
      open(res.room.code);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
  };

  return (
    <main className="host-page narrow">
      <header className="row spread">
        <h1>{t("host.title")}</h1>
        <span className="row">
          <span className="hint">{t("host.signedInAs", { name: me.username })}</span>
          <button type="button" className="button" onClick={signOut}>{t("host.logout")}</button>
        </span>
      </header>
      <section aria-labelledby="rooms-title">
        <h2 id="rooms-title">{t("host.rooms")}</h2>
        {rooms && rooms.length === 0 && <p>{t("host.noRooms")}</p>}
        <ul className="room-list">
          {rooms?.map((r) => (
            <li key={r.code}>
              <span className="room-code-small">{r.code}</span>
              <button type="button" className="button" onClick={() => open(r.code)}>{t("host.openRoom")}</button>
            </li>
          ))}
        </ul>
        <div className="row">
          <button type="button" className="button button-primary" onClick={() => void openNew()}>
            {t("host.newRoom")}
          </button>
          <button type="button" className="button" onClick={() => void openNew({ audience: "voksne" })}>
            {t("voksne.console.newRoom")}
          </button>
        </div>
        <ErrorNote code={error} />
      </section>
      <GroupLeaders key={groupsSeen} me={me} onOpened={async (r) => { await refresh(); open(r.code); }} />
      <SeriesHome onGroupsChanged={() => setGroupsSeen((n) => n + 1)} />
      {me.admin && <AccountsConsole me={me} />}
      {me.admin && <FacilitatorAdmin />}
    </main>
  );
}
