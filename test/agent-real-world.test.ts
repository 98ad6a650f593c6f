// Real agent configurations from public repositories (fixtures/agents/real-world, SOURCES.md):
// labelled issues must be reported at their line (recall >= 80%), decoy lines must stay quiet
// (<= 5% taken), and no file gets a critical or high finding it was not labelled for.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { fixtures, policyDir } from "./helpers.js";

const root = path.join(fixtures, "agents", "real-world");
interface Labels {
  issues: { file: string; line: number; rule: string }[];
  /** A decoy is taken by any agent finding at its line, or by one of `rules` when it names them. */
  decoys: { file: string; line: number; rules?: string[] }[];
}
const labels = JSON.parse(fs.readFileSync(path.join(root, "labels.json"), "utf8")) as Labels;

describe("real-world agent configurations", () => {
  let report: Report;
  beforeAll(async () => {
    report = (await run({ root, policyDir, version: "test" })).report;
  });
  const agentFindings = () => report.findings.filter((f) => f.rule.startsWith("AIGIS-AG-") && f.rule !== "AIGIS-AG-015");
  const at = (file: string, line: number) => agentFindings().filter((f) => f.path === file && f.line === line);

  it("is large enough to measure: at least 40 labelled issues and 20 decoys", () => {
    expect(labels.issues.length).toBeGreaterThanOrEqual(40);
    expect(labels.decoys.length).toBeGreaterThanOrEqual(20);
  });
  it("reports at least 80% of the labelled issues at their line", () => {
    const found = labels.issues.filter((i) => at(i.file, i.line).some((f) => f.rule === i.rule));
    expect(found.length / labels.issues.length).toBeGreaterThanOrEqual(0.8);
  });
  it("takes at most 5% of the decoys", () => {
    const taken = labels.decoys.filter((d) => at(d.file, d.line).some((f) => !d.rules || d.rules.includes(f.rule)));
    expect(taken.length / labels.decoys.length).toBeLessThanOrEqual(0.05);
  });
  it("raises no critical or high finding that is not labelled", () => {
    const labelled = new Set(labels.issues.map((i) => `${i.file}:${i.line}:${i.rule}`));
    const stray = agentFindings().filter((f) => ["critical", "high"].includes(f.severity) && !labelled.has(`${f.path}:${f.line}:${f.rule}`));
    expect(stray.map((f) => `${f.path}:${f.line} ${f.rule}`)).toEqual([]);
  });
});
