/**
 * Where a tablet keeps its seat token. localStorage, so the child comes back as
 * the same seat after a reload, sleep or closed tab, but only for as long as the
 * room lives: it is cleared when the room ends, the seat is removed, or the
 * server no longer knows the room. Nothing else about the child is stored.
 */
import type { AvatarId } from "../../../shared/room/types.js";

const KEY = "sammen.seat";

export interface StoredSeat {
  code: string;
  token: string;
  seatId: string;
  avatar: AvatarId;
}

export function loadSeat(): StoredSeat | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSeat>;
    return typeof parsed.token === "string" && typeof parsed.code === "string" && typeof parsed.seatId === "string"
      ? (parsed as StoredSeat)
      : null;
  } catch {
    return null;
  }
}

export function saveSeat(seat: StoredSeat): void {
  localStorage.setItem(KEY, JSON.stringify(seat));
}

/** Clears everything Sammen stored on this tablet. */
export function clearSeat(): void {
  localStorage.removeItem(KEY);
  sessionStorage.clear();
}
