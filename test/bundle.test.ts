// Runs the committed bundles as GitHub and a user would: copied away from node_modules, the Action
// with INPUT_* variables and the runner's files, the CLI as a plain node script.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyDist, node, pullRequestEnv, runBundledAction } from "./fake-github/action-runner.js";
import { fixtures, lineOf, repoRoot, tempDir, writeTree } from "./helpers.js";

let dist: string;
beforeAll(() => {
  dist = copyDist();
  expect(fs.existsSync(path.join(dist, "..", "node_modules"))).toBe(false);
});

const runAction = (workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
  runBundledAction(dist, workspace, inputs, extraEnv);

function copyFixture(name: string): string {
  const dir = tempDir("aigis-ws-");
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

describe("bundled action (dist/index.js)", () => {
  it("annotates gaps at file and line, writes outputs and summary, and fails on critical", async () => {
    const ws = copyFixture("gaps");
    const r = await runAction(ws, { path: ".", "fail-on": "critical", "json-file": "aigis.json" });
    expect(r.status).toBe(1);
    const card = path.join(ws, "models/chat-assistant/README.md");
    const errorLines = r.stdout.split("\n").filter((l) => l.startsWith("::error "));
    expect(errorLines).toContain(
      `::error title=AIGIS-MC-001 [critical] iso42001%3AA.6.2.7%2C iso42001%3AA.8.2%2C iso42001%3AA.9.4,file=models/chat-assistant/README.md,line=${lineOf(card, "### Direct Use")},col=1::` +
        "Model card for 'chat-assistant' does not state the model's intended use.%0AFix: State the intended use. Hugging Face card: fill `## Uses` › `### Direct Use`. CycloneDX: add `modelCard.considerations.useCases`.",
    );
    expect(
      errorLines.some(
        (l) =>
          l.startsWith(`::error title=AIGIS-SC-002 [critical]`) &&
          l.includes(`file=ai-bom.cdx.json,line=${lineOf(path.join(ws, "ai-bom.cdx.json"), '"provider": {}')},col=7::`),
      ),
    ).toBe(true);
    const json = JSON.parse(fs.readFileSync(path.join(ws, "aigis.json"), "utf8")) as {
      findings: { severity: string; path: string }[];
      summary: { findings: number; blocking: number };
      readiness: { overall: number | null };
    };
    const count = (...sev: string[]) => json.findings.filter((f) => sev.includes(f.severity)).length;
    // GitHub shows 10 errors per step and the failing verdict is one: nine findings, the last says how many more.
    expect(count("critical", "high")).toBeGreaterThan(10);
    expect(errorLines).toHaveLength(9);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("::error"))).toHaveLength(10);
    expect(errorLines[8]).toContain(`(+${count("critical", "high") - 9} more error findings in the job summary and JSON report)`);
    // Two warning slots are kept for the step's own notes; repository-wide gaps share one annotation.
    const mediums = json.findings.filter((f) => f.severity === "medium");
    const entries = mediums.filter((f) => f.path !== "").length + (mediums.some((f) => f.path === "") ? 1 : 0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("::warning ")).length).toBe(Math.min(8, entries));
    expect(r.outputs).toEqual({
      findings: String(json.summary.findings),
      critical: String(count("critical")),
      high: String(count("high")),
      medium: String(count("medium")),
      low: String(count("low")),
      score: String(json.readiness.overall),
      "json-file": path.join(ws, "aigis.json"),
      "sarif-file": "",
      "html-file": "",
      "oscal-file": "",
    });
    expect(json.summary.blocking).toBe(count("critical"));
    expect(r.summary).toContain(`## aigis: ❌ failed: ${json.summary.blocking} findings at or above critical`);
    expect(r.summary).toContain(
      `**Annotations:** ${9 + Math.min(8, entries) + Math.min(10, count("low"))} shown; ${count("critical", "high") - 9} more findings`,
    );
    expect(r.summary).toContain("| ISO/IEC 42001 |");
    expect(r.summary).toContain("```mermaid");
    expect(r.stdout).toContain(`::error::aigis: ${json.summary.blocking} finding(s) at or above fail-on critical.`);
  });

  it("writes SARIF for code scanning and names it in an output", async () => {
    const ws = copyFixture("gaps");
    const r = await runAction(ws, { "sarif-file": "reports/aigis.sarif", "fail-on": "none" });
    expect(r.status).toBe(0);
    const file = path.join(ws, "reports/aigis.sarif");
    expect(r.outputs["sarif-file"]).toBe(file);
    const sarif = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const first = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "AIGIS-MC-001");
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "models/chat-assistant/README.md" },
      region: { startLine: lineOf(path.join(ws, "models/chat-assistant/README.md"), "### Direct Use"), startColumn: 1 },
    });
  });

  it("SARIF of a subdirectory scan stays repository-relative", async () => {
    const ws = tempDir("aigis-ws-");
    fs.cpSync(path.join(fixtures, "gaps"), path.join(ws, "ml"), { recursive: true });
    const r = await runAction(ws, { path: "ml", "sarif-file": "aigis.sarif", "fail-on": "none" });
    expect(r.status).toBe(0);
    const uris = JSON.parse(fs.readFileSync(path.join(ws, "aigis.sarif"), "utf8")).runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.every((u: string) => u.startsWith("ml/"))).toBe(true);
    expect(r.stdout).toContain(",file=ml/models/chat-assistant/README.md,");
  });

  it("passes a complete repository and fail-on none never fails", async () => {
    const ok = await runAction(copyFixture("passing"), { path: ".", "fail-on": "critical" });
    expect(ok.status).toBe(0);
    expect(ok.outputs["findings"]).toBe("0");
    expect(ok.summary).toContain("✅ passed");
    const none = await runAction(copyFixture("gaps"), { "fail-on": "none" });
    expect(none.status).toBe(0);
    expect(Number(none.outputs["critical"])).toBeGreaterThan(0);
  });

  it("fails a bad input with the input's name and allowed values", async () => {
    const r = await runAction(copyFixture("passing"), { "fail-on": "blocker" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::Input fail-on must be one of critical, high, medium, low, none; got "blocker".');
  });

  it("refuses a path outside the workspace", async () => {
    const r = await runAction(copyFixture("passing"), { path: "../.." });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::Input path must stay inside the workspace");
  });

  it("reports a configuration error with file and line", async () => {
    const ws = writeTree(copyFixture("passing"), { ".aigis.yml": "fail-on: high\nfailon: low\n" });
    const r = await runAction(ws, {});
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::aigis: .aigis.yml:2: unknown key "failon" (did you mean "fail-on"?)');
  });

  it("text from artifacts cannot issue workflow commands", async () => {
    const ws = writeTree(tempDir("aigis-ws-"), {
      "m/MODEL_CARD.md":
        '---\nlicense: mit\nmodel_name: "evil\\n::add-mask::x\\n::set-output name=critical::0\\n%0A::warning::injected"\n---\n# Model Card for evil\n',
    });
    const r = await runAction(ws, { "fail-on": "none" });
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    const stop = lines.findIndex((l) => l.startsWith("::stop-commands::"));
    const token = lines[stop]!.slice("::stop-commands::".length);
    const resume = lines.indexOf(`::${token}::`);
    expect(stop).toBeGreaterThan(-1);
    expect(resume).toBeGreaterThan(stop);
    const live = [...lines.slice(0, stop), ...lines.slice(resume + 1)];
    expect(live.filter((l) => /^::(add-mask|set-output|warning::injected)/.test(l))).toEqual([]);
    expect(
      live.some((l) => l.startsWith("::error ") && l.includes("evil\\u000a::add-mask::x\\u000a::set-output name=critical::0\\u000a%250A::warning::injected")),
    ).toBe(true);
    expect(r.outputs["critical"]).toBe("1");
  });
});

