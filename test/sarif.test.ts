// SARIF for code scanning: shape, stable ids, severities, limits, and validity as judged by
// Microsoft's SARIF Multitool with both the SARIF rules and GitHub's ingestion rules.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../src/model/types.js";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { SEVERITY_PRESENTATION } from "../src/model/severity.js";
import { MAX_RESULTS, renderSarif, toSarif } from "../src/sinks/sarif.js";
import { fixtures, policyDir, tempDir } from "./helpers.js";

let gaps: Report;
let passing: Report;
beforeAll(async () => {
  gaps = (await run({ root: path.join(fixtures, "gaps"), policyDir, version: "1.2.3" })).report;
  passing = (await run({ root: path.join(fixtures, "passing"), policyDir, version: "1.2.3" })).report;
});

const withFindings = (report: Report, findings: Finding[]): Report => ({ ...report, findings });

describe("SARIF", () => {
  it("has one rule descriptor per reported rule, with descriptions, help, level, tags and security-severity", () => {
    const log = toSarif(gaps);
    const run0 = log.runs[0]!;
    expect(log.version).toBe("2.1.0");
    expect(run0.tool.driver).toMatchObject({ name: "aigis", version: "1.2.3", semanticVersion: "1.2.3" });
    const ids = run0.tool.driver.rules.map((r) => r.id);
    // The 22 rules fixtures/gaps breaks (26 findings; MC-002, MC-007, MC-010 and MC-014 twice each), sorted by id.
    expect(ids).toEqual([
      "AIGIS-DP-001",
      "AIGIS-DP-005",
      "AIGIS-GV-001",
      "AIGIS-GV-003",
      "AIGIS-GV-006",
      "AIGIS-GV-008",
      "AIGIS-GV-009",
      "AIGIS-MC-001",
      "AIGIS-MC-002",
      "AIGIS-MC-005",
      "AIGIS-MC-006",
      "AIGIS-MC-007",
      "AIGIS-MC-008",
      "AIGIS-MC-010",
      "AIGIS-MC-014",
      "AIGIS-SC-002",
      "AIGIS-SC-003",
      "AIGIS-SC-004",
      "AIGIS-SC-005",
      "AIGIS-SC-006",
      "AIGIS-SC-007",
      "AIGIS-SC-011",
    ]);
    const mc001 = run0.tool.driver.rules.find((r) => r.id === "AIGIS-MC-001")!;
    expect(mc001).toMatchObject({
      name: "IntendedUseDocumented",
      shortDescription: { text: "Intended use documented." },
      helpUri: "https://huggingface.co/docs/hub/model-cards",
      defaultConfiguration: { level: "error" },
      properties: { precision: "high", "security-severity": "9.5" },
    });
    expect(mc001.properties.tags.slice(0, 3)).toEqual(["security", "ai-governance", "eu-ai-act"]);
    expect(mc001.fullDescription.text).not.toContain("\n");
    expect(mc001.help.text).toMatch(/^Fix: State the intended use\. .*\n\nControls: iso42001:A\.\d[\d.]* \([^)]+\); /);
    expect(mc001.help.markdown).toMatch(/\*\*Controls this evidences:\*\*\n\n- \[iso42001:A\.[\d.]+\]\(https:\/\/www\.iso\.org\/standard\/81230\.html\): \w/);
    expect(run0.tool.driver.rules.find((r) => r.id === "AIGIS-MC-014")!.properties["security-severity"]).toBe("5.5");
  });

  it("tags each rule with the frameworks its controls belong to, OWASP LLM by edition", () => {
    const f = { ...gaps.findings[0]!, rule: "AIGIS-T-001" };
    const meta = {
      ...gaps.rules[0]!,
      id: "AIGIS-T-001",
      controls: ["owasp-llm:LLM03:2025", "iso42001:A.9.4", "owasp-llm:LLM04:2026", "owasp-agentic:ASI04", "iso42001:A.8.2"],
    };
    const rule = toSarif({ ...gaps, findings: [f], rules: [meta], fix_list: [] }).runs[0]!.tool.driver.rules[0]!;
    expect(rule.properties.tags).toEqual(["security", "ai-governance", "iso42001", "owasp-agentic", "owasp-llm-2025", "owasp-llm-2026"]);
    expect(rule.help.text.endsWith("\n\nControls: owasp-llm:LLM03:2025; iso42001:A.9.4; owasp-llm:LLM04:2026; owasp-agentic:ASI04; iso42001:A.8.2")).toBe(true);
  });

  it("maps severities into GitHub's bands: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, below 4.0 low", () => {
    expect(Object.fromEntries(Object.entries(SEVERITY_PRESENTATION).map(([s, p]) => [s, p.security]))).toEqual({
      critical: "9.5",
      high: "8.0",
      medium: "5.5",
      low: "2.0",
    });
  });

  it("describes a rule at the severity the report applied: the configuration's override, else METADATA's", async () => {
    const root = tempDir("aigis-sarif-override-");
    fs.cpSync(path.join(fixtures, "gaps"), root, { recursive: true });
    const config = fs.readFileSync(path.join(root, ".aigis.yml"), "utf8");
    fs.writeFileSync(path.join(root, ".aigis.yml"), `${config}\nrules:\n  AIGIS-MC-014: { severity: high }\n`);
    const report = (await run({ root, policyDir, version: "1.2.3" })).report;
    const rule = report.rules.find((r) => r.id === "AIGIS-MC-014")!;
    expect([rule.severity, rule.default_severity]).toEqual(["high", "medium"]);
    expect(report.rules.find((r) => r.id === "AIGIS-MC-001")!.default_severity).toBeUndefined();
    const log = toSarif(report);
    const descriptor = log.runs[0]!.tool.driver.rules.find((r) => r.id === "AIGIS-MC-014")!;
    expect([descriptor.defaultConfiguration.level, descriptor.properties["security-severity"]]).toEqual(["error", "8.0"]);
    const results = log.runs[0]!.results.filter((r) => r.ruleId === "AIGIS-MC-014");
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(["error"]));
    // Without the override the same rule is described at its METADATA severity.
    const plain = toSarif(gaps).runs[0]!.tool.driver.rules.find((r) => r.id === "AIGIS-MC-014")!;
    expect(plain.properties["security-severity"]).toBe("5.5");
  });

  it("locates each result at a repository-relative path and line, with the finding's fingerprint", () => {
    // The first finding of fixtures/gaps: the hosted service with an empty provider, line 31 of the
    // SBOM; AIGIS-SC-002 is the 16th of the 22 rule descriptors sorted by id (index 15).
    const first = gaps.findings[0]!;
    expect([first.rule, first.path, first.line]).toEqual(["AIGIS-SC-002", "ai-bom.cdx.json", 31]);
    const result = toSarif(gaps, { pathPrefix: "./ml/" }).runs[0]!.results[0]!;
    expect(result).toEqual({
      ruleId: "AIGIS-SC-002",
      ruleIndex: 15,
      level: "error",
      message: { text: first.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: "ml/ai-bom.cdx.json" }, region: { startLine: 31, startColumn: first.column } } }],
      partialFingerprints: { "aigis/v1": first.fingerprint, primaryLocationLineHash: `${first.fingerprint}:1` },
      properties: { severity: first.severity, controls: first.controls },
    });
    const odd = toSarif(withFindings(gaps, [{ ...first, path: "models/my model#1/ü.md" }])).runs[0]!.results[0]!;
    expect(odd.locations[0]!.physicalLocation.artifactLocation.uri).toBe("models/my%20model%231/%C3%BC.md");
  });

  it("is deterministic and the same for the CLI and the Action", () => {
    expect(renderSarif(gaps)).toBe(renderSarif(gaps));
    expect(renderSarif(gaps)).not.toMatch(/"(startTimeUtc|endTimeUtc|timestamp)"/);
  });

  it("keeps within code scanning's 25,000 results per run and says what it left out", () => {
    const f = gaps.findings[0]!;
    const many = Array.from({ length: MAX_RESULTS + 2 }, (_, i) => ({ ...f, line: i + 1, fingerprint: String(i) }));
    const run0 = toSarif(withFindings(gaps, many)).runs[0]!;
    expect(run0.results).toHaveLength(MAX_RESULTS);
    expect(run0.invocations[0]!.toolExecutionNotifications![0]!.message.text).toBe(
      "2 less severe findings were left out: code scanning accepts at most 25000 results per run. The JSON report has all of them.",
    );
  });

  it("an empty run has no rules and no results (code scanning then closes earlier alerts)", () => {
    const run0 = toSarif({ ...passing, findings: [], fix_list: [] }).runs[0]!;
    expect([run0.tool.driver.rules, run0.results]).toEqual([[], []]);
  });
});

