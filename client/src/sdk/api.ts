/** Small typed REST helpers for the browser (same origin, JSON, the error envelope). */
/** Where an INVALID answer says a field was wrong (the series editors show them next to the field). */
export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(method: "GET" | "POST" | "PUT" | "DELETE", route: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(route, {
      method,
      headers: body !== undefined ? { "content-type": "application/json" } : {},
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "NETWORK", "Network error");
  }
  const data = (await res.json().catch(() => ({}))) as T & { error?: { code: string; message: string; issues?: ApiIssue[] } };
  if (!res.ok) throw new ApiError(res.status, data.error?.code ?? "INTERNAL", data.error?.message ?? res.statusText, data.error?.issues ?? []);
  return data;
}
