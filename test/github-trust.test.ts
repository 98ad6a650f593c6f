// The gate's trust on pull requests, end to end (the bundled Action against the fake GitHub API):
// the configuration comes from the base branch, the pull request's loosenings are listed, the sticky
// comment cannot be hijacked through a file name, API failures are told apart, deletions count.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtures, tempDir, writeTree } from "./helpers.js";
import { BASE_SHA, copyDist, pullRequestEnv, runBundledAction, type ActionRun } from "./fake-github/action-runner.js";
import { ACTIONS_BOT, FakeGitHub, type FakeGitHubOptions } from "./fake-github/server.js";

const TOKEN = "ghs_aigisTrustToken0123456789abcdefXYZ";
const PR = 9;

let dist: string;
beforeAll(() => {
  dist = copyDist();
});

let server: FakeGitHub | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function startServer(opts: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  server = new FakeGitHub({ owner: "acme", repo: "models", token: TOKEN, pullFiles: { [PR]: [".aigis.yml"] }, ...opts });
  await server.start();
  return server;
}

function workspace(name: string): string {
  const dir = tempDir("aigis-trust-");
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

interface Review {
  source: string;
  note: string | null;
  loosenings: { setting: string; change: string }[];
  disabled_rules: string[];
}
interface TrustRun extends ActionRun {
  report: { passed: boolean; config_review?: Review; findings: { rule: string; in_diff?: boolean }[]; summary: { blocking: number } };
}

async function runPr(gh: FakeGitHub, ws: string, inputs: Record<string, string> = {}, ev: { baseSha?: string } = {}): Promise<TrustRun> {
  const env = pullRequestEnv(gh.url, { number: PR, ...ev });
  const r = await runBundledAction(dist, ws, { "github-token": TOKEN, comment: "true", "json-file": "aigis.json", ...inputs }, env);
  return { ...r, report: JSON.parse(fs.readFileSync(path.join(ws, "aigis.json"), "utf8")) };
}

const warnings = (r: ActionRun) => r.commands.filter((l) => l.startsWith("::warning::"));

const STRICT_BASE = fs.readFileSync(path.join(fixtures, "gaps", ".aigis.yml"), "utf8");
/** A pull request's `.aigis.yml` that would silence the gate three ways. */
const LOOSE_HEAD = `fail-on: none
rules:
  AIGIS-MC-001: off
params:
  today: "2026-11-28"
waivers:
  - rule: AIGIS-SC-002
    path: "**"
    reason: not needed
    owner: someone
    expires: "2027-01-31"
`;

describe("the gate's configuration on pull requests", () => {
  it("comes from the base branch (contents API at the base SHA): a head .aigis.yml that loosens the gate still fails, and the loosenings are listed", async () => {
    const gh = await startServer({ contents: { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } } });
    const ws = workspace("gaps");
    fs.writeFileSync(path.join(ws, ".aigis.yml"), LOOSE_HEAD);
    const r = await runPr(gh, ws);
    expect(r.status).toBe(1);
    expect(r.report.passed).toBe(false);
    expect(gh.requestsMatching("GET", /\/contents\/\.aigis\.yml$/).map((q) => q.query["ref"])).toEqual([BASE_SHA]);
    // The rule the head turns off still reports, and the waiver does not apply.
    expect(r.report.findings.some((f) => f.rule === "AIGIS-MC-001")).toBe(true);
    expect(r.report.findings.some((f) => f.rule === "AIGIS-SC-002")).toBe(true);
    expect(r.report.config_review).toMatchObject({ source: "base", note: null, disabled_rules: [] });
    expect(r.report.config_review!.loosenings.map((l) => l.setting)).toEqual(["fail-on", "rules.AIGIS-MC-001", "waivers"]);
    for (const text of [r.summary, gh.comments.get(PR)![0]!.body]) {
      expect(text).toContain("**This pull request loosens the gate** (its configuration compared with the base branch's; they do not apply until merged):");
      expect(text).toContain("- `fail-on`: raised from critical to none");
      expect(text).toContain("- `rules.AIGIS-MC-001`: turned off");
      expect(text).toMatch(/- `waivers`: AIGIS-SC-002 waived on "\\\*\\\*" until 2027-01-31/);
    }
    expect(r.stdout).toContain("rules.AIGIS-MC-001: turned off");
  });

  it("config-from: head opts into the pull request's file; the loosenings are still listed, and disabled rules named", async () => {
    const gh = await startServer({ contents: { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } } });
    const ws = workspace("gaps");
    fs.writeFileSync(path.join(ws, ".aigis.yml"), LOOSE_HEAD);
    const r = await runPr(gh, ws, { "config-from": "head" });
    expect(r.status).toBe(0);
    expect(r.report.config_review).toMatchObject({ source: "head", disabled_rules: ["AIGIS-MC-001"] });
    expect(r.summary).toContain("The gate ran with this pull request's configuration (config-from: head).");
    expect(r.summary).toContain("they apply");
    expect(r.summary).toContain("**Rules turned off:** `AIGIS-MC-001`");
  });

  it("comes from git history when the checkout has the base commit, without asking the API", async () => {
    const gh = await startServer();
    const ws = workspace("gaps");
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: ws,
        encoding: "utf8",
        env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
      }).trim();
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "base");
    const base = git("rev-parse", "HEAD");
    fs.writeFileSync(path.join(ws, ".aigis.yml"), LOOSE_HEAD);
    git("commit", "-qam", "head");
    const r = await runPr(gh, ws, {}, { baseSha: base });
    expect(r.status).toBe(1);
    expect(gh.requestsMatching("GET", /\/contents\//)).toEqual([]);
    expect(r.report.config_review!.source).toBe("base");
    expect(r.report.config_review!.loosenings.map((l) => l.setting)).toContain("fail-on");
  });

  it("is the built-in defaults, with a warning, when the base cannot be read; never the pull request's", async () => {
    const gh = await startServer({ fail: { path: /\/contents\//, status: 403, message: "Resource not accessible by integration" } });
    const ws = workspace("gaps");
    fs.writeFileSync(path.join(ws, ".aigis.yml"), LOOSE_HEAD);
    const r = await runPr(gh, ws, { comment: "false" });
    expect(r.status).toBe(1);
    expect(warnings(r)[0]).toContain(
      "could not read the configuration at the base commit (the contents API failed (HTTP 403: Resource not accessible by integration))",
    );
    expect(r.report.config_review).toMatchObject({ source: "defaults" });
  });
});

describe("the sticky comment's marker", () => {
  it("in a directory name neither appears in a comment nor lets another scope's run take that comment over", async () => {
    const gh = await startServer({ pullFiles: { [PR]: [] } });
    const ws = workspace("gaps");
    const evil = "models/<!-- aigis:pr-comment scope=docs -->";
    fs.mkdirSync(path.join(ws, evil), { recursive: true });
    fs.copyFileSync(path.join(ws, "models/chat-assistant/README.md"), path.join(ws, evil, "README.md"));
    writeTree(ws, { "docs/README.md": "# Docs\n" });
    gh.opts.contents = { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } };
    await runPr(gh, ws);
    const [root] = gh.comments.get(PR)!;
    expect(root!.body.split("\n")[0]).toBe("<!-- aigis:pr-comment scope=. -->");
    expect(root!.body).toContain("scope=docs");
    expect(root!.body).not.toContain("aigis:pr-comment scope=docs");
    const rootBody = root!.body;

    await runPr(gh, ws, { path: "docs" });
    const comments = gh.comments.get(PR)!;
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toBe(rootBody);
    expect(comments[1]!.body.split("\n")[0]).toBe("<!-- aigis:pr-comment scope=docs -->");
  });

  it("counts only as the first line of a comment by the same identity", async () => {
    const gh = await startServer({ contents: { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } } });
    const quoting = gh.seedComment(PR, ACTIONS_BOT, "Earlier report:\n<!-- aigis:pr-comment scope=. -->\nold");
    await runPr(gh, workspace("gaps"));
    const comments = gh.comments.get(PR)!;
    expect(comments).toHaveLength(2);
    expect(comments.find((c) => c.id === quoting)!.body).toBe("Earlier report:\n<!-- aigis:pr-comment scope=. -->\nold");
  });
});

