// One rule, one severity: a finding's severity is its rule's METADATA severity unless the
// configuration overrides it. No rule body, and no key on a finding object, can change it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBundle } from "../src/engine/engine.js";
import type { Severity } from "../src/model/types.js";
import { buildReport } from "../src/report/report.js";
import { run } from "../src/run.js";
import { fixtures, policyDir, repoRoot, tempDir, writeTree } from "./helpers.js";

const bundle = loadBundle(policyDir);
const severityOf = new Map(bundle.rules.map((r) => [r.id, r.severity]));

/** Every non-test .rego file under dir. */
function regoSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return regoSources(p);
    return e.name.endsWith(".rego") && !e.name.endsWith("_test.rego") ? [p] : [];
  });
}

describe("severity comes from the rule's METADATA only", () => {
  it("no rule or library source puts a severity on a finding", () => {
    const sources = regoSources(path.join(repoRoot, "policies"));
    expect(sources.length).toBeGreaterThan(70);
    const offending = sources
      .filter((file) => /"severity"\s*:|finding_with_severity|_severity\s*\(/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(repoRoot, file));
    expect(offending).toEqual([]);
  });

  it("a severity key on a raw finding is ignored; the configuration still overrides", () => {
    const rule = bundle.rules.find((r) => r.severity === "medium")!;
    const raw = [{ rule_package: rule.package, artifact: "a.md", pointer: "", message: "m", severity: "critical" }];
    const report = (ruleSettings?: Record<string, { severity: Severity }>) =>
      buildReport({
        version: "test",
        threshold: "high",
        filesScanned: 1,
        artifacts: [],
        raw,
        rules: bundle.rules,
        catalog: bundle.catalog,
        skipped: [],
        ...(ruleSettings ? { ruleSettings } : {}),
      });
    const plain = report();
    expect(plain.findings.map((f) => f.severity)).toEqual(["medium"]);
    expect(plain.summary.blocking).toBe(0);
    expect(report({ [rule.id]: { severity: "low" } }).findings.map((f) => f.severity)).toEqual(["low"]);
  });

  it("counts a custom rule's evidence once, whatever other fields its records carry", () => {
    const rule = { ...bundle.rules.find((r) => r.controls.length > 0)!, id: "ACME-ML-001", package: "aigis.rules.acme.x", custom: true };
    const record = (detail: number) => ({ rule_package: rule.package, artifact: "a.json", pointer: "/x", evidence: "ok", detail });
    const report = buildReport({
      version: "test",
      threshold: "high",
      filesScanned: 1,
      artifacts: [],
      raw: [record(1), record(2)],
      rules: [rule],
      catalog: bundle.catalog,
      skipped: [],
    });
    const controls = report.readiness.frameworks.flatMap((f) => f.controls).filter((c) => c.evidence.length > 0);
    expect(controls.length).toBeGreaterThan(0);
    for (const c of controls)
      expect(
        c.evidence.map((e) => e.note),
        c.key,
      ).toEqual(["ok"]);
  });

  // None of these repositories overrides a rule's severity in its configuration.
  const repositories = ["passing", "gaps", "malformed", "waivers", "agents/risky", "agents/valid", "formats"];

  it.each(repositories)("every finding in fixtures/%s has its rule's METADATA severity", async (name) => {
    const root = path.join(fixtures, name);
    const { report } = await run({ root, policyDir, version: "test" });
    const all = [...report.findings, ...report.suppressed];
    if (name !== "passing" && name !== "agents/valid") expect(all.length).toBeGreaterThan(0);
    expect(all.filter((f) => f.severity !== severityOf.get(f.rule)).map((f) => `${f.rule} ${f.severity} at ${f.path}`)).toEqual([]);
  });
});

describe("a register entry without a lifecycle", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  const register = (systems: string) => {
    const dir = tempDir();
    dirs.push(dir);
    return writeTree(dir, { ".aigis.yml": 'params: {today: "2026-11-28"}\n', "ai-systems.yaml": `aigis: {kind: system-register}\nsystems:\n${systems}` });
  };

  it("keeps a prohibited system critical, and the default gate fails", async () => {
    const { report } = await run({
      root: register("  - id: scoring\n    name: Social scoring\n    purpose: Scores citizens' behaviour\n    risk_tier: prohibited\n"),
      policyDir,
      version: "test",
    });
    const prohibited = report.findings.filter((f) => f.rule === "AIGIS-GV-019");
    expect(prohibited.map((f) => [f.severity, f.message])).toEqual([
      ["critical", "AI system 'scoring' is classified as prohibited but is not marked retired (no lifecycle stated)."],
    ]);
    expect(report.findings.some((f) => f.rule === "AIGIS-GV-003" && f.message.endsWith("has no lifecycle."))).toBe(true);
    expect(report.passed).toBe(false);
  });

  it("is held to the production controls, and the findings say why", async () => {
    const { report } = await run({
      root: register("  - id: triage\n    name: Ticket triage\n    purpose: Routes support tickets to teams\n    risk_tier: high\n    eu_market: true\n"),
      policyDir,
      version: "test",
    });
    // Monitoring plan and fallback, event-log retention, applied standards and declaration of conformity.
    const production = report.findings.filter((f) => ["AIGIS-GV-011", "AIGIS-GV-012", "AIGIS-GV-015"].includes(f.rule));
    expect(production.map((f) => f.rule).sort()).toEqual(["AIGIS-GV-011", "AIGIS-GV-011", "AIGIS-GV-012", "AIGIS-GV-015", "AIGIS-GV-015"]);
    for (const f of production) expect(f.message).toContain("'triage' (no lifecycle stated, so checked as in production)");
  });

  it("is not reported once retired", async () => {
    const { report } = await run({
      root: register("  - id: scoring\n    name: Social scoring\n    purpose: Scores citizens' behaviour\n    risk_tier: prohibited\n    lifecycle: retired\n"),
      policyDir,
      version: "test",
    });
    expect(report.findings.filter((f) => f.rule === "AIGIS-GV-019")).toEqual([]);
  });
});
