import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { fixtures, lineOf, policyDir, tempDir, writeTree } from "./helpers.js";

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
    expect(report.findings.filter((f) => f.severity === "critical").map((f) => f.rule).sort()).toEqual(["AIGIS-MC-001", "AIGIS-MC-005", "AIGIS-SC-002"]);
    expect(report.passed).toBe(false);
    expect(report.summary.blocking).toBe(3);
    for (const f of report.findings) {
      expect(f.controls.some((c) => c.startsWith("iso42001:") || c.startsWith("owasp-llm:"))).toBe(true);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
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
    expect(report.findings.find((f) => f.rule === "AIGIS-MC-001")!.severity).toBe("low");
    expect(report.findings.some((f) => f.rule === "AIGIS-SC-002")).toBe(false);
  });

  it("treats models of the configured organization as first-party", async () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixtures, "gaps"), dir, { recursive: true });
    writeTree(dir, { ".aigis.yml": "organization:\n  names: [Mistral AI]\n" });
    const { report } = await scan(dir);
    expect(report.findings.some((f) => f.rule === "AIGIS-SC-005")).toBe(false);
  });

  it("readiness counts only checked, in-reach controls and lists what needs an audit", async () => {
    const { report } = await scan(path.join(fixtures, "gaps"));
    const iso = report.readiness.frameworks.find((f) => f.id === "iso42001")!;
    expect(iso.assessed).toBe(iso.met + iso.gaps + iso.no_evidence);
    expect(iso.out_of_scope.map((c) => c.key).sort()).toEqual(["iso42001:A.2.3", "iso42001:A.4.6"]);
    expect(iso.score).toBe(Math.round((iso.met / iso.assessed) * 1000) / 10);
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
