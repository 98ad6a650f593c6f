// `aigis merge`: forty reports from real runs on different fixture repositories merge into JSON,
// Markdown and HTML that name all forty, with totals equal to the sums of the reports; a corrupt or
// foreign report is named and skipped, the others survive, and the exit status says so.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import type { OrgView } from "../src/merge/aggregate.js";
import { withOrigin } from "../src/report/origin.js";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import type { Threshold } from "../src/model/types.js";
import { fixtures, policyDir, tempDir } from "./helpers.js";

const REPOS = [
  "ai-in-use",
  "passing",
  "gaps",
  "waivers",
  "agents/valid",
  "agents/risky",
  "malformed",
  ...fs
    .readdirSync(path.join(fixtures, "formats"))
    .sort()
    .map((f) => `formats/${f}`),
];
const THRESHOLDS: Threshold[] = ["critical", "high", "medium", "low", "none"];
const TODAY = "2027-01-10"; // the waivers fixture's configuration waiver expires on 2027-01-31

let dir: string;
const reports: Report[] = [];

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } } as unknown as Parameters<
    typeof main
  >[1]);
  return { code, out, err };
}

beforeAll(async () => {
  dir = tempDir("aigis-merge-");
  fs.mkdirSync(path.join(dir, "reports"));
  for (let i = 0; i < 40; i++) {
    const fixture = REPOS[i % REPOS.length]!;
    const { report } = await run({ root: path.join(fixtures, fixture), policyDir, version: "test", failOn: THRESHOLDS[i % THRESHOLDS.length]! });
    const named = withOrigin(report, {
      repository: `acme/repo-${String(i).padStart(2, "0")}`,
      commit: `${String(i).padStart(2, "0")}${"a".repeat(38)}`,
      ref: "refs/heads/main",
    });
    reports.push(named);
    // The layout actions/download-artifact leaves: one directory per artifact.
    const artifact = path.join(dir, "reports", `aigis-${i}`);
    fs.mkdirSync(artifact);
    fs.writeFileSync(path.join(artifact, "aigis.json"), renderJson(named));
  }
}, 120_000);

