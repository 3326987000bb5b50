/** REST calls of the series pages (the SDK's `api`, which keeps the field issues an INVALID answer carries). */
import { api, ApiError } from "../sdk/api.js";
import type { ContentRecord, ContentSummary } from "../../../shared/series/content.js";
import type { GroupInput, GroupRecord } from "../../../shared/series/group.js";
import type { Plan, PlanRecord, PlanSummary } from "../../../shared/series/plan.js";

export type { ApiIssue as Issue } from "../sdk/api.js";

/** A series page's error: the REST error (code and field issues), or one made here (e.g. a file that is not JSON). */
export class SeriesError extends ApiError {
  constructor(code: string) {
    super(0, code, code);
  }
}

export const seriesApi = {
  createGroup: (group: GroupInput) => api<GroupRecord>("POST", "/api/groups", { group }),
  plans: () => api<{ plans: PlanSummary[] }>("GET", "/api/plans"),
  plan: (id: string) => api<PlanRecord>("GET", `/api/plans/${encodeURIComponent(id)}`),
  createPlan: (plan: Plan) => api<PlanRecord>("POST", "/api/plans", { plan }),
  savePlan: (id: string, version: number, plan: Plan) => api<PlanRecord>("PUT", `/api/plans/${encodeURIComponent(id)}`, { version, plan }),
  copyPlan: (id: string) => api<PlanRecord>("POST", `/api/plans/${encodeURIComponent(id)}/copy`),
  deletePlan: (id: string) => api<unknown>("DELETE", `/api/plans/${encodeURIComponent(id)}`),
  content: () => api<{ content: ContentSummary[] }>("GET", "/api/content"),
  contentItem: (id: string) => api<ContentRecord>("GET", `/api/content/${encodeURIComponent(id)}`),
  saveContent: (id: string, version: number, item: unknown) => api<ContentRecord>("PUT", `/api/content/${encodeURIComponent(id)}`, { version, item }),
  copyContent: (id: string) => api<ContentRecord>("POST", `/api/content/${encodeURIComponent(id)}/copy`),
  deleteContent: (id: string) => api<unknown>("DELETE", `/api/content/${encodeURIComponent(id)}`),
  importFile: (file: unknown) => api<{ imported: { plans: string[]; content: string[] } }>("POST", "/api/import", file),
};
