// The configuration file as it is at a pull request's base commit: from git history when the checkout
// has that commit, else from the contents API at the base SHA. Nothing of the pull request's own
// checkout is read here, so the person the gate judges cannot rewrite the rules it judges them by.
import type { GitHubClient } from "./client.js";
import type { PullRequestContext } from "./context.js";
import type { GitRunner } from "./changed-files.js";
import { describeError, httpStatus } from "./errors.js";

/** The largest configuration file read from the base (a real one is a few KiB). */
export const MAX_BASE_CONFIG_BYTES = 1024 * 1024;

export type BaseConfigText =
  /** The first of the candidate paths that exists at the base, or null when none does. */
  { ok: true; via: "git" | "api"; file: { path: string; text: string } | null } | { ok: false; reason: string };

const SHA = /^[0-9a-f]{7,64}$/i;
/** A repository-relative path git and the API both take as it is. */
const SAFE_PATH = /^(?!-)(?!.*(?:^|\/)\.\.(?:\/|$))[^\0:]+$/;

/**
 * Reads the first of `candidates` (repository-relative paths, in order of precedence) at the base
 * commit. A path that does not exist there is not an error: the base has no configuration file.
 */
export async function readBaseConfigText(
  pr: PullRequestContext,
  candidates: string[],
  opts: { git: GitRunner | null; client: GitHubClient | null; debug: (message: string) => void },
): Promise<BaseConfigText> {
  const sha = pr.baseSha;
  // Validated so a crafted payload cannot pass an option to git or a path to the API.
  if (!sha || !SHA.test(sha)) return { ok: false, reason: "the event names no base commit" };
  const paths = candidates.filter((p) => SAFE_PATH.test(p));
  if (opts.git && hasCommit(opts.git, sha)) {
    try {
      return { ok: true, via: "git", file: fromGit(opts.git, sha, paths) };
    } catch (e) {
      opts.debug(`reading the base configuration from git failed (${describeError(e).split("\n")[0]}); asking the API`);
    }
  } else if (opts.git) {
    opts.debug(`git does not have the base commit ${sha} (a shallow checkout); asking the API`);
  }
  if (!opts.client) return { ok: false, reason: "the checkout lacks the base commit and there is no github-token to ask the API" };
  try {
    return { ok: true, via: "api", file: await fromApi(opts.client, pr, sha, paths) };
  } catch (e) {
    return { ok: false, reason: e instanceof TooLarge ? e.message : `the contents API failed (${describeError(e)})` };
  }
}

class TooLarge extends Error {
  constructor(path: string, bytes: number) {
    super(`${path} at the base is ${bytes} bytes, over the ${MAX_BASE_CONFIG_BYTES}-byte limit`);
  }
}

function hasCommit(git: GitRunner, sha: string): boolean {
  try {
    git(["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function fromGit(git: GitRunner, sha: string, paths: string[]): { path: string; text: string } | null {
  for (const p of paths) {
    let size: number;
    try {
      size = Number(git(["cat-file", "-s", `${sha}:${p}`]).trim());
    } catch {
      continue; // not in that commit
    }
    if (!(size <= MAX_BASE_CONFIG_BYTES)) throw new TooLarge(p, size);
    return { path: p, text: git(["cat-file", "blob", `${sha}:${p}`]) };
  }
  return null;
}

async function fromApi(client: GitHubClient, pr: PullRequestContext, sha: string, paths: string[]): Promise<{ path: string; text: string } | null> {
  for (const p of paths) {
    let data: unknown;
    try {
      ({ data } = await client.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: p, ref: sha }));
    } catch (e) {
      if (httpStatus(e) === 404) continue; // no such file at the base
      throw e;
    }
    const file = data as { type?: string; size?: number; encoding?: string; content?: string };
    if (Array.isArray(data) || file.type !== "file") continue; // a directory of that name is no configuration file
    if (typeof file.size === "number" && file.size > MAX_BASE_CONFIG_BYTES) throw new TooLarge(p, file.size);
    if (file.encoding !== "base64" || typeof file.content !== "string") throw new Error(`unexpected contents answer for ${p}`);
    return { path: p, text: Buffer.from(file.content, "base64").toString("utf8") };
  }
  return null;
}
