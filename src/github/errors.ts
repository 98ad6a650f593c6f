// API failures as short, safe text, told apart by cause: a permission problem needs a workflow change,
// a rate limit needs waiting (until its reset time), a 404 means a wrong name or a token without
// access, and a timeout or server error is GitHub's side. Only the status, a few response headers and
// GitHub's message are used: an octokit error also carries the request (headers included), which must
// never reach a log.

export type ApiErrorKind = "permission" | "auth" | "rate-limit" | "not-found" | "timeout" | "network" | "server" | "other";

export interface ApiProblem {
  kind: ApiErrorKind;
  status: number | null;
  /** GitHub's message (first line, without the documentation link). */
  message: string;
  /** When a rate limit resets (ISO 8601, UTC), if GitHub said. */
  resetAt: string | null;
}

export function httpStatus(e: unknown): number | null {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : null;
}

function responseHeaders(e: unknown): Record<string, unknown> {
  const headers = (e as { response?: { headers?: unknown } } | null)?.response?.headers;
  return headers && typeof headers === "object" ? (headers as Record<string, unknown>) : {};
}

/** True when the failure never got an HTTP response (octokit reports those as status 500). */
function withoutResponse(e: unknown): boolean {
  return !(e as { response?: unknown } | null)?.response;
}

function firstLine(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  // Octokit appends " - <documentation_url>"; the first line is enough.
  return raw
    .split(/\r?\n/)[0]!
    .replace(/\s+-\s+https?:\/\/\S+$/, "")
    .slice(0, 300);
}

export function classifyError(e: unknown): ApiProblem {
  const status = httpStatus(e);
  const message = firstLine(e);
  const headers = responseHeaders(e);
  const problem = (kind: ApiErrorKind, resetAt: string | null = null): ApiProblem => ({ kind, status, message, resetAt });
  // Set by the client on requests that got no answer (src/github/client.ts).
  const unanswered = (e as { kind?: unknown } | null)?.kind;
  if (unanswered === "timeout" || unanswered === "network") return problem(unanswered);
  if ((e as { name?: unknown } | null)?.name === "TimeoutError") return problem("timeout");
  if (status === 403 || status === 429) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : null;
    if (String(headers["x-ratelimit-remaining"]) === "0") return problem("rate-limit", resetAt);
    const retryAfter = Number(headers["retry-after"]);
    // Secondary rate limits: a 429, or a 403 that says so, with Retry-After in seconds.
    if (status === 429 || /rate limit/i.test(message))
      return problem("rate-limit", Number.isFinite(retryAfter) && retryAfter > 0 ? new Date(Date.now() + retryAfter * 1000).toISOString() : resetAt);
    return problem("permission");
  }
  if (status === 401) return problem("auth");
  if (status === 404) return problem("not-found");
  if (status === null || (status === 500 && withoutResponse(e))) return problem("network");
  if (status >= 500) return problem("server");
  return problem("other");
}

export function describeError(e: unknown): string {
  const p = classifyError(e);
  const base = p.status === null || ((p.kind === "network" || p.kind === "timeout") && withoutResponse(e)) ? p.message : `HTTP ${p.status}: ${p.message}`;
  if (p.kind === "rate-limit") return `${base}; API rate limit exceeded${p.resetAt ? `, resets at ${p.resetAt}` : ""}`;
  return base;
}

/** 401/403 (not a rate limit): the token may not do this (fork pull request, read-only permissions). */
export function isPermissionError(e: unknown): boolean {
  const kind = classifyError(e).kind;
  return kind === "permission" || kind === "auth";
}
