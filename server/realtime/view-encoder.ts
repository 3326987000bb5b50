/**
 * Encode a view once: the fan-out (server/rooms/live-room.ts) already builds each view's JSON to
 * see whether it changed, so the Socket.IO encoder takes that text for the `room:view` packet
 * instead of walking the envelope for binary parts and stringifying it a second time. The bytes
 * on the wire are the standard Socket.IO event packet with the same JSON (no change for
 * clients); anything not registered here is encoded by the stock encoder.
 */
import { createRequire } from "node:module";
import type { Packet } from "socket.io-parser";
import type { RoomEnvelope } from "../../shared/protocol.js";

// The CommonJS build, the one Socket.IO itself loads: an ESM import would load a second copy
// (its debug build, under Node) just for this.
const { Decoder, Encoder, PacketType } = createRequire(import.meta.url)("socket.io-parser") as typeof import("socket.io-parser");

/** The JSON rides on the envelope under a symbol: JSON.stringify and Socket.IO's binary walk skip symbol keys. */
const ENCODED = Symbol("sammen.encodedView");
type Encoded = { [ENCODED]?: string };

/** `json` must be exactly JSON.stringify(envelope) up to key order (live-room.ts builds it so). */
export function preEncoded(envelope: RoomEnvelope, json: string): RoomEnvelope {
  (envelope as RoomEnvelope & Encoded)[ENCODED] = json;
  return envelope;
}

class ViewEncoder extends Encoder {
  override encode(packet: Packet): ReturnType<InstanceType<typeof Encoder>["encode"]> {
    const data: unknown = packet.data;
    if (packet.type === PacketType.EVENT && packet.id === undefined && (packet.nsp === "/" || packet.nsp === undefined) && Array.isArray(data) && data.length === 2 && data[0] === "room:view") {
      const json = typeof data[1] === "object" && data[1] !== null ? (data[1] as Encoded)[ENCODED] : undefined;
      // The string form of an event packet in the "/" namespace: type, then the JSON array.
      if (json !== undefined) return [`${PacketType.EVENT}["room:view",${json}]`];
    }
    return super.encode(packet);
  }
}

/** For `new Server(…, { parser })`: the stock decoder, and the encoder above. */
export const viewParser = { Encoder: ViewEncoder, Decoder };