describe("bundled CLI (dist/cli/index.js)", () => {
  const cli = (args: string[], cwd = repoRoot) => spawnSync(node, [path.join(dist, "cli", "index.js"), ...args], { cwd, encoding: "utf8" });

  it("exits 0 / 1 / 2 as documented", () => {
    expect(cli(["check", path.join(fixtures, "passing")]).status).toBe(0);
    const gaps = cli(["check", path.join(fixtures, "gaps")]);
    expect(gaps.status).toBe(1);
    expect(gaps.stdout).toMatch(/\nResult: failed: \d+ findings at or above critical\.\n$/);
    expect(cli(["check", path.join(fixtures, "gaps"), "--fail-on", "none"]).status).toBe(0);
    const bad = cli(["check", "--fail-on", "severe"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('aigis: --fail-on must be one of critical, high, medium, low, none; got "severe"\nRun "aigis --help" for usage.\n');
    const missing = cli(["check", "/no/such/dir"]);
    expect([missing.status, missing.stderr]).toEqual([2, "aigis: path /no/such/dir is not a directory\n"]);
    expect(cli(["lint"]).status).toBe(2);
    const format = cli(["check", "--format", "xml"]);
    expect([format.status, format.stderr]).toEqual([2, 'aigis: --format must be text, json, sarif, html or oscal; got "xml"\nRun "aigis --help" for usage.\n']);
  });

  it("runs the commands the bundle loads on demand (rules, explain, init, sbom, merge)", () => {
    const rules = cli(["rules", "--format", "json"]);
    expect(rules.status).toBe(0);
    expect((JSON.parse(rules.stdout) as { rules: unknown[] }).rules.length).toBeGreaterThan(50);
    const explain = cli(["explain", "AIGIS-MC-001"]);
    expect([explain.status, explain.stdout]).toEqual([0, expect.stringContaining("AIGIS-MC-001")]);
    const ws = copyFixture("gaps");
    const init = cli(["init", ws]);
    expect(init.status).toBe(0);
    fs.writeFileSync(path.join(ws, "app.py"), 'from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])\n');
    const sbom = cli(["sbom", ws, "--output", path.join(ws, "ai.cdx.json")]);
    expect(sbom.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(ws, "ai.cdx.json"), "utf8")).bomFormat).toBe("CycloneDX");
    const report = path.join(tempDir(), "r.json");
    expect(cli(["check", ws, "--format", "json", "--output", report, "--fail-on", "none"]).status).toBe(0);
    const merged = cli(["merge", report, "--format", "json"]);
    expect(merged.status).toBe(0);
    expect(JSON.parse(merged.stdout)).toHaveProperty("repositories");
    // The merge command's usage error is told apart from an internal error across the bundle's chunks.
    const bad = cli(["merge", report, "--format", "pdf"]);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/^aigis: --format must be .*\nRun "aigis --help" for usage\.\n$/)]);
  });

  it("prints help and version", () => {
    const help = cli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("aigis check [path] [options]");
    expect(cli(["--version"]).stdout).toBe(`${JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")).version}\n`);
  });

  it("writes the evidence pack from the Action: html-file and oscal-file, named in the outputs", async () => {
    const ws = copyFixture("gaps");
    const env = { SOURCE_DATE_EPOCH: "1767225600", GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" };
    const r = await runAction(ws, { "html-file": "out/report.html", "oscal-file": "out/ar.json", "fail-on": "none" }, env);
    expect([r.outputs["html-file"], r.outputs["oscal-file"]]).toEqual([path.join(ws, "out/report.html"), path.join(ws, "out/ar.json")]);
    expect(fs.readFileSync(path.join(ws, "out/report.html"), "utf8")).toContain("<dt>Repository</dt><dd>acme/models</dd>");
    const ar = JSON.parse(fs.readFileSync(path.join(ws, "out/ar.json"), "utf8"));
    expect(ar["assessment-results"].metadata["last-modified"]).toBe("2026-01-01T00:00:00Z");
  });

  it("names the pull request's head commit in the JSON, HTML and OSCAL alike, never the merge commit", async () => {
    const ws = copyFixture("gaps");
    // No API is reachable: the comment is off and the base configuration falls back with a warning.
    const env = { ...pullRequestEnv("http://127.0.0.1:9", { number: 7, headSha: "2".repeat(40) }), SOURCE_DATE_EPOCH: "1767225600" };
    await runAction(ws, { "json-file": "out/r.json", "html-file": "out/r.html", "oscal-file": "out/ar.json", comment: "false", "fail-on": "none" }, env);
    expect(JSON.parse(fs.readFileSync(path.join(ws, "out/r.json"), "utf8")).commit).toBe("2".repeat(40));
    const html = fs.readFileSync(path.join(ws, "out/r.html"), "utf8");
    const oscal = fs.readFileSync(path.join(ws, "out/ar.json"), "utf8");
    for (const text of [html, oscal]) {
      expect(text).toContain(`acme/models/blob/${"2".repeat(40)}/`);
      expect(text).not.toContain("3".repeat(40)); // GITHUB_SHA, the merge commit
    }
  });

  it("gives the same findings as the Action, byte for byte", async () => {
    const ws = copyFixture("gaps");
    await runAction(ws, { "json-file": "out/action.json", "fail-on": "none" });
    const actionJson = fs.readFileSync(path.join(ws, "out/action.json"), "utf8");
    fs.rmSync(path.join(ws, "out"), { recursive: true });
    const out = path.join(tempDir(), "cli.json");
    expect(cli(["check", ws, "--format", "json", "--output", out, "--fail-on", "none"]).status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toBe(actionJson);
  });

  it("gives the same SARIF as the Action, byte for byte", async () => {
    const ws = copyFixture("gaps");
    await runAction(ws, { "sarif-file": "out/action.sarif", "fail-on": "none" });
    const actionSarif = fs.readFileSync(path.join(ws, "out/action.sarif"), "utf8");
    fs.rmSync(path.join(ws, "out"), { recursive: true });
    const res = cli(["check", ws, "--format", "sarif", "--fail-on", "none"]);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(actionSarif);
  });
});
