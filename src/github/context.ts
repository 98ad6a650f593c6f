// The pull request a workflow run is about, read from the runner's event file. Everything here is
// plain data from the environment; nothing calls the API.
import fs from "node:fs";

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  baseSha: string | null;
  headSha: string | null;
  /** The head branch lives in another repository: the token is read-only and there are no secrets. */
  fromFork: boolean;
  /** `changed_files` from the payload, to tell whether the API's list (capped at 3000) is complete. */
  changedFiles: number | null;
}

type Env = Record<string, string | undefined>;

const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

interface PullRequestPayload {
  number?: number;
  changed_files?: number;
  base?: { sha?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

export function readEventPayload(env: Env): unknown {
  const file = env["GITHUB_EVENT_PATH"];
  try {
    return file ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
  } catch {
    return null; // no event file (a local run): not a pull request
  }
}

/** The pull request of a `pull_request` (or `pull_request_target`) run; null for any other event. */
export function pullRequestContext(env: Env, payload: unknown = readEventPayload(env)): PullRequestContext | null {
  if (!PR_EVENTS.has(env["GITHUB_EVENT_NAME"] ?? "")) return null;
  const pr = (payload as { pull_request?: PullRequestPayload } | null)?.pull_request;
  const number = pr?.number ?? (payload as { number?: number } | null)?.number;
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? pr?.base?.repo?.full_name ?? "").split("/");
  if (!pr || typeof number !== "number" || !owner || !repo) return null;
  const baseRepo = pr.base?.repo?.full_name;
  const headRepo = pr.head?.repo?.full_name;
  return {
    owner,
    repo,
    number,
    baseSha: pr.base?.sha ?? null,
    headSha: pr.head?.sha ?? null,
    // A deleted fork leaves head.repo null: treat it as a fork.
    fromFork: pr.head?.repo === null || (!!baseRepo && !!headRepo && baseRepo !== headRepo),
    changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : null,
  };
}

/** Link to the workflow run (its job summary holds the full report), or null outside Actions. */
export function runUrl(env: Env): string | null {
  const server = env["GITHUB_SERVER_URL"] ?? "https://github.com";
  const repository = env["GITHUB_REPOSITORY"];
  const runId = env["GITHUB_RUN_ID"];
  if (!repository || !runId || !/^\d+$/.test(runId) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return null;
  try {
    return new URL(`${repository}/actions/runs/${runId}`, server.endsWith("/") ? server : `${server}/`).href;
  } catch {
    return null;
  }
}
