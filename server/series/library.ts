/**
 * The series service: what the REST routes call. It puts the built-in plans
 * and content (in code, read-only) in front of the store's records, checks who
 * may see and change a group, and turns store results into the API's error
 * codes. Validation happens before any of this is called.
 */
import { BUILTIN_SERIES_IDS, builtinSeries } from "../../shared/series/builtin-series.js";
import type { ContentItem, ContentRecord } from "../../shared/series/content.js";
import { nextMeeting, type Group, type GroupRecord } from "../../shared/series/group.js";
import type { Plan, PlanMeeting, PlanRecord } from "../../shared/series/plan.js";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from "../../shared/series/transfer.js";
import { ApiFailure } from "../http/errors.js";
import type { SeriesStore, UpdateResult } from "../store/series-store.js";
import { BUILTIN_CONTENT } from "./builtin-content.js";

const BUILTIN_PLANS: readonly PlanRecord[] = (["nb", "nn"] as const).map((lang) => ({
  id: BUILTIN_SERIES_IDS[lang],
  version: 1,
  builtin: true,
  plan: builtinSeries(lang),
  updatedAt: 0,
}));

const notFound = (what: string) => new ApiFailure(404, "NOT_FOUND", `No such ${what}.`);
const readOnly = () => new ApiFailure(409, "BUILTIN_READONLY", "Built-in content cannot be changed or deleted: make a copy and edit that.");

function unwrap<R>(result: UpdateResult<R>, what: string): R {
  if (result.ok) return result.record;
  if (result.reason === "NOT_FOUND") throw notFound(what);
  throw new ApiFailure(409, "VERSION_CONFLICT", `Someone else changed this ${what} (now version ${result.current}). Reload it and make your change again.`);
}

export function canLead(record: GroupRecord, facilitatorId: number): boolean {
  return record.ownerId === facilitatorId || record.group.coLeaders.includes(facilitatorId);
}

export interface LibraryHooks {
  /** Is this an existing facilitator account (a co-leader must be one)? */
  facilitatorExists?: (id: number) => Promise<boolean>;
  /** The owner took these co-leaders off the group: their consoles in its live rooms must close. */
  onCoLeadersRemoved?: (groupId: string, facilitatorIds: number[]) => void;
}

const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x) => b.includes(x));

export class SeriesLibrary {
  /** Per group, the "meeting held" write still in flight (settled, never rejected). */
  private readonly heldWrites = new Map<string, Promise<void>>();

  constructor(
    private readonly store: SeriesStore,
    private readonly hooks: LibraryHooks = {},
  ) {}

  /** Co-leaders are other existing accounts, each named once (rule S7). */
  private async checkCoLeaders(group: Group, ownerId: number): Promise<void> {
    const ids = group.coLeaders;
    if (new Set(ids).size !== ids.length) throw new ApiFailure(400, "INVALID", "A co-leader is named twice.");
    if (ids.includes(ownerId)) throw new ApiFailure(400, "INVALID", "The group's owner is its leader already, not a co-leader.");
    const exists = this.hooks.facilitatorExists;
    if (exists) for (const id of ids) if (!(await exists(id))) throw new ApiFailure(400, "INVALID", "A co-leader must be an existing facilitator account.");
  }

  // ---------- plans ----------

  async listPlans(): Promise<PlanRecord[]> {
    return [...BUILTIN_PLANS, ...(await this.store.listPlans())];
  }
  async plan(id: string): Promise<PlanRecord> {
    const record = BUILTIN_PLANS.find((p) => p.id === id) ?? (await this.store.getPlan(id));
    if (!record) throw notFound("plan");
    return record;
  }
  createPlan(plan: Plan, by: number): Promise<PlanRecord> {
    return this.store.createPlan(plan, by, Date.now());
  }
  async copyPlan(id: string, by: number): Promise<PlanRecord> {
    const source = await this.plan(id);
    const title = source.builtin ? source.plan.title : `${source.plan.title} (kopi)`.slice(0, 120);
    return this.store.createPlan({ ...source.plan, title }, by, Date.now());
  }
  async updatePlan(id: string, version: number, plan: Plan): Promise<PlanRecord> {
    if (BUILTIN_PLANS.some((p) => p.id === id)) throw readOnly();
    return unwrap(await this.store.updatePlan(id, version, plan, Date.now()), "plan");
  }
  async deletePlan(id: string): Promise<void> {
    if (BUILTIN_PLANS.some((p) => p.id === id)) throw readOnly();
    const users = (await this.store.listGroups()).filter((g) => g.group.planId === id);
    if (users.length > 0) throw new ApiFailure(409, "PLAN_IN_USE", "A group follows this plan: give the group another plan first.");
    if (!(await this.store.deletePlan(id))) throw notFound("plan");
  }

  // ---------- groups ----------

