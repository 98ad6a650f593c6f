// The reusable workflow's shape (inputs, secret, least privilege, the scripts it runs exist), and a
// batch scanned by scripts/org-scan/scan-batch.sh with the bundled CLI, against local repositories
// standing in for the Git server, then merged: a repository that cannot be cloned is named, not dropped.
// (actionlint checks the workflow in CI: .ci/run.)
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import type { OrgView } from "../src/merge/aggregate.js";
import { copyDist, node } from "./fake-github/action-runner.js";
import { fixtures, repoRoot, tempDir } from "./helpers.js";

const workflow = YAML.parse(fs.readFileSync(path.join(repoRoot, ".github", "workflows", "org-scan.yml"), "utf8")) as {
  on: { workflow_call: { inputs: Record<string, { type: string; required?: boolean }>; secrets: Record<string, { required: boolean }> } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[]; strategy?: { matrix: string } }>;
};

describe("org-scan.yml", () => {
  it("is a reusable workflow with the organisation, filters, fail-on and batch size as inputs and a token secret", () => {
    const call = workflow.on.workflow_call;
    expect(call.inputs["organization"]).toMatchObject({ type: "string", required: true });
    for (const name of ["name-filter", "topic", "fail-on", "batch-size", "include-archived", "include-forks"]) expect(call.inputs).toHaveProperty(name);
    expect(call.secrets["token"]).toMatchObject({ required: true });
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it("runs scripts that exist in the repository, the matrix from the listing", () => {
    const runs = Object.values(workflow.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ""))
      .join("\n");
    for (const [, file] of runs.matchAll(/aigis\/((?:scripts|dist)\/[\w./-]+\.(?:mjs|sh|js))/g))
      expect(fs.existsSync(path.join(repoRoot, file!)), file).toBe(true);
    expect(workflow.jobs["scan"]!.strategy!.matrix).toBe("${{ fromJSON(needs.list.outputs.matrix) }}");
    expect(runs).toContain("merge reports --format html");
  });
});

function bareRepo(server: string, full: string, fixture: string): void {
  const src = tempDir("aigis-src-");
  fs.cpSync(path.join(fixtures, fixture), src, { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env, stdio: "pipe" });
  git(src, "init", "-q", "-b", "main");
  git(src, "add", ".");
  git(src, "commit", "-q", "-m", "init");
  fs.mkdirSync(path.join(server, path.dirname(full)), { recursive: true });
  git(src, "clone", "-q", "--bare", ".", path.join(server, `${full}.git`));
}

describe("scan-batch.sh", () => {
  it("leaves one report per repository and a named record for one that cannot be cloned; merge names it and exits 3", () => {
    const server = tempDir("aigis-git-server-");
    bareRepo(server, "acme/models", "gaps");
    bareRepo(server, "acme/platform", "passing");
    const work = tempDir("aigis-batch-");
    const dist = copyDist();
    const env = {
      PATH: process.env["PATH"] ?? "",
      HOME: work,
      REPOSITORIES: "acme/models acme/platform acme/gone",
      GITHUB_SERVER_URL: `file://${server}`,
      FAIL_ON: "critical",
      AIGIS: path.join(dist, "cli", "index.js"),
      REPORTS: path.join(work, "reports"),
      WORK: path.join(work, "clones"),
    };
    const r = spawnSync("bash", [path.join(repoRoot, "scripts", "org-scan", "scan-batch.sh")], { env, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(1); // acme/models fails at critical, acme/gone is missing
    expect(r.stdout).toContain("::error::acme/gone could not be cloned");
    expect(fs.readdirSync(env.REPORTS).sort()).toEqual(["acme__gone.json", "acme__models.json", "acme__platform.json"]);
    expect(fs.existsSync(env.WORK) ? fs.readdirSync(env.WORK) : []).toEqual([]); // clones are removed as it goes

    const merged = spawnSync(node, [env.AIGIS, "merge", env.REPORTS, "--format", "json"], { encoding: "utf8" });
    expect(merged.status).toBe(3);
    expect(merged.stderr).toContain("acme__gone.json: no report for acme/gone: could not be cloned");
    const view = JSON.parse(merged.stdout) as OrgView;
    expect(view.repositories.map((row) => [row.repository, row.passed, row.ref])).toEqual([
      ["acme/models", false, "refs/heads/main"],
      ["acme/platform", true, "refs/heads/main"],
    ]);
    expect(view.repositories.every((row) => /^[0-9a-f]{40}$/.test(row.commit ?? ""))).toBe(true);
  });
});
