/**
 * Groups, plans, the content library, and import/export over REST. Every
 * route needs a signed-in facilitator. Bodies pass the JSON guard and the
 * shared zod schemas first (shared/series/transfer.ts): a bad body gets
 * INVALID with every problem's path, and nothing is written.
 */
import express, { Router, type Request } from "express";
import { z } from "zod";
import { contentItemSchema, CONTENT_TYPES } from "../../shared/series/content.js";
import { groupSchema, nextMeeting, type GroupRecord } from "../../shared/series/group.js";
import { planSchema, summarisePlan } from "../../shared/series/plan.js";
import { keptReport } from "../../shared/series/results.js";
import { exportFileSchema, MAX_IMPORT_BYTES, parseUntrusted } from "../../shared/series/transfer.js";
import { summariseContent } from "../../shared/series/content.js";
import type { SeriesLibrary } from "../series/library.js";
import { GroupMemory } from "../series/group-memory.js";
import { memoryEntrySchema, memoryKeySchema } from "../../shared/series/memory.js";
import type { Store } from "../store/db.js";
import { requireFacilitator } from "./auth-routes.js";
import { ApiFailure } from "./errors.js";

/** Series bodies are larger than the API's default 16 kB (a whole plan, an import file). */
export const seriesJson = express.json({ limit: MAX_IMPORT_BYTES });
export const SERIES_PATHS = ["/plans", "/groups", "/content", "/import", "/export"];

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = parseUntrusted(schema, raw);
  if (!result.ok) throw new ApiFailure(400, "INVALID", `The request has ${result.issues.length} problem(s).`, result.issues);
  return result.data;
}

const version = z.number().int().min(1);
const idParam = z.string().min(1).max(60).regex(/^[A-Za-z0-9_-]+$/);

function id(req: Request): string {
  const parsed = idParam.safeParse(req.params.id);
  if (!parsed.success) throw new ApiFailure(404, "NOT_FOUND", "No such record.");
  return parsed.data;
}

/** A group as the API shows it: its record plus the next meeting's id and title, if any. */
async function groupOut(library: SeriesLibrary, record: GroupRecord) {
  const plan = record.group.planId ? await library.plan(record.group.planId).catch(() => undefined) : undefined;
  const next = nextMeeting(plan?.plan, record.held);
  return { ...record, next: next ? { id: next.id, title: next.title, kind: next.kind } : null };
}