describe("aigis merge", () => {
  it("merges forty reports into a JSON view naming all forty, with totals equal to the sums", async () => {
    const { code, out, err } = await cli(["merge", path.join(dir, "reports"), "--today", TODAY]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const view = JSON.parse(out) as OrgView;
    expect(view.repositories.map((r) => r.repository)).toEqual(reports.map((r) => r.repository));
    const sum = (pick: (r: Report) => number) => reports.reduce((n, r) => n + pick(r), 0);
    expect(view.totals).toMatchObject({
      reports: 40,
      skipped: 0,
      passed: reports.filter((r) => r.passed).length,
      failed: reports.filter((r) => !r.passed).length,
      findings: sum((r) => r.summary.findings),
      blocking: sum((r) => r.summary.blocking),
      suppressed: sum((r) => r.summary.suppressed),
      artifacts: sum((r) => r.summary.artifacts),
      by_severity: {
        critical: sum((r) => r.summary.by_severity.critical),
        high: sum((r) => r.summary.by_severity.high),
        medium: sum((r) => r.summary.by_severity.medium),
        low: sum((r) => r.summary.by_severity.low),
      },
    });
    // The real runs differ: some pass, some fail, and there are findings to add up.
    expect(view.totals.passed).toBeGreaterThan(0);
    expect(view.totals.failed).toBeGreaterThan(0);
    expect(view.totals.findings).toBeGreaterThan(40);
    // Per repository: verdict, readiness per framework, counts by severity, as in its own report.
    for (const [i, r] of reports.entries()) {
      const row = view.repositories[i]!;
      expect(row).toMatchObject({
        passed: r.passed,
        threshold: r.threshold,
        by_severity: r.summary.by_severity,
        overall: r.readiness.overall,
        commit: r.commit,
      });
      expect(row.readiness).toEqual(Object.fromEntries(r.readiness.frameworks.map((f) => [f.id, f.score])));
    }
    // A gap's totals are the sums over the reports that have it.
    const top = view.top_gaps[0]!;
    const having = reports.filter((r) => r.findings.some((f) => f.rule === top.rule));
    expect(top.repositories).toBe(having.length);
    expect(top.findings).toBe(having.reduce((n, r) => n + r.findings.filter((f) => f.rule === top.rule).length, 0));
    expect(view.top_gaps.reduce((n, g) => n + g.findings, 0)).toBe(view.totals.findings);
    // Readiness per framework: the mean of the repositories' scores.
    const iso = view.readiness.find((f) => f.id === "iso42001")!;
    const scores = reports.map((r) => r.readiness.frameworks.find((f) => f.id === "iso42001")?.score).filter((s): s is number => typeof s === "number");
    expect(iso.repositories).toBe(scores.length);
    expect(iso.mean).toBe(Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10);
  });

  it("lists the waivers that expire within 30 days, and only those", async () => {
    const view = JSON.parse((await cli(["merge", path.join(dir, "reports"), "--today", TODAY])).out) as OrgView;
    const waived = reports.filter((r) => r.suppressed.length > 0).map((r) => r.repository);
    expect(waived.length).toBeGreaterThan(0);
    expect(view.expiring_waivers.length).toBeGreaterThan(0);
    for (const w of view.expiring_waivers) {
      expect(waived).toContain(w.repository);
      expect(w.expires).toBe("2027-01-31");
      expect(w.days_left).toBe(21);
    }
    // The inline waiver expiring 2027-03-31 is outside the window; a month later it is inside, and the first has expired.
    const later = JSON.parse((await cli(["merge", path.join(dir, "reports"), "--today", "2027-03-15"])).out) as OrgView;
    expect(new Set(later.expiring_waivers.map((w) => w.expires))).toEqual(new Set(["2027-03-31"]));
  });

  it("Markdown and HTML name all forty repositories and the totals", async () => {
    const md = await cli(["merge", path.join(dir, "reports"), "--format", "markdown", "--today", TODAY]);
    const page = await cli(["merge", path.join(dir, "reports"), "--format", "html", "--today", TODAY]);
    expect([md.code, page.code]).toEqual([0, 0]);
    const findings = reports.reduce((n, r) => n + r.summary.findings, 0);
    for (const r of reports) {
      expect(md.out).toContain(`| \`${r.repository}\` |`);
      expect(page.out).toContain(`<td>${r.repository}</td>`);
    }
    expect(md.out).toContain(`40 repositories merged`);
    expect(md.out).toContain(`${findings} findings`);
    expect(page.out).toContain(`${findings} findings`);
    // Self-contained: no script, nothing fetched.
    expect(page.out).toContain("default-src 'none'");
    expect(page.out).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  it("a corrupt and a foreign report are named on standard error and skipped, the others are merged, exit 3", async () => {
    const mixed = tempDir("aigis-merge-mixed-");
    fs.cpSync(path.join(dir, "reports"), mixed, { recursive: true });
    const text = fs.readFileSync(path.join(mixed, "aigis-3", "aigis.json"), "utf8");
    fs.writeFileSync(path.join(mixed, "aigis-3", "aigis.json"), text.slice(0, text.length / 2)); // cut short, as by a failed upload
    fs.writeFileSync(path.join(mixed, "aigis-7", "aigis.json"), JSON.stringify({ version: "2.1.0", runs: [] }));
    const { code, out, err } = await cli(["merge", mixed, "--today", TODAY]);
    expect(code).toBe(3);
    expect(err).toContain(`skipped ${path.join(mixed, "aigis-3", "aigis.json")}: not valid JSON`);
    expect(err).toContain(`skipped ${path.join(mixed, "aigis-7", "aigis.json")}: not an aigis report`);
    const view = JSON.parse(out) as OrgView;
    expect(view.totals.reports).toBe(38);
    expect(view.totals.skipped).toBe(2);
    expect(view.skipped.map((s) => s.source)).toEqual([path.join(mixed, "aigis-3", "aigis.json"), path.join(mixed, "aigis-7", "aigis.json")]);
    const kept = reports.filter((_, i) => i !== 3 && i !== 7);
    expect(view.repositories.map((r) => r.repository)).toEqual(kept.map((r) => r.repository));
    expect(view.totals.findings).toBe(kept.reduce((n, r) => n + r.summary.findings, 0));
  });

  it("the organisation scan's record of a repository it could not scan is named, not dropped", async () => {
    const d = tempDir("aigis-merge-err-");
    fs.writeFileSync(path.join(d, "acme__ok.json"), renderJson(reports[0]!));
    fs.writeFileSync(
      path.join(d, "acme__gone.json"),
      JSON.stringify({ tool: { name: "aigis" }, report_version: 1, repository: "acme/gone", scan_error: "could not be cloned" }),
    );
    const { code, out, err } = await cli(["merge", d]);
    expect(code).toBe(3);
    expect(err).toContain(`skipped ${path.join(d, "acme__gone.json")}: no report for acme/gone: could not be cloned`);
    expect((JSON.parse(out) as OrgView).totals).toMatchObject({ reports: 1, skipped: 1 });
  });

  it("a report from a newer report_version is foreign, not misread", async () => {
    const d = tempDir("aigis-merge-v-");
    fs.writeFileSync(path.join(d, "a.json"), JSON.stringify({ ...reports[0], report_version: 2 }));
    const { code, err } = await cli(["merge", d]);
    expect(code).toBe(3);
    expect(err).toContain("report_version 2 is not one this aigis reads");
  });

  it("the AI inventory across repositories: which models and providers are used where", async () => {
    const d = tempDir("aigis-merge-inv-");
    const withInventory = (i: number, inventory: unknown) => fs.writeFileSync(path.join(d, `${i}.json`), renderJson({ ...reports[i]!, inventory } as Report));
    withInventory(0, {
      models: [
        { name: "gpt-4o-mini", provider: "openai", path: "svc/app.py", line: 3 },
        { name: "gpt-4o-mini", provider: "openai", path: "svc/other.py", line: 9 },
      ],
      providers: [{ name: "openai" }],
    });
    withInventory(1, {
      models: [
        { name: "gpt-4o-mini", provider: "openai" },
        { name: "distilbert-base-uncased", provider: "huggingface" },
      ],
    });
    withInventory(2, { models: [] });
    const { inventory: _none, ...older } = reports[3]!;
    fs.writeFileSync(path.join(d, "3.json"), JSON.stringify(older)); // made before reports had an inventory
    const view = JSON.parse((await cli(["merge", d])).out) as OrgView;
    expect(view.inventory[0]).toEqual({ kind: "model", name: "gpt-4o-mini", provider: "openai", repositories: ["acme/repo-00", "acme/repo-01"] });
    expect(view.inventory).toContainEqual({ kind: "model", name: "distilbert-base-uncased", provider: "huggingface", repositories: ["acme/repo-01"] });
    expect(view.totals).toMatchObject({ using_ai: 2, not_using_ai: 1, no_inventory: 1 });
  });

  it("the inventory of real runs: what the ai-in-use repository uses is listed with the repositories using it", async () => {
    const view = JSON.parse((await cli(["merge", path.join(dir, "reports"), "--today", TODAY])).out) as OrgView;
    const users = reports.filter((r) => r.inventory.length > 0).map((r) => r.repository);
    expect(users.length).toBeGreaterThan(0);
    expect(view.totals.using_ai).toBe(users.length);
    expect(view.totals.no_inventory).toBe(0);
    for (const item of reports[0]!.inventory) {
      const merged = view.inventory.find((i) => i.kind === item.type && i.name === item.name && i.provider === item.provider);
      expect(merged, `${item.type} ${item.name}`).toBeDefined();
      expect(merged!.repositories).toEqual(
        reports.filter((r) => r.inventory.some((x) => x.type === item.type && x.name === item.name && x.provider === item.provider)).map((r) => r.repository),
      );
    }
  });

  it("text from a report is inert in Markdown and HTML", async () => {
    const d = tempDir("aigis-merge-esc-");
    const hostile = {
      ...reports[1]!,
      repository: "<img src=x onerror=alert(1)>|@team",
      findings: reports[1]!.findings.map((f) => ({ ...f, title: "[click](https://evil.example) <b>" })),
    };
    fs.writeFileSync(path.join(d, "h.json"), JSON.stringify(hostile));
    const md = (await cli(["merge", d, "--format", "markdown"])).out;
    const page = (await cli(["merge", d, "--format", "html"])).out;
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // In Markdown, repository names are code spans (shown literally); anywhere else the text is escaped.
    const outsideCode = md.replace(/`[^`\n]*`/g, "");
    expect(md).toContain("| `<img src=x onerror=alert(1)>\\|@team` |");
    expect(outsideCode).not.toContain("<img");
    expect(outsideCode).not.toContain("](https://evil");
    expect(outsideCode).not.toMatch(/@team/);
  });

  it("usage: no input, a missing path, a bad format, or nothing to merge is exit 2", async () => {
    expect((await cli(["merge"])).code).toBe(2);
    expect((await cli(["merge", path.join(dir, "nope")])).err).toContain("no such file or directory");
    expect((await cli(["merge", dir, "--format", "sarif"])).code).toBe(2);
    const empty = tempDir("aigis-merge-empty-");
    const none = await cli(["merge", empty]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("no report (*.json) found");
  });

  it("the same inputs give byte-identical output, whatever order they are named in", async () => {
    const a = await cli(["merge", path.join(dir, "reports", "aigis-5"), path.join(dir, "reports", "aigis-1"), "--today", TODAY]);
    const b = await cli(["merge", path.join(dir, "reports", "aigis-1"), path.join(dir, "reports", "aigis-5"), "--today", TODAY]);
    expect(a.out).toBe(b.out);
  });

  it("--output writes the view to a file", async () => {
    const out = path.join(tempDir("aigis-merge-out-"), "org", "index.html");
    const { code } = await cli(["merge", path.join(dir, "reports"), "--format", "html", "--output", out]);
    expect(code).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });
});
