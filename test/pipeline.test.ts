import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSharedNamesRepo } from "../scripts/bench/generate.mjs";
import type { Finding } from "../src/model/types.js";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { fixtures, lineOf, policyDir, tempDir, writeTree } from "./helpers.js";

// A finding's identity (baselines and SARIF partial fingerprints depend on it): SHA-256 of rule,
// path, artifact, pointer and message, without the line.
const fingerprintOf = (f: Finding) => createHash("sha256").update([f.rule, f.path, f.artifact, f.pointer, f.message].join("\u0000")).digest("hex").slice(0, 32);

const scan = (dir: string, extra: Partial<Parameters<typeof run>[0]> = {}) => run({ root: dir, policyDir, version: "test", ...extra });

describe("run() on fixture repositories", () => {
  it("passes a complete repository", async () => {
    const { report } = await scan(path.join(fixtures, "passing"));
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.artifacts.map((a) => [a.path, a.kind, a.format])).toEqual([
      ["AI_POLICY.md", "governance", "aigis-governance"],
      ["INCIDENT_RESPONSE.md", "governance", "aigis-governance"],
      ["ai-systems.yaml", "governance", "aigis-register"],
      ["data/support-tickets/provenance.yaml", "dataset", "dtadps"],
      ["docs/ai/impact/support-assistant.md", "governance", "aigis-governance"],
      ["docs/ai/monitoring/support-assistant.md", "governance", "aigis-governance"],
      ["docs/ai/notices/support-assistant.md", "governance", "aigis-governance"],
      ["models/support-llm/README.md", "model_card", "huggingface-model-card"],
      ["sbom/ai-bom.cdx.json", "sbom", "cyclonedx"],
    ]);
  });

  it("finds the gaps at their lines and fails on the critical ones", async () => {
    const root = path.join(fixtures, "gaps");
    const { report } = await scan(root);
    const card = path.join(root, "models/chat-assistant/README.md");
    const bom = path.join(root, "ai-bom.cdx.json");
    const at = (rule: string, p: string) => report.findings.filter((f) => f.rule === rule && f.path === p).map((f) => f.line);
    expect(at("AIGIS-MC-001", "models/chat-assistant/README.md")).toEqual([lineOf(card, "### Direct Use")]);
    expect(at("AIGIS-MC-005", "models/chat-assistant/README.md")).toEqual([lineOf(card, "license: unknown")]);
    expect(at("AIGIS-MC-006", "models/chat-assistant/README.md")).toEqual([lineOf(card, "tags:")]);
    expect(at("AIGIS-SC-002", "ai-bom.cdx.json")).toEqual([lineOf(bom, '"provider": {}')]);
    expect(at("AIGIS-SC-006", "ai-bom.cdx.json")).toEqual([lineOf(bom, "http://llm-gateway")]);
    expect(at("AIGIS-SC-004", "ai-bom.cdx.json")).toEqual([lineOf(bom, '"hashes"')]);
    expect(
      report.findings
        .filter((f) => f.severity === "critical")
        .map((f) => f.rule)
        .sort(),
    ).toEqual(["AIGIS-MC-001", "AIGIS-MC-005", "AIGIS-SC-002"]);
    expect(report.passed).toBe(false);
    expect(report.summary.blocking).toBe(3);
    for (const f of report.findings) {
      expect(f.controls.some((c) => c.startsWith("iso42001:") || c.startsWith("owasp-llm:"))).toBe(true);
      expect(f.fingerprint).toBe(fingerprintOf(f));
    }
  });

  it("gives every finding of a large report the same fingerprint, past the ones hashed in JavaScript", async () => {
    const root = tempDir("aigis-many-");
    generateSharedNamesRepo(root, 800);
    const { report } = await scan(root);
    expect(report.findings.length).toBeGreaterThan(1000); // past JS_HASHES in src/report/report.ts
    for (const f of report.findings) expect(f.fingerprint).toBe(fingerprintOf(f));
  });

  it("reports each malformed file with file, line and reason, and checks everything else", async () => {
    const root = path.join(fixtures, "malformed");
    const { report } = await scan(root);
    const errors = report.findings.filter((f) => f.rule === "AIGIS-IN-001").map((f) => [f.path, f.line]);
    expect(errors).toEqual([
      ["bom.xml", 1],
      ["models/broken/README.md", lineOf(path.join(root, "models/broken/README.md"), "base_model: [unclosed")],
      ["sbom/bom.cdx.json", lineOf(path.join(root, "sbom/bom.cdx.json"), "    }")],
    ]);
    // A repeated key is read last-wins, as PyYAML reads it, and reported on its own.
    const repeated = report.findings.filter((f) => f.rule === "AIGIS-IN-003").map((f) => [f.path, f.line]);
    expect(repeated).toEqual([["data/provenance.yaml", lineOf(path.join(root, "data/provenance.yaml"), "title: e-mails again")]]);
    // The valid card beside the broken ones is still read and judged.
    expect(report.artifacts.map((a) => a.path)).toEqual(["data/provenance.yaml", "models/ok/MODEL_CARD.md"]);
    const onOkCard = new Set(report.findings.filter((f) => f.artifact === "models/ok/MODEL_CARD.md").map((f) => f.rule));
    for (const rule of ["AIGIS-MC-008", "AIGIS-MC-009", "AIGIS-MC-014", "AIGIS-SC-003"]) expect(onOkCard.has(rule), rule).toBe(true);
    expect(onOkCard.has("AIGIS-MC-001")).toBe(false);
  });

  it("gives byte-identical JSON for the same repository", async () => {
    const a = renderJson((await scan(path.join(fixtures, "gaps"))).report);
    const b = renderJson((await scan(path.join(fixtures, "gaps"))).report);
    expect(a).toBe(b);
  });

  it("honours fail-on from the configuration file and from the caller", async () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
    writeTree(dir, { ".aigis.yml": "fail-on: none\n" });
    expect((await scan(dir)).report.passed).toBe(true);
    const { report } = await scan(dir, { failOn: "medium" });
    expect(report.threshold).toBe("medium");
    expect(report.summary.blocking).toBe(report.findings.length);
  });

  it("applies rule settings: severity override and disabling", async () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
    writeTree(dir, { ".aigis.yml": "rules:\n  AIGIS-MC-001: {severity: low}\n  AIGIS-SC-002: off\n" });
    const { report } = await scan(dir);
    const before = (await scan(path.join(fixtures, "gaps"))).report;
    const where = (r: typeof report) => r.findings.map((f) => `${f.rule} ${f.severity} ${f.path}:${f.line}`).sort();
    // Exactly the two settings' effects: MC-001 reported as low, SC-002 (critical, SBOM line 31) gone, all else unchanged.
    expect(where(before)).toEqual(
      expect.arrayContaining(["AIGIS-MC-001 critical models/chat-assistant/README.md:20", "AIGIS-SC-002 critical ai-bom.cdx.json:31"]),
    );
    expect(where(report)).toEqual(
      where(before)
        .filter((f) => !f.startsWith("AIGIS-SC-002 "))
        .map((f) => (f.startsWith("AIGIS-MC-001 ") ? "AIGIS-MC-001 low models/chat-assistant/README.md:20" : f))
        .sort(),
    );
  });

  it("treats models of the configured organization as first-party", async () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
    writeTree(dir, { ".aigis.yml": "organization:\n  names: [Mistral AI]\n" });
    const { report } = await scan(dir);
    // Without the setting, the Mistral AI model in the SBOM is third-party and its floating version
    // ("latest") is reported; with it, that finding and no other goes.
    const before = (await scan(path.join(fixtures, "gaps"))).report;
    const sc005 = (r: typeof report) => r.findings.filter((f) => f.rule === "AIGIS-SC-005").map((f) => `${f.path}:${f.line}`);
    expect(sc005(before)).toEqual([`ai-bom.cdx.json:${lineOf(path.join(dir, "ai-bom.cdx.json"), '"version": "latest"')}`]);
    expect(sc005(report)).toEqual([]);
    // A first-party model is asked instead how it was trained (MC-008) and what it cost to train (MC-013).
    const where = (r: typeof report) => r.findings.map((f) => `${f.rule} ${f.path}:${f.line}`).sort();
    // Its missing hash is still reported, by the first-party rule (SC-014) instead of the third-party one (SC-004).
    const sc004 = where(before).find((f) => f.startsWith("AIGIS-SC-004 "))!;
    expect(where(report)).toEqual(
      [
        ...where(before).filter((f) => !f.startsWith("AIGIS-SC-005 ") && f !== sc004),
        sc004.replace("AIGIS-SC-004", "AIGIS-SC-014"),
        "AIGIS-MC-008 ai-bom.cdx.json:19",
        "AIGIS-MC-013 ai-bom.cdx.json:20",
      ].sort(),
    );
    expect(
      report.findings
        .filter((f) => f.rule === "AIGIS-MC-008" || f.rule === "AIGIS-MC-013")
        .map((f) => f.message)
        .sort(),
    ).toEqual([
      "Model card for 'mistral-7b-instruct' does not describe how the model was trained.",
      "Model card for 'mistral-7b-instruct' does not report compute or energy use.",
      "Model card for 'mistral-7b-instruct' does not say what kind of model it is (architecture or model type).",
    ]);
  });

  it("readiness counts only checked, in-reach controls and lists what needs an audit", async () => {
    const { report } = await scan(path.join(fixtures, "gaps"));
    const iso = report.readiness.frameworks.find((f) => f.id === "iso42001")!;
    // Of the 36 scored Annex A controls, every rule-checked one except A.6.1.3 (cited by no rule) is
    // checked: 35, of which one is not applicable here (it is cited only by agent rules and the fixture
    // has no agent configs), so 34 are assessed. The findings cite 20 of them. A control is met only
    // where a rule recorded evidence: the provenance record names its roles (A.3.2, DP-007) and its
    // data origin (A.7.5, DP-002), and the model card and SBOM describe the model (A.6.2.2, MC-009).
    // The other 11 have no evidence. Score = met / (met + gaps + no evidence) = 3 / 34 = 8.8.
    expect(iso).toMatchObject({ assessed: 34, met: 3, gaps: 20, no_evidence: 11, not_applicable: 1, score: 8.8, unchecked: ["iso42001:A.6.1.3"] });
    const met = iso.controls.filter((c) => c.status === "met");
    expect(met.map((c) => c.key)).toEqual(["A.3.2", "A.6.2.2", "A.7.5"].map((id) => `iso42001:${id}`));
    expect(met.map((c) => [...new Set(c.evidence!.map((e) => e.rule))])).toEqual([["AIGIS-DP-007"], ["AIGIS-MC-009"], ["AIGIS-DP-002"]]);
    expect(iso.out_of_scope.map((c) => c.key).sort()).toEqual(["iso42001:A.2.3", "iso42001:A.4.6"]);
    expect(iso.controls.find((c) => c.key === "iso42001:A.9.4")!.status).toBe("gap");
    expect(report.fix_list[0]!.severity).toBe("critical");
    expect(report.fix_list.every((item) => item.controls.every((c) => c.title && c.url))).toBe(true);
  });

  it("an empty repository passes with every control 'no evidence'", async () => {
    const { report } = await scan(tempDir());
    expect(report.passed).toBe(true);
    expect(report.readiness.frameworks.every((f) => f.met === 0 && f.no_evidence === f.assessed)).toBe(true);
  });
});
