/** React binding for a RoomConnection: the latest snapshot via useSyncExternalStore (no tearing). */
import { useEffect, useState, useSyncExternalStore } from "react";
import type { RoleView } from "../../../shared/protocol.js";
import { RoomConnection, type ConnectionSnapshot } from "./connection.js";

export function useConnection<V extends RoleView>(token: string | null): { conn: RoomConnection<V> | null; snap: ConnectionSnapshot<V> | null } {
  const [conn, setConn] = useState<RoomConnection<V> | null>(null);
  useEffect(() => {
    if (!token) return;
    const c = new RoomConnection<V>({ token });
    setConn(c);
    return () => c.close();
  }, [token]);
  const snap = useSyncExternalStore(
    conn ? conn.subscribe : noopSubscribe,
    conn ? conn.getSnapshot : nullSnapshot,
  ) as ConnectionSnapshot<V> | null;
  return { conn, snap };
}

const noopSubscribe = () => () => {};
const nullSnapshot = () => null;
