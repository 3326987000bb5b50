/**
 * Intents that must reach the server even when the tablet is offline when the
 * child presses (today: "Jeg vil snakke med en voksen"). An intent is kept
 * here with its commandId and sent when the socket is connected: at once if
 * it is, otherwise on the next (re)connect, with the same commandId, so the
 * server applies it once however often it is retried. Nothing is stored on the
 * device; a queued intent lives as long as this page.
 */
import { nanoid } from "nanoid";
import type { Ack, ClientEventName, ClientPayload, RoleView } from "../../../shared/protocol.js";
import type { RoomConnection } from "./connection.js";

type Payload<E extends ClientEventName> = Omit<ClientPayload<E>, "commandId">;

interface Entry {
  send: () => Promise<Ack>;
  inFlight: boolean;
  resolve: (ack: Ack) => void;
}

export class Outbox<V extends RoleView = RoleView> {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly onConnect = () => this.flush();

  constructor(private readonly conn: RoomConnection<V>) {
    conn.socket.on("connect", this.onConnect);
  }

  /** Queue an intent; `done` settles with the server's answer (never with a timeout: it waits for the network). */
  add<E extends ClientEventName>(event: E, payload: Payload<E>): { commandId: string; done: Promise<Ack> } {
    const commandId = nanoid(16);
    const done = new Promise<Ack>((resolve) => {
      this.entries.set(commandId, { send: () => this.conn.send(event, payload, commandId), inFlight: false, resolve });
    });
    this.changed();
    this.flush();
    return { commandId, done };
  }

  /** Drop a queued intent that has not gone out yet. False when it is already on its way (or done). */
  cancel(commandId: string): boolean {
    const entry = this.entries.get(commandId);
    if (!entry || entry.inFlight) return false;
    this.entries.delete(commandId);
    entry.resolve({ ok: false, code: "STALE", message: "Cancelled before it was sent." });
    this.changed();
    return true;
  }

  has(commandId: string): boolean {
    return this.entries.has(commandId);
  }

  get size(): number {
    return this.entries.size;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.conn.socket.off("connect", this.onConnect);
    this.entries.clear();
  }

  private flush(): void {
    if (!this.conn.socket.connected) return;
    for (const [commandId, entry] of this.entries) {
      if (entry.inFlight) continue;
      entry.inFlight = true;
      void entry.send().then((ack) => {
        entry.inFlight = false;
        // No answer in time: keep it for the next connect (same commandId, applied once).
        if (!ack.ok && ack.code === "TIMEOUT") return this.flush();
        this.entries.delete(commandId);
        entry.resolve(ack);
        this.changed();
      });
    }
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
