// One METADATA contract for built-in and custom rules: the schema's validator and the checks a schema
// cannot make (src/custom/metadata-contract.mjs). Every built-in rule, read the way a custom rule is
// read, keeps it; each way to break it gives a message naming the field and the fix.
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { metadataProblems } from "../src/custom/metadata-contract.mjs";
import { parseRegoModule } from "../src/custom/metadata.js";
import { validator } from "../src/parse/generated-validator.js";
import { RULE_ID } from "../src/parse/waiver-syntax.js";
import { repoRoot } from "./helpers.js";

const validate = validator("rule-metadata")!;
const catalog = JSON.parse(fs.readFileSync(path.join(repoRoot, "catalog", "controls.json"), "utf8")) as {
  frameworks: { controls: { key: string }[] }[];
};
const knownControls = new Set(catalog.frameworks.flatMap((f) => f.controls.map((c) => c.key)));
const check = (value: unknown, builtin = false) => metadataProblems(validate, value, { pkg: "aigis.rules.acme.x", builtin, knownControls });

const good = () => ({
  title: "T",
  description: "D",
  related_resources: ["https://example.org/a", { ref: "https://example.org/b", description: "B" }],
  custom: { id: "ACME-ML-002", severity: "low", applies_to: ["model_card"], controls: ["iso42001:A.6.2.4"], remediation: "R" },
});

function regoFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? regoFiles(p) : e.name.endsWith(".rego") && !e.name.endsWith("_test.rego") ? [p] : [];
  });
}

describe("rule METADATA contract", () => {
  it("every built-in rule keeps it when read as a custom rule is read", () => {
    let rules = 0;
    for (const file of regoFiles(path.join(repoRoot, "policies"))) {
      const m = parseRegoModule(file, fs.readFileSync(file, "utf8"));
      if (!m.package?.startsWith("aigis.rules.") || !m.metadata) continue;
      rules++;
      expect(metadataProblems(validate, m.metadata.value, { pkg: m.package, builtin: true, knownControls }), file).toEqual([]);
    }
    expect(rules).toBeGreaterThan(80);
  });

  it("the schema's rule id pattern is the one waivers and configuration use", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema", "rule-metadata.schema.json"), "utf8"));
    expect(schema.properties.custom.properties.id.pattern).toBe(RULE_ID.source);
  });

  it("a valid block has no problems; ids are the team's own, AIGIS- ones the built-in rules'", () => {
    expect(check(good())).toEqual([]);
    const aigis = good();
    aigis.custom.id = "AIGIS-MC-001";
    expect(check(aigis)).toEqual([expect.stringMatching(/the AIGIS- prefix is reserved for built-in rules/)]);
    expect(check(aigis, true)).toEqual([]);
    expect(check(good(), true)).toEqual([expect.stringMatching(/a built-in rule's id starts with AIGIS-/)]);
  });

  it("names each broken field and the fix", () => {
    const cases: [string, (v: ReturnType<typeof good>) => void, RegExp][] = [
      ["missing remediation", (v) => delete (v.custom as Partial<typeof v.custom>).remediation, /has no custom\.remediation; every rule needs/],
      ["blank title", (v) => (v.title = "  "), /has an empty title/],
      ["unknown severity", (v) => (v.custom.severity = "urgent"), /custom\.severity "urgent" must be one of critical, high, medium, low/],
      ["bad id", (v) => (v.custom.id = "acme-1"), /custom\.id "acme-1" is not a rule id: write PREFIX-AREA-NNN/],
      ["no controls", (v) => (v.custom.controls = []), /has an empty custom\.controls: a list of control ids/],
      ["unknown control", (v) => (v.custom.controls = ["iso42001:A.99"]), /custom\.controls cites iso42001:A\.99, which is not in the control catalog/],
      ["controls not a list", (v) => ((v.custom as Record<string, unknown>)["controls"] = "iso42001:A.6.2.4"), /custom\.controls must be a list/],
      ["typo in a field name", (v) => ((v.custom as Record<string, unknown>)["efort"] = "small"), /custom\.efort is not a field aigis reads/],
      ["bad effort", (v) => ((v.custom as Record<string, unknown>)["effort"] = "huge"), /custom\.effort "huge" must be one of small, medium, large/],
      ["evidence without reason", (v) => ((v.custom as Record<string, unknown>)["evidence"] = "none"), /sets evidence but not evidence_reason/],
      ["empty applies_to", (v) => (v.custom.applies_to = []), /has an empty custom\.applies_to/],
      ["related resource not a link", (v) => (v.related_resources = [42 as unknown as string]), /related_resources\.0 42 is not valid/],
    ];
    for (const [what, mutate, expected] of cases) {
      const v = good();
      mutate(v);
      const problems = check(v);
      expect(problems, what).toHaveLength(1);
      expect(problems[0], what).toMatch(expected);
    }
    expect(check(null)).toEqual(["the METADATA block must be a YAML mapping (title:, description:, custom:)"]);
    expect(check(parseYaml("title: T\ndescription: D\n"))).toEqual([expect.stringMatching(/has no custom; every rule needs/)]);
  });

  it("a built-in repository-wide rule may apply to no kind", () => {
    const v = good();
    v.custom.id = "AIGIS-GV-099";
    v.custom.applies_to = [];
    expect(check(v, true)).toEqual([]);
  });
});
