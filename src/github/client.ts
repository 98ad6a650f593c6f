// The REST/GraphQL client: @actions/github's octokit (proxy-aware fetch), pointed at GITHUB_API_URL so
// GitHub Enterprise Server and the tests' local server work, with a bounded time per request.
import { getOctokit } from "@actions/github";
import { defaults } from "@actions/github/lib/utils";

export type GitHubClient = ReturnType<typeof getOctokit>;

/** A hung API must not hold the job until its timeout; every call here is optional work. */
export const REQUEST_TIMEOUT_MS = 30_000;

type Fetch = (url: string, init?: { signal?: AbortSignal | null } & Record<string, unknown>) => Promise<unknown>;

export function createClient(token: string, apiUrl: string, log: (message: string) => void): GitHubClient {
  const request = (defaults.request ?? {}) as { fetch?: Fetch };
  const baseFetch: Fetch = request.fetch ?? (globalThis.fetch as unknown as Fetch);
  return getOctokit(token, {
    baseUrl: apiUrl.replace(/\/+$/, ""),
    request: {
      ...request,
      fetch: (url: string, init?: Parameters<Fetch>[1]) => baseFetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    },
    // Octokit's own warnings (deprecations) are not the user's business; keep them in the debug log.
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
}
