// Runs the bundled Action (a copy of dist/ without node_modules) the way the runner does: INPUT_*
// variables, the event file, GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files. Asynchronous, so a fake API
// server in the same process can answer while the Action runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot, tempDir } from "../helpers.js";

export const node = process.env["AIGIS_TEST_NODE"] ?? process.execPath;

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every line of stdout that is a workflow command (`::name ...::`). */
  commands: string[];
}

/** A copy of dist/ (or of AIGIS_TEST_DIST) away from node_modules, as GitHub runs it. */
export function copyDist(): string {
  const dir = tempDir("aigis-dist-");
  fs.cpSync(process.env["AIGIS_TEST_DIST"] ?? path.join(repoRoot, "dist"), path.join(dir, "dist"), { recursive: true });
  return path.join(dir, "dist");
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^(\S+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

export async function runBundledAction(
  dist: string,
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<ActionRun> {
  const runner = tempDir("aigis-runner-");
  const summaryFile = path.join(runner, "summary.md");
  const outputFile = path.join(runner, "output.txt");
  fs.writeFileSync(summaryFile, "");
  fs.writeFileSync(outputFile, "");
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runner,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(node, [path.join(dist, "index.js")], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  clearTimeout(timer);
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(outputFile, "utf8")),
    summary: fs.readFileSync(summaryFile, "utf8"),
    commands: stdout.split("\n").filter((l) => /^::[a-z-]+( |::)/.test(l)),
  };
}

export interface PullRequestEvent {
  number: number;
  fork?: boolean;
  changedFiles?: number;
  owner?: string;
  repo?: string;
  /** Base and head commits (default: fixed fake SHAs). */
  baseSha?: string;
  headSha?: string;
}

export const BASE_SHA = "1111111111111111111111111111111111111111";

/** Writes a pull_request event payload shaped like GitHub's and returns the env that points at it. */
export function pullRequestEnv(apiUrl: string, ev: PullRequestEvent): Record<string, string> {
  const owner = ev.owner ?? "acme";
  const repo = ev.repo ?? "models";
  const full = `${owner}/${repo}`;
  const headFull = ev.fork ? `contributor/${repo}` : full;
  const payload = {
    action: "synchronize",
    number: ev.number,
    pull_request: {
      number: ev.number,
      state: "open",
      title: "Update model card",
      changed_files: ev.changedFiles ?? 1,
      user: { login: ev.fork ? "contributor" : "maintainer", type: "User" },
      base: { ref: "main", sha: ev.baseSha ?? BASE_SHA, repo: { full_name: full, fork: false } },
      head: { ref: "feature", sha: ev.headSha ?? "2222222222222222222222222222222222222222", repo: { full_name: headFull, fork: !!ev.fork } },
    },
    repository: { full_name: full, name: repo, owner: { login: owner } },
    sender: { login: ev.fork ? "contributor" : "maintainer" },
  };
  const file = path.join(tempDir("aigis-event-"), "event.json");
  fs.writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: full,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_SHA: "3333333333333333333333333333333333333333",
    GITHUB_REF: `refs/pull/${ev.number}/merge`,
  };
}
