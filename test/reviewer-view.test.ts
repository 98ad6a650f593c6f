import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Severity } from "../src/model/types.js";
import { repositoryWide, type Report, type ScopedFinding } from "../src/report/report.js";
import { ARTIFACT_YAML, parseYaml } from "../src/parse/yaml-doc.js";
import { run } from "../src/run.js";
import { planAnnotations } from "../src/sinks/annotations.js";
import { renderMarkdown } from "../src/sinks/markdown.js";
import { toSarif } from "../src/sinks/sarif.js";
import { renderText, useColor } from "../src/sinks/text.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const gaps = () => run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" }).then((r) => r.report);

const finding = (severity: Severity, i: number, at = "a.md"): ScopedFinding => ({
  rule: `AIGIS-MC-${String(i).padStart(3, "0")}`,
  severity,
  title: "t",
  message: `m${i}`,
  artifact: at,
  path: at,
  line: i,
  column: 1,
  pointer: "",
  controls: ["iso42001:A.9.4"],
  remediation: "fix it",
  fingerprint: String(i),
});

describe("repository-wide findings", () => {
  it("are reported without a file, never on a model card, dataset record or agent config", async () => {
    const report = await gaps();
    const policy = report.findings.filter((f) => f.rule === "AIGIS-GV-001");
    expect(policy.length).toBe(1);
    expect(policy[0]!.path).toBe("");
    const onArtifacts = new Set(report.artifacts.map((a) => a.path));
    for (const rule of ["AIGIS-GV-001", "AIGIS-SC-001"]) {
      for (const f of report.findings.filter((x) => x.rule === rule && x.pointer === "")) expect(onArtifacts.has(f.path)).toBe(false);
    }
  });

  it("share one annotation per level, without a file, after the findings in files", async () => {
    const report = await gaps();
    const wide = report.findings.filter(repositoryWide);
    expect(wide.length).toBeGreaterThan(1);
    const plan = planAnnotations(report);
    const noFile = plan.annotations.filter((a) => a.file === null);
    expect(new Set(noFile.map((a) => a.level)).size).toBe(noFile.length);
    for (const a of noFile) expect(a.title).toMatch(/^Repository-wide: /);
    expect(plan.annotations.some((a) => a.message.includes("no AI policy") && a.file !== null)).toBe(false);
    // Two high gaps about the repository take one slot, after a high finding at a line.
    const small = planAnnotations({
      findings: [{ ...finding("high", 1, ""), message: "no AI policy" }, { ...finding("high", 2, ""), message: "no register" }, finding("high", 3)],
    });
    expect(small.annotations.map((a) => [a.file, a.message])).toEqual([
      ["a.md", "m3\nFix: fix it"],
      [null, "AIGIS-MC-001 [high] no AI policy\nAIGIS-MC-002 [high] no register"],
    ]);
  });

  it("point SARIF at the configuration file with the repository as logical location", async () => {
    const report = await gaps();
    const results = toSarif(report, { pathPrefix: "ml" }).runs[0]!.results;
    const policy = results.find((r) => r.ruleId === "AIGIS-GV-001")!;
    expect(policy.locations[0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: "ml/.aigis.yml" } },
      logicalLocations: [{ name: "repository", kind: "module" }],
    });
    const withConfig = toSarif({ ...report, config_file: "conf/aigis.yaml" }).runs[0]!.results.find((r) => r.ruleId === "AIGIS-GV-001")!;
    expect(withConfig.locations[0]!.physicalLocation.artifactLocation.uri).toBe("conf/aigis.yaml");
  });

  it("show as repository-wide in the summary and the text report", async () => {
    const report = await gaps();
    const md = renderMarkdown(report);
    expect(md).toMatch(/_repository-wide_ The repository builds with AI but has no AI policy/);
    expect(renderText(report)).toMatch(/\(repository\) {2}The repository builds with AI but has no AI policy/);
  });
});

describe("annotation budget", () => {
  it("leaves the tenth error slot to the failing verdict", () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding("high", i + 1));
    const plan = planAnnotations({ findings });
    expect(plan.annotations.filter((a) => a.level === "error")).toHaveLength(9);
    expect(plan.omitted.error).toBe(3);
    expect(plan.annotations.at(-1)!.message).toMatch(/\(\+3 more error findings/);
  });
});

