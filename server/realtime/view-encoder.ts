/**
 * Encode a view once: the fan-out (server/rooms/live-room.ts) already builds each view's JSON to
 * see whether it changed, so the Socket.IO encoder takes that text for the `room:view` packet
 * (and `room:patch`) instead of walking the update for binary parts and stringifying it a second time. The bytes
 * on the wire are the standard Socket.IO event packet with the same JSON (no change for
 * clients); acknowledgements skip the stock encoder's binary walk (they are JSON); anything else is
 * encoded by the stock encoder.
 */
import { createRequire } from "node:module";
import type { Packet } from "socket.io-parser";
import type { RoomEnvelope, ViewPatch, ViewUpdate } from "../../shared/protocol.js";

// The CommonJS build, the one Socket.IO itself loads: an ESM import would load a second copy
// (its debug build, under Node) just for this.
const { Decoder, Encoder, PacketType } = createRequire(import.meta.url)("socket.io-parser") as typeof import("socket.io-parser");

/** The JSON rides on the envelope under a symbol: JSON.stringify and Socket.IO's binary walk skip symbol keys. */
const ENCODED = Symbol("sammen.encodedView");
type Encoded = { [ENCODED]?: string };

/** `json` must be exactly JSON.stringify(update) up to key order (live-room.ts builds it so). */
export function preEncoded<U extends ViewUpdate>(update: U, json: string): U {
  (update as U & Encoded)[ENCODED] = json;
  return update;
}

/** What a broadcast operator or a socket offers for the two view events. */
interface ViewEmitter {
  emit(event: "room:view", envelope: RoomEnvelope): unknown;
  emit(event: "room:patch", patch: ViewPatch): unknown;
}

/** Emit a fan-out update as its event: a whole view is `room:view`, a patch `room:patch`. */
export function emitUpdate(to: ViewEmitter, update: ViewUpdate, json?: string): void {
  const out = json === undefined ? update : preEncoded(update, json);
  if ("ops" in out) to.emit("room:patch", out);
  else to.emit("room:view", out);
}

const VIEW_EVENTS = new Set(["room:view", "room:patch"]);

class ViewEncoder extends Encoder {
  override encode(packet: Packet): ReturnType<InstanceType<typeof Encoder>["encode"]> {
    const data: unknown = packet.data;
    // An acknowledgement in "/": every one this server sends is the gateway's JSON Ack (a
    // tablet's may carry its view update, also JSON), so there is no binary part to look for:
    // the stock string form, without the walk through every value (one per answer in a burst).
    if (packet.type === PacketType.ACK && (packet.nsp === "/" || packet.nsp === undefined) && packet.id !== undefined && Array.isArray(data) && isAckData(data)) {
      return [`${PacketType.ACK}${packet.id}${JSON.stringify(data)}`];
    }
    if (packet.type === PacketType.EVENT && packet.id === undefined && (packet.nsp === "/" || packet.nsp === undefined) && Array.isArray(data) && data.length === 2 && VIEW_EVENTS.has(data[0] as string)) {
      const json = typeof data[1] === "object" && data[1] !== null ? (data[1] as Encoded)[ENCODED] : undefined;
      // The string form of an event packet in the "/" namespace: type, then the JSON array.
      if (json !== undefined) return [`${PacketType.EVENT}[${JSON.stringify(data[0])},${json}]`];
    }
    return super.encode(packet);
  }
}

/** One Ack object: `ok` is the envelope's mark (docs/protocol.md); anything else takes the stock path. */
const isAckData = (data: unknown[]): boolean =>
  data.length === 1 && typeof data[0] === "object" && data[0] !== null && typeof (data[0] as { ok?: unknown }).ok === "boolean";

/** For `new Server(…, { parser })`: the stock decoder, and the encoder above. */
export const viewParser = { Encoder: ViewEncoder, Decoder };
