// The REST/GraphQL client: @actions/github's octokit (proxy-aware fetch), pointed at GITHUB_API_URL so
// GitHub Enterprise Server and the tests' local server work, with a bounded time per request. Octokit's
// retry plugin retries server errors (5xx) and its throttling plugin waits out a rate limit when the
// reset is near; nothing here is a hand-written retry loop.
import { getOctokit } from "@actions/github";
import { defaults } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type GitHubClient = ReturnType<typeof getOctokit>;

/** A hung API must not hold the job until its timeout; every call here is optional work. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Retries of a 5xx answer (after 1 s, then 4 s). */
export const SERVER_ERROR_RETRIES = 2;
/** A rate limit that resets within this many seconds is waited out once; a later one is reported. */
export const MAX_RATE_LIMIT_WAIT_S = 60;

type Fetch = (url: string, init?: { signal?: AbortSignal | null } & Record<string, unknown>) => Promise<unknown>;

/** Whether to wait `retryAfter` seconds and try a rate-limited request again (once). */
export function shouldWaitForRateLimit(retryAfter: number, retryCount: number): boolean {
  return retryCount === 0 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
}

export function createClient(token: string, apiUrl: string, log: (message: string) => void): GitHubClient {
  const request = (defaults.request ?? {}) as { fetch?: Fetch };
  const baseFetch: Fetch = request.fetch ?? (globalThis.fetch as unknown as Fetch);
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const wait = shouldWaitForRateLimit(retryAfter, retryCount);
    log(`${kind} on ${options.method ?? ""} ${options.url ?? ""}: ${wait ? `retrying in ${retryAfter} s` : `resets in ${retryAfter} s, not waiting`}`);
    return wait;
  };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ""),
      request: {
        ...request,
        fetch: async (url: string, init?: Parameters<Fetch>[1]) => {
          try {
            return await baseFetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          } catch (e) {
            throw unanswered(e);
          }
        },
      },
      // Not `request.retries`: the plugin reads that as "already scheduled for retry" and retries any error.
      retry: { retries: SERVER_ERROR_RETRIES },
      throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
      // Octokit's own warnings (deprecations) are not the user's business; keep them in the debug log.
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  );
}

/**
 * A request that got no answer (refused, reset, timed out) is not retried: more waits of
 * REQUEST_TIMEOUT_MS would hold the job for nothing. @octokit/request passes an error named AbortError
 * through as it is, and the retry plugin only retries the RequestErrors it makes of everything else.
 */
function unanswered(e: unknown): Error {
  const cause = (e as { cause?: { message?: unknown } } | null)?.cause;
  const timeout = (e as { name?: unknown } | null)?.name === "TimeoutError";
  const detail = timeout
    ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`
    : typeof cause?.message === "string"
      ? cause.message
      : e instanceof Error
        ? e.message
        : String(e);
  return Object.assign(new Error(detail), { name: "AbortError", kind: timeout ? "timeout" : "network" });
}
