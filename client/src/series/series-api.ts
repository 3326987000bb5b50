/** REST calls of the series pages, keeping the path-level issues an INVALID answer carries. */
import type { ContentRecord, ContentSummary } from "../../../shared/series/content.js";
import type { GroupInput, GroupRecord } from "../../../shared/series/group.js";
import type { Plan, PlanRecord, PlanSummary } from "../../../shared/series/plan.js";

export interface Issue {
  path: string;
  message: string;
}

export class SeriesError extends Error {
  constructor(
    readonly code: string,
    readonly issues: Issue[] = [],
  ) {
    super(code);
  }
}

export async function call<T>(method: "GET" | "POST" | "PUT" | "DELETE", route: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(route, {
      method,
      headers: body !== undefined ? { "content-type": "application/json" } : {},
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: "same-origin",
    });
  } catch {
    throw new SeriesError("NETWORK");
  }
  const data = (await res.json().catch(() => ({}))) as T & { error?: { code: string; issues?: Issue[] } };
  if (!res.ok) throw new SeriesError(data.error?.code ?? "INTERNAL", data.error?.issues ?? []);
  return data;
}

export const seriesApi = {
  createGroup: (group: GroupInput) => call<GroupRecord>("POST", "/api/groups", { group }),
  plans: () => call<{ plans: PlanSummary[] }>("GET", "/api/plans"),
  plan: (id: string) => call<PlanRecord>("GET", `/api/plans/${encodeURIComponent(id)}`),
  createPlan: (plan: Plan) => call<PlanRecord>("POST", "/api/plans", { plan }),
  savePlan: (id: string, version: number, plan: Plan) => call<PlanRecord>("PUT", `/api/plans/${encodeURIComponent(id)}`, { version, plan }),
  copyPlan: (id: string) => call<PlanRecord>("POST", `/api/plans/${encodeURIComponent(id)}/copy`),
  deletePlan: (id: string) => call<unknown>("DELETE", `/api/plans/${encodeURIComponent(id)}`),
  content: () => call<{ content: ContentSummary[] }>("GET", "/api/content"),
  contentItem: (id: string) => call<ContentRecord>("GET", `/api/content/${encodeURIComponent(id)}`),
  saveContent: (id: string, version: number, item: unknown) => call<ContentRecord>("PUT", `/api/content/${encodeURIComponent(id)}`, { version, item }),
  copyContent: (id: string) => call<ContentRecord>("POST", `/api/content/${encodeURIComponent(id)}/copy`),
  deleteContent: (id: string) => call<unknown>("DELETE", `/api/content/${encodeURIComponent(id)}`),
  importFile: (file: unknown) => call<{ imported: { plans: string[]; content: string[] } }>("POST", "/api/import", file),
};
