// Where a report comes from: the repository, commit and ref it was made on, so reports from many
// repositories can be combined (`aigis merge`). The shells find it (from the GITHUB_* variables in
// Actions, from git locally) and set it on the Report before any sink runs; sinks compute nothing.
import fs from "node:fs";
import path from "node:path";
import { childProcess } from "../lazy-builtins.js";
import { readGitFiles, UNSURE, type GitFiles } from "./git-files.js";
import type { Report } from "./report.js";

export interface Origin {
  /** `owner/name`; null when it cannot be told. */
  repository: string | null;
  commit: string | null;
  ref: string | null;
}

export const UNKNOWN_ORIGIN: Origin = { repository: null, commit: null, ref: null };

type Env = Record<string, string | undefined>;

const REPOSITORY = /^[\w.-]{1,100}\/[\w.-]{1,100}$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// A ref as git allows it, minus what would need escaping anywhere a report is shown.
const REF = /^[\w./+@-]{1,255}$/;

/** Keeps a value only when it has the expected shape: environment and git output are not trusted text. */
function clean(value: string | null | undefined, shape: RegExp): string | null {
  const v = value?.trim();
  return v && shape.test(v) ? v : null;
}

/**
 * In Actions: GITHUB_REPOSITORY and GITHUB_REF; the commit is GITHUB_SHA, except on pull requests,
 * where GITHUB_SHA is a merge commit nobody pushed and the head commit (from the event payload,
 * src/github/context.ts) is what was reviewed.
 */
export function originFromActions(env: Env, prHeadSha: string | null): Origin {
  return {
    repository: clean(env["GITHUB_REPOSITORY"], REPOSITORY),
    commit: clean(prHeadSha ?? env["GITHUB_SHA"], SHA),
    ref: clean(env["GITHUB_REF"], REF),
  };
}

export type GitRunner = (args: string[]) => string;

/** From the git work tree holding `dir`: the origin remote's `owner/name`, HEAD's commit and branch. */
export function originFromGit(git: GitRunner): Origin {
  const ask = (args: string[]): string | null => {
    try {
      return git(args).trim() || null;
    } catch {
      return null; // not a git work tree, no such remote, a detached HEAD, or no git at all
    }
  };
  return {
    repository: repositoryOfRemote(ask(["remote", "get-url", "origin"])),
    commit: clean(ask(["rev-parse", "--verify", "-q", "HEAD"]), SHA),
    ref: clean(ask(["symbolic-ref", "-q", "HEAD"]), REF),
  };
}

/**
 * `owner/name` from a remote URL (https, ssh or scp-like), the last two path segments without `.git`.
 * Only those are kept: a remote URL may carry a token as its user name, which must not reach a report.
 */
export function repositoryOfRemote(url: string | null): string | null {
  if (!url) return null;
  const scp = /^[^/@:]+@[^/:]+:(.+)$/.exec(url);
  let pathPart: string;
  if (scp) pathPart = scp[1]!;
  else {
    try {
      pathPart = new URL(url).pathname;
    } catch {
      pathPart = url; // a local path
    }
  }
  const segments = pathPart
    .replace(/\/+$/, "")
    .replace(/\.git$/, "")
    .split(/[/\\]/)
    .filter(Boolean);
  return segments.length >= 2 ? clean(segments.slice(-2).join("/"), REPOSITORY) : null;
}

/** git in `dir`, or null when child_process cannot run it; loaded on first use. */
export function gitProcess(dir: string): GitRunner {
  return (args) => childProcess().execFileSync("git", args, { cwd: dir, encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] });
}

/** A question git was asked that failed (exit status 1 or 128): no such remote, no commit, detached HEAD. */
class GitNoAnswer extends Error {}

// The questions the origin and the owner ask, answered from the .git files (src/report/git-files.ts).
const FROM_FILES: Record<string, (facts: GitFiles) => string | null> = {
  "rev-parse --show-toplevel": (f) => f.top,
  "remote get-url origin": (f) => f.remoteUrl,
  "config --get remote.origin.url": (f) => f.remoteUrl,
  "rev-parse --verify -q HEAD": (f) => f.commit,
  "symbolic-ref -q HEAD": (f) => f.ref,
};

/**
 * git in `dir`: the origin's questions are answered from the .git files when they settle them
 * (read once), every other question and every unsure case by a git process.
 */
export function gitAt(dir: string, env: Env = process.env): GitRunner {
  const spawn = gitProcess(dir);
  let facts: GitFiles | null | typeof UNSURE | undefined;
  return (args) => {
    const answer = FROM_FILES[args.join(" ")];
    if (!answer) return spawn(args);
    if (facts === undefined) facts = readGitFiles(dir, env);
    if (facts === UNSURE) return spawn(args);
    const value = facts === null ? null : answer(facts);
    if (value === null) throw new GitNoAnswer(`git ${args.join(" ")}: no answer`);
    return `${value}\n`;
  };
}

/**
 * The origin of a CLI scan: what the user names wins; else, in Actions on the workflow's own
 * checkout, the GITHUB_* variables; else git in the scanned directory (a scan of another checkout
 * inside a workflow, such as the organisation scan, is that checkout's repository, not the workflow's).
 */
export function cliOrigin(opts: { scanned: string; named: Partial<Origin>; env: Env; prHeadSha: () => string | null; git: GitRunner }): Origin {
  const top = (() => {
    try {
      return path.resolve(opts.git(["rev-parse", "--show-toplevel"]).trim());
    } catch {
      return null;
    }
  })();
  const workspace = opts.env["GITHUB_WORKSPACE"];
  const ownCheckout = opts.env["GITHUB_ACTIONS"] === "true" && !!workspace && (top === null ? isSameDir(opts.scanned, workspace) : isSameDir(top, workspace));
  const found = ownCheckout ? originFromActions(opts.env, opts.prHeadSha()) : originFromGit(opts.git);
  return {
    repository: opts.named.repository ?? found.repository,
    commit: opts.named.commit ?? found.commit,
    ref: opts.named.ref ?? found.ref,
  };
}

function isSameDir(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** Checks a value the user names (a CLI flag); returns what is wrong with it, or null. */
export function originProblem(field: keyof Origin, value: string): string | null {
  const shape = field === "repository" ? REPOSITORY : field === "commit" ? SHA : REF;
  if (clean(value, shape)) return null;
  return field === "repository"
    ? "write owner/name"
    : field === "commit"
      ? "write a full commit SHA (40 or 64 hex digits)"
      : "write a ref such as refs/heads/main";
}

/** The report with its origin set, placed after `tool` so the JSON reads top-down (and stays deterministic). */
export function withOrigin(report: Report, origin: Origin): Report {
  const { report_version, tool, ...rest } = report;
  return { report_version, tool, repository: origin.repository, commit: origin.commit, ref: origin.ref, ...rest };
}