  async listGroups(facilitatorId: number): Promise<GroupRecord[]> {
    return (await this.store.listGroups()).filter((g) => canLead(g, facilitatorId));
  }
  async group(id: string, facilitatorId: number): Promise<GroupRecord> {
    // A meeting that just ended may still be on its way to the store: read the group after it,
    // so the next room of the group opens with the next meeting, not the one just held.
    await this.heldWrites.get(id);
    const record = await this.store.getGroup(id);
    // Someone else's group answers as missing: its name is not theirs to learn.
    if (!record || !canLead(record, facilitatorId)) throw notFound("group");
    return record;
  }
  async createGroup(group: Group, ownerId: number): Promise<GroupRecord> {
    if (group.planId !== null) await this.plan(group.planId).catch(() => Promise.reject(new ApiFailure(400, "INVALID", "No such plan.")));
    await this.checkCoLeaders(group, ownerId);
    return this.store.createGroup(group, ownerId, Date.now());
  }
  async updateGroup(id: string, version: number, group: Group, facilitatorId: number): Promise<GroupRecord> {
    const before = await this.group(id, facilitatorId);
    if (group.planId !== null) await this.plan(group.planId).catch(() => Promise.reject(new ApiFailure(400, "INVALID", "No such plan.")));
    // A stale edit is a version conflict first: its co-leader list is simply the old one.
    if (before.version !== version) unwrap<GroupRecord>({ ok: false, reason: "VERSION_CONFLICT", current: before.version }, "group");
    const coLeadersChanged = !sameSet(before.group.coLeaders, group.coLeaders);
    if (coLeadersChanged && before.ownerId !== facilitatorId) {
      throw new ApiFailure(403, "FORBIDDEN", "Only the leader who made the group adds or removes co-leaders.");
    }
    if (coLeadersChanged) await this.checkCoLeaders(group, before.ownerId);
    const saved = unwrap(await this.store.updateGroup(id, version, group, Date.now()), "group");
    const removed = before.group.coLeaders.filter((c) => !saved.group.coLeaders.includes(c));
    if (removed.length > 0) this.hooks.onCoLeadersRemoved?.(id, removed);
    return saved;
  }
  async deleteGroup(id: string, facilitatorId: number): Promise<void> {
    const record = await this.group(id, facilitatorId);
    if (record.ownerId !== facilitatorId) throw new ApiFailure(403, "FORBIDDEN", "Only the leader who made the group can delete it.");
    await this.store.deleteGroup(id);
  }
  /**
   * An account was removed: no group names it as a co-leader any more, and the admin who
   * inherited its groups is their owner, not also a co-leader of them.
   */
  async forgetLeader(removedId: number, heir: number): Promise<void> {
    for (const record of await this.store.listGroups()) {
      const drop = record.ownerId === heir ? [removedId, heir] : [removedId];
      if (!record.group.coLeaders.some((c) => drop.includes(c))) continue;
      const group = { ...record.group, coLeaders: record.group.coLeaders.filter((c) => !drop.includes(c)) };
      await this.store.updateGroup(record.id, record.version, group, Date.now());
    }
  }
  /** The meeting a room for this group opens with: the one asked for, or the next not held. */
  async meetingFor(record: GroupRecord, meetingId: string | undefined): Promise<{ plan: PlanRecord; meeting: PlanMeeting } | null> {
    if (record.group.planId === null) return null;
    const plan = await this.plan(record.group.planId).catch(() => undefined);
    if (!plan) return null;
    const meeting = meetingId ? plan.plan.meetings.find((m) => m.id === meetingId) : nextMeeting(plan.plan, record.held);
    if (meetingId && !meeting) throw new ApiFailure(404, "NOT_FOUND", "The group's plan has no such meeting.");
    return meeting ? { plan, meeting } : null;
  }
  markHeld(groupId: string, meetingId: string): Promise<void> {
    const previous = this.heldWrites.get(groupId) ?? Promise.resolve();
    const write = previous.then(() => this.store.markMeetingHeld(groupId, meetingId, Date.now()));
    // Kept until written (or failed: the caller logs it), so `group()` can wait for it.
    const settled = write.then(() => undefined, () => undefined);
    this.heldWrites.set(groupId, settled);
    void settled.then(() => {
      if (this.heldWrites.get(groupId) === settled) this.heldWrites.delete(groupId);
    });
    return write;
  }

  // ---------- content ----------

  async listContent(): Promise<ContentRecord[]> {
    return [...BUILTIN_CONTENT, ...(await this.store.listContent())];
  }
  async content(id: string): Promise<ContentRecord> {
    const record = BUILTIN_CONTENT.find((c) => c.id === id) ?? (await this.store.getContent(id));
    if (!record) throw notFound("content item");
    return record;
  }
  createContent(item: ContentItem, by: number): Promise<ContentRecord> {
    return this.store.createContent(item, by, Date.now());
  }
  async copyContent(id: string, by: number): Promise<ContentRecord> {
    const source = await this.content(id);
    return this.store.createContent({ ...source.item, title: `${source.item.title} (kopi)`.slice(0, 120) }, by, Date.now());
  }
  async updateContent(id: string, version: number, item: ContentItem): Promise<ContentRecord> {
    if (BUILTIN_CONTENT.some((c) => c.id === id)) throw readOnly();
    return unwrap(await this.store.updateContent(id, version, item, Date.now()), "content item");
  }
  async deleteContent(id: string): Promise<void> {
    if (BUILTIN_CONTENT.some((c) => c.id === id)) throw readOnly();
    if (!(await this.store.deleteContent(id))) throw notFound("content item");
  }

  // ---------- import / export ----------

  async exportFile(sel: { plans?: string[]; content?: string[] }): Promise<ExportFile> {
    const plans = await Promise.all((sel.plans ?? []).map((id) => this.plan(id)));
    const content = await Promise.all((sel.content ?? []).map((id) => this.content(id)));
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now(), plans: plans.map((p) => p.plan), content: content.map((c) => c.item) };
  }
  async exportAll(): Promise<ExportFile> {
    const plans = await this.store.listPlans();
    const content = await this.store.listContent();
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now(), plans: plans.map((p) => p.plan), content: content.map((c) => c.item) };
  }
  importFile(file: ExportFile, by: number): Promise<{ plans: string[]; content: string[] }> {
    return this.store.importBundle({ plans: file.plans, content: file.content }, by, Date.now());
  }
}
