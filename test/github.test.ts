// End to end on a pull request: the bundled Action against a fake GitHub API on 127.0.0.1.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtures, tempDir, writeTree } from "./helpers.js";
import { BASE_SHA, copyDist, pullRequestEnv, runBundledAction, type ActionRun } from "./fake-github/action-runner.js";
import { ACTIONS_BOT, FakeGitHub, type FakeGitHubOptions, type User } from "./fake-github/server.js";

const TOKEN = "ghs_aigisCanaryToken0123456789abcdefXYZ";
const MARKER = "<!-- aigis:pr-comment scope=. -->";
const PR = 7;
const REVIEWER: User = { login: "reviewer", id: 501, type: "User" };
const OTHER_BOT: User = { login: "other-bot[bot]", id: 777, type: "Bot" };

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
  server = new FakeGitHub({ owner: "acme", repo: "models", token: TOKEN, pullFiles: { [PR]: ["models/chat-assistant/README.md"] }, ...opts });
  await server.start();
  return server;
}

function workspace(name: string): string {
  const dir = tempDir("aigis-ws-");
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

interface PrRun extends ActionRun {
  /** The Action's own JSON report: the oracle for counts, so rule changes do not break these tests. */
  report: JsonReport;
}

interface JsonReport {
  passed: boolean;
  summary: { findings: number; blocking: number; by_severity: Record<string, number> };
  findings: { rule: string; severity: string; path: string; line: number; in_diff?: boolean }[];
}

async function runOnPullRequest(
  gh: FakeGitHub,
  ws: string,
  inputs: Record<string, string> = {},
  extra: { fork?: boolean; env?: Record<string, string> } = {},
): Promise<PrRun> {
  // Unless a test says otherwise, the base branch has the same configuration file as the pull request.
  const cfg = path.join(ws, ".aigis.yml");
  if (!gh.opts.contents && fs.existsSync(cfg)) gh.opts.contents = { [BASE_SHA]: { ".aigis.yml": fs.readFileSync(cfg, "utf8") } };
  const env = { ...pullRequestEnv(gh.url, { number: PR, fork: extra.fork }), ...extra.env };
  const r = await runBundledAction(dist, ws, { "github-token": TOKEN, comment: "true", "json-file": "aigis-report.json", ...inputs }, env);
  return { ...r, report: JSON.parse(fs.readFileSync(path.join(ws, inputs["json-file"] ?? "aigis-report.json"), "utf8")) };
}

const findings = (n: number) => `${n} finding${n === 1 ? "" : "s"}`;
const CARD = "models/chat-assistant/README.md";
const BOM = "ai-bom.cdx.json";
const PROVENANCE = "data/web-faq/provenance.json";
// What GitHub should show for fixtures/gaps when the pull request changes the model card, per
// docs/github.md: critical and high as errors, medium as warnings, most severe first, changed files
// first at each severity, then file order; nine error slots (the failing verdict is the tenth), and
// gaps of the repository as a whole (no AI policy, no register…) carry no file and come last.
// Written out by hand from the fixture's findings (the card holds 2 critical, 5 high, 1 medium).
const GAPS_ERRORS = [`${CARD}:2`, `${CARD}:20`, `${BOM}:31`, `${CARD}:1`, `${CARD}:5`, `${CARD}:24`, `${CARD}:34`, `${CARD}:38`, `${BOM}:14`];
const GAPS_WARNINGS = [`${CARD}:42`, `${BOM}:6`, `${BOM}:10`, `${BOM}:19`, `${BOM}:28`];

/** The calls after reading the base configuration (tested on its own below). */
const calls = (gh: FakeGitHub, from = 0) =>
  gh.requests
    .slice(from)
    .filter((r) => !r.path.includes("/contents/"))
    .map((r) => `${r.method} ${r.path}${r.query["page"] ? `?page=${r.query["page"]}` : ""}`);
const warnings = (r: ActionRun) => r.commands.filter((l) => l.startsWith("::warning::"));
const annotatedFiles = (r: ActionRun, level: string) =>
  r.commands.filter((l) => l.startsWith(`::${level} title=`) && l.includes(",file=")).map((l) => /,file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(":"));

describe("sticky pull-request comment", () => {
  it("is created on the first run and updated in place on the next, also when everything passes", async () => {
    const gh = await startServer();
    const first = await runOnPullRequest(gh, workspace("gaps"));
    expect(first.status).toBe(1);
    expect(calls(gh)).toEqual([
      "GET /repos/acme/models/pulls/7/files",
      "POST /graphql",
      "GET /repos/acme/models/issues/7/comments",
      "POST /repos/acme/models/issues/7/comments",
    ]);
    const [created] = gh.comments.get(PR)!;
    expect(gh.comments.get(PR)).toHaveLength(1);
    expect(created!.user).toEqual(ACTIONS_BOT);
    expect(first.report.summary.blocking).toBeGreaterThan(0);
    expect(created!.body.startsWith(`${MARKER}\n## aigis: ❌ failed: ${findings(first.report.summary.blocking)} at or above critical\n`)).toBe(true);
    expect(created!.body).toContain(". 🔴 **AIGIS-MC-001** Intended use documented (critical, 1 place)");
    expect(created!.body).toContain("[the job summary](https://github.com/acme/models/actions/runs/4242)");
    expect(first.stdout).toContain(`aigis: pull-request comment created (id ${created!.id}).`);
    expect(warnings(first)).toEqual([]);

    const before = gh.requests.length;
    const second = await runOnPullRequest(gh, workspace("passing"));
    expect(second.status).toBe(0);
    expect(calls(gh, before)).toEqual([
      "GET /repos/acme/models/pulls/7/files",
      "POST /graphql",
      "GET /repos/acme/models/issues/7/comments",
      `PATCH /repos/acme/models/issues/comments/${created!.id}`,
    ]);
    const comments = gh.comments.get(PR)!;
    expect(comments.map((c) => c.id)).toEqual([created!.id]);
    expect(comments[0]!.body.startsWith(`${MARKER}\n## aigis: ✅ passed: no finding at or above critical\n`)).toBe(true);
    expect(comments[0]!.body).not.toContain("❌");
    expect(second.stdout).toContain(`aigis: pull-request comment updated (id ${created!.id}).`);
  });

  it("finds its own comment on a later page and leaves look-alikes by others untouched", async () => {
    const gh = await startServer();
    const foreignBody = `${MARKER}\nA report copied by another bot.`;
    let foreign = 0;
    let own = 0;
    for (let i = 0; i < 130; i++) {
      if (i === 3) foreign = gh.seedComment(PR, OTHER_BOT, foreignBody);
      else if (i === 117) own = gh.seedComment(PR, ACTIONS_BOT, `${MARKER}\nstale report`);
      else gh.seedComment(PR, REVIEWER, `Looks fine ${i} ${MARKER.slice(0, 10)}`);
    }
    const r = await runOnPullRequest(gh, workspace("gaps"));
    expect(r.status).toBe(1);
    expect(calls(gh)).toEqual([
      "GET /repos/acme/models/pulls/7/files",
      "POST /graphql",
      "GET /repos/acme/models/issues/7/comments",
      "GET /repos/acme/models/issues/7/comments?page=2",
      `PATCH /repos/acme/models/issues/comments/${own}`,
    ]);
    const comments = gh.comments.get(PR)!;
    expect(comments).toHaveLength(130);
    expect(comments.find((c) => c.id === foreign)!.body).toBe(foreignBody);
    expect(comments.find((c) => c.id === own)!.body.startsWith(`${MARKER}\n## aigis: ❌ failed`)).toBe(true);
  });

  it("does not adopt another author's comment with the marker: it writes its own", async () => {
    const gh = await startServer();
    const foreign = gh.seedComment(PR, OTHER_BOT, `${MARKER}\nsimilar`);
    await runOnPullRequest(gh, workspace("gaps"));
    const comments = gh.comments.get(PR)!;
    expect(comments.map((c) => [c.id, c.user.login])).toEqual([
      [foreign, "other-bot[bot]"],
      [foreign + 1, "github-actions[bot]"],
    ]);
    expect(comments[0]!.body).toBe(`${MARKER}\nsimilar`);
    expect(gh.requestsMatching("PATCH", /./)).toEqual([]);
  });

  it("removes duplicates left by concurrent runs and keeps the oldest", async () => {
    const gh = await startServer();
    const oldest = gh.seedComment(PR, ACTIONS_BOT, `${MARKER}\nfirst`);
    const dup = gh.seedComment(PR, ACTIONS_BOT, `${MARKER}\nsecond`);
    await runOnPullRequest(gh, workspace("gaps"));
    expect(calls(gh).slice(-2)).toEqual([`PATCH /repos/acme/models/issues/comments/${oldest}`, `DELETE /repos/acme/models/issues/comments/${dup}`]);
    expect(gh.comments.get(PR)!.map((c) => c.id)).toEqual([oldest]);
  });

  it("falls back to github-actions[bot] when neither GraphQL nor GET /user says who the token is", async () => {
    const gh = await startServer({ graphqlViewer: false, restUser: false });
    const own = gh.seedComment(PR, ACTIONS_BOT, `${MARKER}\nstale`);
    const r = await runOnPullRequest(gh, workspace("gaps"));
    expect(calls(gh)).toEqual([
      "GET /repos/acme/models/pulls/7/files",
      "POST /graphql",
      "GET /user",
      "GET /repos/acme/models/issues/7/comments",
      `PATCH /repos/acme/models/issues/comments/${own}`,
    ]);
    expect(warnings(r)).toEqual([]);
  });

  it("with a personal token, its own user is the author and the Actions bot's comment is someone else's", async () => {
    const octocat: User = { login: "octocat", id: 583231, type: "User" };
    const gh = await startServer({ identity: octocat });
    const bot = gh.seedComment(PR, ACTIONS_BOT, `${MARKER}\nfrom GITHUB_TOKEN`);
    await runOnPullRequest(gh, workspace("gaps"));
    expect(gh.comments.get(PR)!.map((c) => [c.id, c.user.login])).toEqual([
      [bot, "github-actions[bot]"],
      [bot + 1, "octocat"],
    ]);
  });

  it("escapes artifact text so it cannot add HTML or mention people", async () => {
    const gh = await startServer({ pullFiles: { [PR]: ["m/README.md"] } });
    const ws = writeTree(tempDir("aigis-ws-"), {
      "m/README.md": '---\nlicense: mit\nmodel_name: "<img src=x onerror=alert(1)> @acme/owners [x](https://evil.example)"\n---\n# Model Card\n',
    });
    await runOnPullRequest(gh, ws, { "fail-on": "none" });
    const body = gh.comments.get(PR)![0]!.body;
    expect(body).not.toContain("<img");
    expect(body).not.toMatch(/@acme\//);
    expect(body).not.toMatch(/[^\\]\]\(https:\/\/evil/);
    expect(body).toContain("&lt;img src=x onerror=alert(1)&gt; @\u200bacme/owners \\[x\\](https:/\u200b/evil.example)");
  });

  it("posts nothing when comment is false, and nothing on other events", async () => {
    const gh = await startServer();
    const off = await runOnPullRequest(gh, workspace("gaps"), { comment: "false" });
    expect(off.status).toBe(1);
    expect(calls(gh)).toEqual(["GET /repos/acme/models/pulls/7/files"]);
    const before = gh.requests.length;
    const push = await runBundledAction(
      dist,
      workspace("gaps"),
      { "github-token": TOKEN },
      { ...pullRequestEnv(gh.url, { number: PR }), GITHUB_EVENT_NAME: "push" },
    );
    expect(push.status).toBe(1);
    expect(gh.requests).toHaveLength(before);
  });
});

describe("fork pull requests and read-only tokens", () => {
  it("a 403 becomes one warning; annotations, summary, outputs and the failing status still work", async () => {
    const gh = await startServer({ readOnly: true });
    const ws = workspace("gaps");
    const r = await runOnPullRequest(gh, ws, { "json-file": "aigis.json", "sarif-file": "aigis.sarif" }, { fork: true });
    expect(r.status).toBe(1);
    expect(warnings(r)).toEqual([
      "::warning::aigis: could not write the pull-request comment (HTTP 403: Resource not accessible by integration): pull requests from forks get a read-only token. Annotations, the job summary and the check status are unaffected.",
    ]);
    expect(annotatedFiles(r, "error")).toEqual(GAPS_ERRORS);
    expect(annotatedFiles(r, "warning")).toEqual(GAPS_WARNINGS);
    // Ten error annotations in the step, the failing verdict included: GitHub would drop an eleventh.
    expect(annotatedFiles(r, "error").length).toBeLessThanOrEqual(9);
    expect(r.commands.filter((l) => l.startsWith("::error"))).toHaveLength(10);
    expect(r.commands.at(-1)).toBe(`::error::aigis: ${r.report.summary.blocking} finding(s) at or above fail-on critical.`);
    expect(r.summary).toContain(`## aigis: ❌ failed: ${findings(r.report.summary.blocking)} at or above critical`);
    expect(r.outputs).toMatchObject({
      findings: String(r.report.summary.findings),
      critical: String(r.report.summary.by_severity["critical"]),
      "json-file": path.join(ws, "aigis.json"),
      "sarif-file": path.join(ws, "aigis.sarif"),
    });
    expect(fs.existsSync(path.join(ws, "aigis.sarif"))).toBe(true);
    expect(gh.comments.get(PR)).toBeUndefined();
    expect(gh.requestsMatching("POST", /\/comments$/)).toHaveLength(1);
  });

  it("a same-repository token without pull-requests: write gets a hint about permissions", async () => {
    const gh = await startServer({ readOnly: true });
    const r = await runOnPullRequest(gh, workspace("passing"));
    expect(r.status).toBe(0);
    expect(warnings(r)).toEqual([
      "::warning::aigis: could not write the pull-request comment (HTTP 403: Resource not accessible by integration): the token lacks `pull-requests: write` (see the workflow's `permissions`). Annotations, the job summary and the check status are unaffected.",
    ]);
  });

  it("an unreachable API degrades to warnings: the base configuration falls back to the defaults, and no comment", async () => {
    const gh = await startServer();
    await gh.stop();
    server = null;
    const r = await runOnPullRequest(gh, workspace("passing"));
    expect(r.status).toBe(0);
    expect(warnings(r)).toHaveLength(2);
    expect(warnings(r)[0]).toMatch(
      /^::warning::aigis: could not read the configuration at the base commit \(the contents API failed \(.+\)\); the gate uses the built-in defaults, not the pull request's configuration\./,
    );
    expect(warnings(r)[1]).toMatch(
      /^::warning::aigis: could not write the pull-request comment \(.+\)\. Annotations, the job summary and the check status are unaffected\.$/,
    );
  });
});

describe("changed files", () => {
  it("annotations go to changed files first at each severity; every finding still counts", async () => {
    const gh = await startServer();
    const r = await runOnPullRequest(gh, workspace("gaps"), { comment: "false" });
    expect(r.status).toBe(1);
    const errors = annotatedFiles(r, "error");
    // The two critical gaps of the changed model card come before the critical one elsewhere.
    expect(errors).toEqual(GAPS_ERRORS);
    const inDiff = r.report.findings.filter((f) => f.in_diff).length;
    expect(inDiff).toBe(r.report.findings.filter((f) => f.path === "models/chat-assistant/README.md").length);
    expect(r.summary).toContain(
      `This pull request changes 1 file in the scanned directory; ${inDiff} of ${findings(r.report.findings.length)} are in them (annotated first).`,
    );
  });

  it("only-changed annotates and fails only for findings in changed files, paging through the file list", async () => {
    const many = [...Array.from({ length: 150 }, (_, i) => `docs/page-${i}.md`), "models/chat-assistant/README.md"];
    const gh = await startServer({ pullFiles: { [PR]: many } });
    const r = await runOnPullRequest(gh, workspace("gaps"), { "only-changed": "true", comment: "false" });
    expect(calls(gh)).toEqual(["GET /repos/acme/models/pulls/7/files", "GET /repos/acme/models/pulls/7/files?page=2"]);
    expect(r.status).toBe(1);
    const card = "models/chat-assistant/README.md";
    const inDiff = r.report.findings.filter((f) => f.path === card);
    expect(r.report.findings.filter((f) => f.in_diff)).toEqual(inDiff);
    expect(annotatedFiles(r, "error")).toEqual([`${card}:2`, `${card}:20`, `${card}:1`, `${card}:5`, `${card}:24`, `${card}:34`, `${card}:38`]);
    expect(annotatedFiles(r, "warning")).toEqual([`${card}:42`]);
    expect(new Set([...annotatedFiles(r, "error"), ...annotatedFiles(r, "warning"), ...annotatedFiles(r, "notice")].map((l) => l.split(":")[0]))).toEqual(
      new Set([card]),
    );
    expect(r.report.summary.blocking).toBe(2);
    expect(r.commands.at(-1)).toBe("::error::aigis: 2 finding(s) at or above fail-on critical in files this pull request changes.");
    expect(r.summary).toContain("## aigis: ❌ failed: 2 findings at or above critical");
    expect(r.summary).toContain(
      `**Changed-files mode:** this pull request changes 151 files in the scanned directory; ${inDiff.length} of ${findings(r.report.findings.length)} are in them, and only those are annotated and can fail the check.`,
    );
    expect(r.summary).toContain(`${findings(r.report.findings.length - inDiff.length)} outside the changed files are not annotated.`);
    // The summary still shows everything, including the critical gap outside the diff.
    expect(r.summary).toContain("**AIGIS-SC-002** Hosted AI service names its provider");
  });

  it("only-changed passes when the changed files hold nothing at or above fail-on", async () => {
    const gh = await startServer({ pullFiles: { [PR]: ["data/web-faq/provenance.json"] } });
    const r = await runOnPullRequest(gh, workspace("gaps"), { "only-changed": "true", comment: "false" });
    expect(r.status).toBe(0);
    expect(r.report.findings.some((f) => f.in_diff && f.severity === "critical")).toBe(false);
    expect(annotatedFiles(r, "error")).toEqual([`${PROVENANCE}:15`, `${PROVENANCE}:15`]);
    expect([...annotatedFiles(r, "error"), ...annotatedFiles(r, "warning")].every((l) => l.startsWith("data/web-faq/provenance.json:"))).toBe(true);
    expect(warnings(r)).toEqual([]);
    expect(r.summary).toContain("## aigis: ✅ passed: no finding at or above critical");
    expect(Number(r.outputs["critical"])).toBeGreaterThan(0);
  });

  it("only-changed counts every finding when neither the API nor git can list the changed files", async () => {
    const gh = await startServer({ pullFilesStatus: 500 });
    const r = await runOnPullRequest(gh, workspace("gaps"), { "only-changed": "true", comment: "false" });
    expect(r.status).toBe(1);
    expect(warnings(r)).toEqual([
      "::warning::aigis: could not tell which files this pull request changes (API and git both failed), so only-changed is off and every finding counts.",
    ]);
    expect(r.commands.at(-1)).toBe(`::error::aigis: ${r.report.summary.blocking} finding(s) at or above fail-on critical.`);
    expect(r.report.findings.some((f) => "in_diff" in f)).toBe(false);
  });
});

describe("the token", () => {
  it("is never printed or written, also with step debug logging", async () => {
    for (const readOnly of [false, true]) {
      const gh = await startServer({ readOnly });
      const ws = workspace("gaps");
      const r = await runOnPullRequest(
        gh,
        ws,
        { "json-file": "out/a.json", "sarif-file": "out/a.sarif" },
        { fork: readOnly, env: { ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1" } },
      );
      expect(r.commands.some((l) => l.startsWith("::debug::"))).toBe(true);
      expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
      for (const text of [
        r.stdout,
        r.stderr,
        r.summary,
        JSON.stringify(r.outputs),
        fs.readFileSync(path.join(ws, "out/a.json"), "utf8"),
        fs.readFileSync(path.join(ws, "out/a.sarif"), "utf8"),
      ]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(TOKEN.slice(4, 20));
      }
      for (const c of gh.comments.get(PR) ?? []) expect(c.body).not.toContain(TOKEN);
      await gh.stop();
      server = null;
    }
  });
});
