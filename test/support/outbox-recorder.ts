/**
 * A RoomOutbox that records what the fan-out sends and rebuilds each target's view from it the
 * way a client does (a whole view, then patches applied with shared/room/view-patch.ts). A patch
 * that does not fit the target's last view fails the test at once: the server must only send a
 * target patches against what it sent that target. Boundary: it stands in for Socket.IO in unit
 * tests of server/rooms/live-room.ts; the real wire is covered by the integration tests.
 */
import type { RoomOutbox } from "../../server/rooms/live-room.js";
import type { RoleView, RoomEnvelope, ViewUpdate } from "../../shared/protocol.js";
import { applyPatch } from "../../shared/room/view-patch.js";

export interface Sent {
  /** "host", "screen" or the seat id. */
  to: string;
  update: ViewUpdate;
  json: string | undefined;
  /** The target's whole view after this update, as a client holds it. */
  env: RoomEnvelope;
}

export function recordingOutbox(onSend?: (sent: Sent) => void): { outbox: RoomOutbox; sent: Sent[]; current: Map<string, RoomEnvelope> } {
  const sent: Sent[] = [];
  const current = new Map<string, RoomEnvelope>();
  const record = (to: string, update: ViewUpdate, json: string | undefined) => {
    let env: RoomEnvelope;
    if ("ops" in update) {
      const last = current.get(to);
      if (!last || last.version !== update.from) throw new Error(`${to}: a patch from version ${update.from}, but the target holds ${last?.version ?? "nothing"}`);
      const view = applyPatch<RoleView>(last.view, update.ops);
      if (!view) throw new Error(`${to}: a patch that does not fit the target's view`);
      env = { version: update.version, serverTime: update.serverTime, view: { ...view, version: update.version } };
    } else env = update;
    current.set(to, env);
    const entry = { to, update, json, env };
    sent.push(entry);
    onSend?.(entry);
  };
  const outbox: RoomOutbox = {
    toHosts: (_r, update, json) => record("host", update, json),
    toScreens: (_r, update, json) => record("screen", update, json),
    toSeat: (_r, seatId, update, json) => record(seatId, update, json),
    closeSeat: () => {},
    closeAll: () => {},
    moveAll: () => {},
  };
  return { outbox, sent, current };
}