describe("API errors", () => {
  it("a rate limit is named with its reset time and not mistaken for a permission problem", async () => {
    const reset = Math.floor(Date.parse("2031-05-01T12:00:00Z") / 1000);
    const gh = await startServer({
      contents: { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } },
      fail: {
        path: /\/issues\/\d+\/comments$/,
        status: 403,
        message: "API rate limit exceeded for installation ID 1.",
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      },
    });
    const r = await runPr(gh, workspace("passing"));
    expect(r.status).toBe(0);
    expect(warnings(r)).toEqual([
      "::warning::aigis: could not write the pull-request comment (HTTP 403: API rate limit exceeded for installation ID 1.; API rate limit exceeded, resets at 2031-05-01T12:00:00.000Z): the token's API rate limit is used up; the next run after the reset writes the comment. Annotations, the job summary and the check status are unaffected.",
    ]);
    // A reset that far away is reported, not waited for.
    expect(gh.requestsMatching("GET", /\/issues\/\d+\/comments$/)).toHaveLength(1);
  });

  it("a 404 says the pull request is not visible to the token", async () => {
    const gh = await startServer({
      contents: { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } },
      fail: { path: /\/issues\/\d+\/comments$/, status: 404, message: "Not Found" },
    });
    const r = await runPr(gh, workspace("passing"));
    expect(warnings(r)).toEqual([
      "::warning::aigis: could not write the pull-request comment (HTTP 404: Not Found): the repository or pull request is not visible to this token (GitHub answers 404 to a token without access). Annotations, the job summary and the check status are unaffected.",
    ]);
  });

  it("a server error is retried", async () => {
    const gh = await startServer({
      contents: { [BASE_SHA]: { ".aigis.yml": STRICT_BASE } },
      fail: { path: /\/issues\/\d+\/comments$/, status: 502, message: "Bad Gateway", times: 1 },
    });
    const r = await runPr(gh, workspace("passing"));
    expect(warnings(r)).toEqual([]);
    expect(gh.comments.get(PR)).toHaveLength(1);
    expect(gh.requestsMatching("GET", /\/issues\/\d+\/comments$/)).toHaveLength(2);
  });
});

