// API failures as short, safe text. Only the status and GitHub's message are used: an octokit error
// also carries the request (headers included), which must never reach a log.

export function httpStatus(e: unknown): number | null {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : null;
}

/** 401/403/404 from a write: the token may not do this (fork pull request, read-only permissions). */
export function isPermissionError(e: unknown): boolean {
  const s = httpStatus(e);
  return s === 401 || s === 403 || s === 404;
}

export function describeError(e: unknown): string {
  const status = httpStatus(e);
  const raw = e instanceof Error ? e.message : String(e);
  // Octokit appends " - <documentation_url>"; the first line is enough.
  const message = raw.split(/\r?\n/)[0]!.replace(/\s+-\s+https?:\/\/\S+$/, "").slice(0, 300);
  return status === null ? message : `HTTP ${status}: ${message}`;
}
