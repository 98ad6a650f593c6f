// The files a pull request changes: from the API (pulls.listFiles, every page), else from git
// (`git diff --name-only base...head`), else unknown. Paths are repository-relative.
import path from "node:path";
import type { GitHubClient } from "./client.js";
import type { PullRequestContext } from "./context.js";
import { describeError } from "./errors.js";
import { childProcess } from "../lazy-builtins.js";

/** pulls.listFiles stops at 3000 files. */
export const API_FILE_LIMIT = 3000;

export interface ChangedFiles {
  /** Every path the pull request touches, deleted ones included. */
  files: string[];
  /** Paths it deletes (a rename deletes its old path). */
  deleted: string[];
  source: "api" | "git";
}

export type GitRunner = (args: string[]) => string;

export function gitIn(cwd: string): GitRunner {
  return (args) =>
    childProcess().execFileSync("git", args, { cwd, encoding: "utf8", timeout: 30_000, maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

export async function changedFiles(
  pr: PullRequestContext,
  opts: { client: GitHubClient | null; git: GitRunner; debug: (message: string) => void },
): Promise<ChangedFiles | null> {
  if (opts.client) {
    try {
      const { files, deleted } = await listFromApi(opts.client, pr);
      if (files.length < API_FILE_LIMIT || pr.changedFiles === null || pr.changedFiles <= files.length) return { files, deleted, source: "api" };
      opts.debug(`the API lists only ${files.length} of ${pr.changedFiles} changed files; asking git`);
    } catch (e) {
      opts.debug(`could not list the pull request's files from the API (${describeError(e)}); asking git`);
    }
  }
  const listed = listFromGit(pr, opts.git, opts.debug);
  return listed ? { ...listed, source: "git" } : null;
}

async function listFromApi(client: GitHubClient, pr: PullRequestContext): Promise<{ files: string[]; deleted: string[] }> {
  const entries = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const files: string[] = [];
  const deleted: string[] = [];
  for (const f of entries) {
    files.push(f.filename);
    if (f.status === "removed") deleted.push(f.filename);
    if (f.status === "renamed" && f.previous_filename) {
      files.push(f.previous_filename);
      deleted.push(f.previous_filename);
    }
  }
  return { files, deleted };
}

const SHA = /^[0-9a-f]{7,64}$/i;

function listFromGit(pr: PullRequestContext, git: GitRunner, debug: (message: string) => void): { files: string[]; deleted: string[] } | null {
  // Validated so a crafted payload cannot pass an option to git.
  if (!pr.baseSha || !pr.headSha || !SHA.test(pr.baseSha) || !SHA.test(pr.headSha)) {
    debug("the event has no base and head commit to compare");
    return null;
  }
  try {
    // -z: names exactly as stored, with no quoting of unusual characters; --no-renames: a rename is a
    // deletion of the old path and an addition of the new one. Output: status NUL path NUL, repeated.
    const fields = git(["diff", "--name-status", "--no-renames", "-z", `${pr.baseSha}...${pr.headSha}`, "--"]).split("\0");
    const files: string[] = [];
    const deleted: string[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [status, file] = [fields[i]!, fields[i + 1]!];
      if (!file) continue;
      files.push(file);
      if (status.startsWith("D")) deleted.push(file);
    }
    return { files, deleted };
  } catch (e) {
    debug(`git diff failed (${describeError(e).split("\n")[0]}); a shallow checkout lacks the base commit (fetch-depth: 0 fixes it)`);
    return null;
  }
}

/** The checkout's top directory, which the API's paths are relative to; null outside a git work tree
 * (then the workspace is assumed to be it, as with a default actions/checkout). */
export function repositoryRoot(git: GitRunner): string | null {
  try {
    const top = git(["rev-parse", "--show-toplevel"]).trim();
    return top ? path.resolve(top) : null;
  } catch {
    return null;
  }
}

/** Repository-relative paths → paths relative to the scanned directory, dropping those outside it. */
export function relativeToScanRoot(files: string[], repository: string, root: string): string[] {
  const out: string[] = [];
  for (const f of files) {
    const rel = path.relative(root, path.resolve(repository, f));
    if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) out.push(rel.split(path.sep).join("/"));
  }
  return out;
}
