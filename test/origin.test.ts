// Every JSON report names its repository, commit and ref, so reports from many repositories can be
// merged: from the GITHUB_* variables in Actions (the head commit on a pull request), from git locally.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { pullRequestContext } from "../src/github/context.js";
import { originFromActions, originFromGit, repositoryOfRemote } from "../src/report/origin.js";
import { fixtures, tempDir } from "./helpers.js";

const HEAD = "2222222222222222222222222222222222222222";
const MERGE = "3333333333333333333333333333333333333333";

function gitRepo(remote: string | null): { dir: string; sha: string } {
  const dir = tempDir("aigis-origin-");
  fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
    });
  git("init", "-q", "-b", "release/1.x");
  git("add", ".");
  git("commit", "-q", "-m", "fixture");
  if (remote) git("remote", "add", "origin", remote);
  return { dir, sha: git("rev-parse", "HEAD").trim() };
}

async function jsonReport(args: string[], env?: Record<string, string | undefined>): Promise<{ code: number; report: Record<string, unknown>; err: string }> {
  let out = "";
  let err = "";
  const saved = { ...process.env };
  // The CLI reads the GITHUB_* variables: keep this test's own runner out of it.
  for (const k of Object.keys(process.env)) if (k.startsWith("GITHUB_")) delete process.env[k];
  Object.assign(process.env, env ?? {});
  try {
    const code = await main(["check", ...args, "--format", "json"], {
      out: { write: (s: string) => (out += s) },
      err: { write: (s: string) => (err += s) },
    } as unknown as Parameters<typeof main>[1]);
    return { code, report: out ? (JSON.parse(out) as Record<string, unknown>) : {}, err };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe("report origin", () => {
  it("in Actions: repository and ref from the variables; the pull request's head commit, not the merge commit", () => {
    const env = { GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: MERGE, GITHUB_REF: "refs/pull/7/merge", GITHUB_EVENT_NAME: "pull_request" };
    const pr = pullRequestContext(env, { number: 7, pull_request: { number: 7, head: { sha: HEAD }, base: { repo: { full_name: "acme/models" } } } });
    expect(originFromActions(env, pr?.headSha ?? null)).toEqual({ repository: "acme/models", commit: HEAD, ref: "refs/pull/7/merge" });
    expect(originFromActions({ ...env, GITHUB_EVENT_NAME: "push", GITHUB_REF: "refs/heads/main" }, null)).toEqual({
      repository: "acme/models",
      commit: MERGE,
      ref: "refs/heads/main",
    });
  });

  it("values of the wrong shape are left out rather than copied into the report", () => {
    expect(originFromActions({ GITHUB_REPOSITORY: "acme/models\n::error::x", GITHUB_SHA: "not-a-sha", GITHUB_REF: "refs/heads/<b>" }, null)).toEqual({
      repository: null,
      commit: null,
      ref: null,
    });
    expect(
      originFromGit(() => {
        throw new Error("git: not found");
      }),
    ).toEqual({ repository: null, commit: null, ref: null });
  });

  it("a remote URL gives owner/name only: a token in it never reaches the report", () => {
    expect(repositoryOfRemote("https://x-access-token:ghs_secret123@github.com/acme/ml-platform.git")).toBe("acme/ml-platform");
    expect(repositoryOfRemote("git@github.com:acme/ml-platform.git")).toBe("acme/ml-platform");
    expect(repositoryOfRemote("ssh://git@ghe.example.com:2222/acme/ml.git/")).toBe("acme/ml");
    expect(repositoryOfRemote("ml")).toBeNull();
  });

  it("the CLI names the repository, commit and branch from git, placed after tool", async () => {
    const { dir, sha } = gitRepo("https://user:tok@github.com/acme/fraud-model.git");
    const { report } = await jsonReport([dir]);
    expect(Object.keys(report).slice(0, 5)).toEqual(["report_version", "tool", "repository", "commit", "ref"]);
    expect(report).toMatchObject({ repository: "acme/fraud-model", commit: sha, ref: "refs/heads/release/1.x" });
    expect(JSON.stringify(report)).not.toContain("tok@");
  });

  it("outside git the fields are null, and named values win", async () => {
    const dir = tempDir("aigis-origin-");
    fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
    expect((await jsonReport([dir])).report).toMatchObject({ repository: null, commit: null, ref: null });
    const named = await jsonReport([dir, "--repository", "acme/named", "--commit", HEAD, "--ref", "refs/heads/main"]);
    expect(named.report).toMatchObject({ repository: "acme/named", commit: HEAD, ref: "refs/heads/main" });
    const bad = await jsonReport([dir, "--commit", "HEAD"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--commit: write a full commit SHA");
  });

  it("in Actions, a scan of another checkout names that checkout, not the workflow's repository", async () => {
    const { dir, sha } = gitRepo("https://github.com/acme/scanned.git");
    const workspace = tempDir("aigis-ws-");
    const env = { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: "acme/org-scan", GITHUB_SHA: MERGE, GITHUB_REF: "refs/heads/main" };
    expect((await jsonReport([dir], env)).report).toMatchObject({ repository: "acme/scanned", commit: sha });
    // On the workflow's own checkout, the variables.
    expect((await jsonReport([dir], { ...env, GITHUB_WORKSPACE: dir })).report).toMatchObject({
      repository: "acme/org-scan",
      commit: MERGE,
      ref: "refs/heads/main",
    });
  });
});

describe("report origin in the bundled Action", () => {
  it("a pull request's JSON report names the repository, the head commit and the ref", async () => {
    const { copyDist, pullRequestEnv, runBundledAction } = await import("./fake-github/action-runner.js");
    const ws = tempDir("aigis-ws-");
    fs.cpSync(path.join(fixtures, "gaps"), ws, { recursive: true });
    const env = pullRequestEnv("http://127.0.0.1:9", { number: 7, owner: "acme", repo: "models" });
    const r = await runBundledAction(copyDist(), ws, { path: ".", "fail-on": "none", "json-file": "aigis.json", comment: "false", "github-token": "" }, env);
    expect(r.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(ws, "aigis.json"), "utf8")) as Record<string, unknown>;
    expect(report).toMatchObject({ repository: "acme/models", commit: HEAD, ref: "refs/pull/7/merge" });
  });
});