describe("SARIF Multitool", () => {
  const require = createRequire(import.meta.url);
  const multitool: string = require("@microsoft/sarif-multitool-linux");

  interface Diagnostic {
    ruleId: string;
    level: string;
  }

  /** `Sarif.Multitool validate`, with SARIF2006 (fetches every URI over HTTP) off: tests stay offline. */
  function validate(file: string, ruleKind: "Sarif" | "Gh"): Diagnostic[] {
    const dir = tempDir("aigis-multitool-");
    const config = path.join(dir, "config.xml");
    fs.writeFileSync(
      config,
      `<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">\n    <Property Key="RuleEnabled" Value="Disabled" />\n  </Properties>\n</Properties>\n`,
    );
    const out = path.join(dir, "validation.sarif");
    const res = spawnSync(multitool, ["validate", file, "--rule-kind", ruleKind, "--level", "Error;Warning;Note", "--config", config, "--output", out], {
      encoding: "utf8",
      timeout: 240_000,
      env: {
        PATH: process.env["PATH"] ?? "",
        HOME: dir,
        DOTNET_CLI_TELEMETRY_OPTOUT: "1",
        HTTP_PROXY: "http://127.0.0.1:9",
        HTTPS_PROXY: "http://127.0.0.1:9",
      },
    });
    expect(res.error, String(res.error)).toBeUndefined();
    expect(res.stdout).toContain("Analysis completed successfully.");
    const log = JSON.parse(fs.readFileSync(out, "utf8")) as { runs: { results?: { ruleId: string; level?: string }[] }[] };
    return (log.runs[0]!.results ?? []).map((r) => ({ ruleId: r.ruleId, level: r.level ?? "warning" }));
  }

  beforeAll(() => {
    try {
      fs.accessSync(multitool, fs.constants.X_OK);
    } catch {
      fs.chmodSync(multitool, 0o755); // npm may skip the package's chmod postinstall
    }
  });

  const cases: [string, () => string][] = [
    ["gaps, scanned from a subdirectory", () => renderSarif(gaps, { pathPrefix: "repo sub/dir" })],
    ["a run without findings", () => renderSarif({ ...passing, findings: [], fix_list: [] })],
    ["unusual file names", () => renderSarif(withFindings(gaps, [{ ...gaps.findings[0]!, path: "models/my model#1/ü.md" }]))],
  ];

  for (const [name, make] of cases) {
    it(`finds no error or warning in ${name}, by SARIF and GitHub rules`, () => {
      const file = path.join(tempDir("aigis-sarif-"), "aigis.sarif");
      fs.writeFileSync(file, make());
      for (const kind of ["Sarif", "Gh"] as const) {
        const found = validate(file, kind);
        expect(
          found.filter((d) => d.level === "error" || d.level === "warning"),
          `${kind} rules`,
        ).toEqual([]);
      }
    });
  }

  it("does report an error for SARIF that GitHub would reject (the check has teeth)", () => {
    const log = toSarif(gaps) as unknown as { runs: { results: { locations?: unknown }[] }[] };
    delete log.runs[0]!.results[0]!.locations;
    const file = path.join(tempDir("aigis-sarif-"), "broken.sarif");
    fs.writeFileSync(file, JSON.stringify(log));
    // Three of GitHub's rules require a location on every result.
    expect(
      validate(file, "Gh")
        .filter((d) => d.level === "error")
        .map((d) => d.ruleId),
    ).toEqual(["GH1015", "GH1017", "GH2012"]);
  });
});
