/**
 * Who may lead a live room: the facilitator who opened it, and, for a room
 * opened for a group's meeting, everyone who leads that group (its owner and
 * its co-leaders, docs/series.md rule S7). Asked when a host lists rooms and on
 * every host handshake, so a co-leader the owner removed cannot come back in.
 */
import type { GroupRecord } from "../../shared/series/group.js";
import type { RoomHandle, RoomRegistry } from "../rooms/registry.js";
import type { LiveRoom } from "../rooms/live-room.js";
import { canLead } from "./library.js";

export interface RoomLeaders {
  /** True when this facilitator may open the room's console and act in it. */
  mayLead(facilitatorId: number, room: LiveRoom): Promise<boolean>;
  /** This process's rooms the facilitator opened or co-leads, oldest first. */
  roomsLedBy(facilitatorId: number): Promise<RoomHandle[]>;
}

export function roomLeaders(registry: RoomRegistry, getGroup: (id: string) => Promise<GroupRecord | undefined>): RoomLeaders {
  const mayLead = async (facilitatorId: number, room: LiveRoom): Promise<boolean> => {
    if (room.ownerId === facilitatorId) return true;
    const groupId = room.agenda?.groupId;
    if (!groupId) return false;
    const group = await getGroup(groupId);
    return group !== undefined && canLead(group, facilitatorId);
  };
  return {
    mayLead,
    async roomsLedBy(facilitatorId) {
      const all = registry.all();
      const led = await Promise.all(all.map((h) => mayLead(facilitatorId, h.room)));
      return all.filter((_, i) => led[i]);
    },
  };
}
