/**
 * One payload per client event that its schema accepts (minus the commandId), so a refusal in a
 * test can only come from what the test varies (the role, a field). Typed per event: a new event
 * fails to compile until it is added here.
 */
import type { ClientEventName, ClientPayload } from "../../shared/protocol.js";

export interface PayloadContext {
  /** A seat that exists in the room (not the sender's own when the sender is a seat). */
  seatId: string;
  /** The id of the running check-in. */
  activityId: string;
}

export type ValidPayloads = { [E in ClientEventName]: (ctx: PayloadContext) => Omit<ClientPayload<E>, "commandId"> };

export const VALID_PAYLOADS: ValidPayloads = {
  "room:sync": () => ({ lastVersion: 1 }),
  "room:lock": () => ({ locked: true }),
  "room:joinScreen": () => ({ shown: true }),
  "room:configure": () => ({ k: 4 }),
  "room:end": () => ({}),
  "seat:kick": (ctx) => ({ seatId: ctx.seatId }),
  "activity:start": () => ({ kind: "checkin", config: { moment: "checkout" } }),
  "activity:stop": (ctx) => ({ activityId: ctx.activityId }),
  "activity:act": (ctx) => ({ activityId: ctx.activityId, action: { type: "pass" } }),
  "help:request": () => ({}),
  "help:resolve": (ctx) => ({ seatId: ctx.seatId }),
  "help:withdraw": () => ({}),
  "hand:raise": () => ({}),
  "hand:lower": () => ({}),
  "hand:dismiss": (ctx) => ({ seatId: ctx.seatId }),
  "hand:clear": () => ({}),
  "safeguarding:seen": () => ({ key: "a1:more-x-1" }),
  "calm:start": () => ({ pattern: "4-5", cycles: 3 }),
  "calm:stop": () => ({}),
  "goal:configure": () => ({ target: 6 }),
  "goal:light": () => ({}),
  "goal:celebrate": () => ({ strengths: ["cooperated"], words: "Dere hjalp hverandre" }),
  "goal:dismiss": () => ({}),
  "recap:show": () => ({ recap: { title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] } }),
  "recap:hide": () => ({}),
  "agenda:goto": () => ({ index: 0, from: -1 }),
  "agenda:insert": () => ({ from: -1, step: { kind: "calm", title: "Pause", config: { cycles: 3 } } }),
};