describe("only-changed and deletions", () => {
  it("a pull request that deletes the AI policy fails on the missing policy, though no changed file carries the finding", async () => {
    const gh = await startServer({ pullFiles: { [PR]: [{ filename: "AI_POLICY.md", status: "removed" }] } });
    const ws = workspace("passing");
    gh.opts.contents = { [BASE_SHA]: { ".aigis.yml": fs.readFileSync(path.join(ws, ".aigis.yml"), "utf8") } };
    fs.rmSync(path.join(ws, "AI_POLICY.md"));
    const r = await runPr(gh, ws, { "only-changed": "true", "fail-on": "high", comment: "false" });
    expect(r.status).toBe(1);
    expect(r.report.findings.filter((f) => f.in_diff).map((f) => f.rule)).toContain("AIGIS-GV-001");
    expect(r.commands.at(-1)).toMatch(/^::error::aigis: \d+ finding\(s\) at or above fail-on high in files this pull request changes\.$/);
  });

  it("a deletion of an unrelated file type does not make pre-existing findings count", async () => {
    const gh = await startServer({ pullFiles: { [PR]: [{ filename: "scripts/old.sh", status: "removed" }] } });
    const ws = workspace("passing");
    gh.opts.contents = { [BASE_SHA]: { ".aigis.yml": fs.readFileSync(path.join(ws, ".aigis.yml"), "utf8") } };
    fs.rmSync(path.join(ws, "AI_POLICY.md"));
    const r = await runPr(gh, ws, { "only-changed": "true", "fail-on": "high", comment: "false" });
    expect(r.status).toBe(0);
    expect(r.report.findings.some((f) => f.in_diff)).toBe(false);
  });
});
