/**
 * The group's memory as the REST routes use it (docs/series.md, "The group's memory"): only
 * a leader of the group (its owner or a co-leader) reads or changes it;
 * someone else's group answers NOT_FOUND, like the group itself. Validation of
 * the entry (strict schema: list ids and leader text only) happens before.
 */
import { MEMORY_MAX_ENTRIES, recapFrom, themesCovered, type MemoryEntry, type MemoryRecord, type Recap } from "../../shared/series/memory.js";
import { ApiFailure } from "../http/errors.js";
import type { MemoryStore } from "../store/memory-store.js";
import type { SeriesLibrary } from "./library.js";

export interface GroupMemoryView {
  entries: MemoryRecord[];
  /** Lamps lit over every remembered meeting. */
  lampsSoFar: number;
  /** Themes covered so far, in the order they were first covered. */
  themes: string[];
}

export class GroupMemory {
  constructor(
    private readonly library: SeriesLibrary,
    private readonly store: MemoryStore,
  ) {}

  async read(groupId: string, facilitatorId: number): Promise<GroupMemoryView> {
    await this.library.group(groupId, facilitatorId);
    const entries = await this.store.listMemory(groupId);
    return { entries, lampsSoFar: entries.reduce((n, e) => n + e.entry.lamps, 0), themes: themesCovered(entries) };
  }

  /** "Sist gang…" for the meeting `currentKey` (the latest other entry), or null. */
  async recap(groupId: string, facilitatorId: number, currentKey: string | null): Promise<Recap | null> {
    await this.library.group(groupId, facilitatorId);
    return recapFrom(await this.store.listMemory(groupId), currentKey);
  }

  async save(groupId: string, key: string, version: number, entry: MemoryEntry, facilitatorId: number): Promise<MemoryRecord> {
    await this.library.group(groupId, facilitatorId);
    const result = await this.store.saveMemory(groupId, key, version, entry, Date.now(), MEMORY_MAX_ENTRIES);
    if (result.ok) return result.record;
    if (result.reason === "FULL") throw new ApiFailure(409, "MEMORY_FULL", `A group remembers at most ${MEMORY_MAX_ENTRIES} meetings: remove an old one first.`);
    if (result.reason === "NOT_FOUND") throw new ApiFailure(404, "NOT_FOUND", version === 0 ? "No such group." : "This meeting is not in the group's memory (any more).");
    throw new ApiFailure(409, "VERSION_CONFLICT", `Someone else saved this meeting's memory (now version ${result.current}). Reload it and make your change again.`);
  }

  async remove(groupId: string, key: string, facilitatorId: number): Promise<void> {
    await this.library.group(groupId, facilitatorId);
    if (!(await this.store.deleteMemory(groupId, key))) throw new ApiFailure(404, "NOT_FOUND", "This meeting is not in the group's memory.");
  }
}
