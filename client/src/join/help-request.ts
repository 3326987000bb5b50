/**
 * The tablet's side of "Jeg vil snakke med en voksen". Pressing always shows
 * something at once: while offline (or while the server has not answered
 * yet) the request waits in the outbox and the child is told it will be sent
 * when the network is back and that they can go to an adult now; it is sent
 * once on reconnect with the same commandId. "Det går bra nå" takes the request
 * back: a queued one is simply not sent, a sent one tells the leader it was
 * withdrawn (docs/safeguarding.md).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { SeatView } from "../../../shared/protocol.js";
import type { RoomConnection } from "../sdk/connection.js";
import { Outbox } from "../sdk/outbox.js";

export type HelpState = "idle" | "queued" | "pending" | "withdrawn";

export interface HelpRequest {
  state: HelpState;
  error: string | null;
  press(): void;
  withdraw(): void;
}

/** A request still unanswered after this long is shown as waiting for the network, even if the socket looks connected. */
const SLOW_MS = 1500;

export function useHelpRequest(conn: RoomConnection<SeatView> | null, helpPending: boolean, connected: boolean): HelpRequest {
  const outbox = useMemo(() => (conn ? new Outbox(conn) : null), [conn]);
  useEffect(() => () => outbox?.dispose(), [outbox]);
  const [request, setRequest] = useState<string | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);
  const queuedNow = useSyncExternalStore(
    (l) => outbox?.subscribe(l) ?? (() => {}),
    () => (request !== null && outbox?.has(request)) ?? false,
  );

  useEffect(() => {
    if (!queuedNow) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [queuedNow, request]);

  const waiting = queuedNow && (!connected || slow);
  const state: HelpState = helpPending ? "pending" : waiting ? "queued" : withdrawn ? "withdrawn" : "idle";

  return {
    state,
    error,
    press() {
      if (!outbox || queuedNow) return;
      setWithdrawn(false);
      setError(null);
      const { commandId, done } = outbox.add("help:request", {});
      setRequest(commandId);
      void done.then((ack) => {
        if (!ack.ok && ack.code !== "STALE") setError(ack.code);
      });
    },
    withdraw() {
      if (!outbox) return;
      setWithdrawn(true);
      if (request !== null && outbox.cancel(request)) return;
      outbox.add("help:withdraw", {});
    },
  };
}