export function seriesRoutes(deps: { store: Store; library: SeriesLibrary }): Router {
  const { store, library } = deps;
  const router = Router();
  // Sign-in first, so nobody signed out gets a 2 MB body parsed.
  router.use(SERIES_PATHS, requireFacilitator(store), seriesJson);
  const me = (req: Request) => req.facilitator!.id;

  // ---------- plans ----------
  router.get("/plans", async (_req, res) => {
    res.json({ plans: (await library.listPlans()).map(summarisePlan) });
  });
  router.post("/plans", async (req, res) => {
    const body = parse(z.strictObject({ plan: z.unknown() }), req.body);
    res.status(201).json(await library.createPlan(parse(planSchema, body.plan), me(req)));
  });
  router.get("/plans/:id", async (req, res) => {
    res.json(await library.plan(id(req)));
  });
  router.put("/plans/:id", async (req, res) => {
    const body = parse(z.strictObject({ version, plan: z.unknown() }), req.body);
    res.json(await library.updatePlan(id(req), body.version, parse(planSchema, body.plan)));
  });
  router.post("/plans/:id/copy", async (req, res) => {
    res.status(201).json(await library.copyPlan(id(req), me(req)));
  });
  router.delete("/plans/:id", async (req, res) => {
    await library.deletePlan(id(req));
    res.status(204).end();
  });
  router.get("/plans/:id/export", async (req, res) => {
    const file = await library.exportFile({ plans: [id(req)] });
    res.set("Content-Disposition", `attachment; filename="sammen-plan-${id(req)}.json"`).json(file);
  });

  // ---------- groups ----------
  router.get("/groups", async (req, res) => {
    res.json({ groups: await Promise.all((await library.listGroups(me(req))).map((g) => groupOut(library, g))) });
  });
  router.post("/groups", async (req, res) => {
    const body = parse(z.strictObject({ group: z.unknown() }), req.body);
    const record = await library.createGroup(parse(groupSchema, body.group), me(req));
    res.status(201).json(await groupOut(library, record));
  });
  router.get("/groups/:id", async (req, res) => {
    res.json(await groupOut(library, await library.group(id(req), me(req))));
  });
  router.put("/groups/:id", async (req, res) => {
    const body = parse(z.strictObject({ version, group: z.unknown() }), req.body);
    const record = await library.updateGroup(id(req), body.version, parse(groupSchema, body.group), me(req));
    res.json(await groupOut(library, record));
  });
  router.delete("/groups/:id", async (req, res) => {
    await library.deleteGroup(id(req), me(req));
    res.status(204).end();
  });
  // Kept group results (docs/privacy.md, "Kept group results"): only the group's leaders (owner
  // and co-leaders; anyone else gets NOT_FOUND, as for the group itself), only the k-safe report
  // that the console's CSV and printed page are both made from.
  router.get("/groups/:id/results", async (req, res) => {
    const record = await library.group(id(req), me(req));
    const group = { id: record.id, name: record.group.name, k: record.group.k, keepResults: record.group.keepResults };
    res.set("Cache-Control", "no-store").json(keptReport(group, await store.listResults(record.id), Date.now()));
  });
  router.delete("/groups/:id/results", async (req, res) => {
    const record = await library.group(id(req), me(req));
    res.json({ deleted: await store.deleteResults(record.id) });
  });

  // ---------- the group's memory (docs/series.md, "The group's memory") ----------
  const memory = new GroupMemory(library, store);
  const memoryKey = (req: Request): string => {
    const parsed = memoryKeySchema.safeParse(req.params.key);
    if (!parsed.success) throw new ApiFailure(404, "NOT_FOUND", "No such meeting in the group's memory.");
    return parsed.data;
  };
  router.get("/groups/:id/memory", async (req, res) => {
    res.json(await memory.read(id(req), me(req)));
  });
  /** "Sist gang…" for the meeting `?current=<key>` (the latest other entry); `recap: null` when there is none. */
  router.get("/groups/:id/recap", async (req, res) => {
    const current = req.query.current === undefined ? null : memoryKeySchema.safeParse(req.query.current);
    if (current && !current.success) throw new ApiFailure(400, "INVALID", "current: a meeting key.");
    res.json({ recap: await memory.recap(id(req), me(req), current?.data ?? null) });
  });
  router.put("/groups/:id/memory/:key", async (req, res) => {
    const body = parse(z.strictObject({ version: z.number().int().min(0), entry: z.unknown() }), req.body);
    const groupId = id(req);
    const key = memoryKey(req);
    const saved = await memory.save(groupId, key, body.version, parse(memoryEntrySchema, body.entry), me(req));
    res.status(body.version === 0 ? 201 : 200).json(saved);
  });
  router.delete("/groups/:id/memory/:key", async (req, res) => {
    await memory.remove(id(req), memoryKey(req), me(req));
    res.status(204).end();
  });

  // ---------- content library ----------
  router.get("/content", async (req, res) => {
    const type = typeof req.query.type === "string" ? req.query.type : undefined;
    if (type !== undefined && !(CONTENT_TYPES as readonly string[]).includes(type)) throw new ApiFailure(400, "INVALID", "Unknown content type.");
    const items = (await library.listContent()).filter((c) => !type || c.item.type === type);
    res.json({ content: items.map(summariseContent) });
  });
  router.post("/content", async (req, res) => {
    const body = parse(z.strictObject({ item: z.unknown() }), req.body);
    res.status(201).json(await library.createContent(parse(contentItemSchema, body.item), me(req)));
  });
  router.get("/content/:id", async (req, res) => {
    res.json(await library.content(id(req)));
  });
  router.put("/content/:id", async (req, res) => {
    const body = parse(z.strictObject({ version, item: z.unknown() }), req.body);
    res.json(await library.updateContent(id(req), body.version, parse(contentItemSchema, body.item)));
  });
  router.post("/content/:id/copy", async (req, res) => {
    res.status(201).json(await library.copyContent(id(req), me(req)));
  });
  router.delete("/content/:id", async (req, res) => {
    await library.deleteContent(id(req));
    res.status(204).end();
  });

  // ---------- import / export ----------
  router.get("/export", async (_req, res) => {
    res.set("Content-Disposition", 'attachment; filename="sammen-export.json"').json(await library.exportAll());
  });
  router.post("/import", async (req, res) => {
    const file = parse(exportFileSchema, req.body);
    const imported = await library.importFile(file, me(req));
    res.status(201).json({ imported });
  });

  return router;
}