describe("text report", () => {
  it("groups findings per rule with its fix and controls once", async () => {
    const report = await gaps();
    const out = renderText(report);
    for (const item of report.fix_list) {
      const controls = `  controls: ${item.controls.map((c) => c.key).join(", ")}`;
      expect(out.split("\n").filter((l) => l === controls).length, item.rule).toBeGreaterThanOrEqual(1);
    }
    expect(out.split("\n").filter((l) => l.startsWith("  controls: ")).length).toBe(report.fix_list.length);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("short mode prints one line per finding and the verdict", async () => {
    const report = await gaps();
    const lines = renderText(report, { short: true }).trimEnd().split("\n");
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines[0]).toMatch(/^\S+: (critical|high|medium|low) AIGIS-\w+-\d+ /);
    expect(lines.at(-1)).toMatch(/^Result: failed/);
  });

  it("colours severities and the verdict only when asked, and never lets a path add colour", async () => {
    const report: Report = { ...(await gaps()) };
    const coloured = renderText(report, { color: true });
    expect(coloured).toContain("\u001b[1;31mcritical");
    expect(coloured.trimEnd().split("\n").at(-1)).toBe(`\u001b[31mResult: failed: ${report.summary.blocking} findings at or above critical.\u001b[0m`);
    const hostile = { ...report, findings: [{ ...report.findings[0]!, path: "x\u001b[32m.md" }] };
    expect(renderText(hostile, { color: true, short: true })).not.toContain("\u001b[32m");
  });

  it("decides colour from NO_COLOR, FORCE_COLOR and the terminal", () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
  });

  it("agrees in number: one control needs audit evidence", async () => {
    const report = await gaps();
    const fw = report.readiness.frameworks[0]!;
    const one = {
      ...report,
      readiness: {
        ...report.readiness,
        frameworks: [{ ...fw, out_of_scope: fw.out_of_scope.slice(0, 1).concat(fw.out_of_scope.length ? [] : [{ key: "k", why: "w" }]) }],
      },
    };
    expect(renderText(one)).toContain("; 1 control needs audit evidence");
  });
});

describe("template front matter", () => {
  it("parses `{{ name }}` placeholders without a process warning on standard error", () => {
    const warn = vi.spyOn(process, "emitWarning");
    try {
      const doc = parseYaml("model_name: {{ name }}\nlicense: {{ license }}\n", 1, ARTIFACT_YAML);
      expect(Object.keys(doc.value as object)).toEqual(["model_name", "license"]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("lists a card template as not judged instead of judging it as a card", async () => {
    const dir = writeTree(tempDir(), { "models/m/README.md": "---\nmodel_name: {{ name }}\nlicense: {{ license }}\n---\n# Model Card for {{ model_id }}\n" });
    try {
      const { report } = await run({ root: dir, policyDir, version: "t" });
      expect(report.artifacts).toEqual([]);
      expect(report.findings).toEqual([]);
      expect(report.skipped.map((s) => s.path)).toEqual(["models/m/README.md"]);
      expect(report.skipped[0]!.reason).toMatch(/template/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("waiving a repository-wide gap", () => {
  it('takes a .aigis.yml waiver whose path is "**"', async () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, ".aigis.yml"),
      'waivers:\n  - rule: AIGIS-GV-001\n    path: "**"\n    reason: the group AI policy is published on the intranet\n    owner: governance\n    expires: 2026-12-31\nparams:\n  today: "2026-11-28"\n',
    );
    try {
      const { report } = await run({ root: dir, policyDir, version: "t" });
      expect(report.findings.some((f) => f.rule === "AIGIS-GV-001")).toBe(false);
      expect(report.suppressed.map((f) => [f.rule, f.path])).toContainEqual(["AIGIS-GV-001", ""]);
      expect(renderMarkdown(report)).toMatch(/\| high \| AIGIS-GV-001 \| _repository-wide_ \|/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
