// Readers meet whatever a repository holds. Whatever the shape, a reader yields artifacts or an
// ArtifactError (a ReadError with a line); it never throws, which readCandidate would report as an
// internal error (test/property-mutant.test.ts shows that expectNoCrash catches one).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCandidate, FORMATS, type FormatId } from "../src/readers/read.js";
import { tempDir, writeTree } from "./helpers.js";
import { expectNoCrash } from "./reader-properties.js";

const dir = tempDir();
let n = 0;
function readAs(format: FormatId | undefined, name: string, content: string) {
  const rel = `case-${n++}/${name}`;
  writeTree(dir, { [rel]: content });
  const abs = path.join(dir, rel);
  return readCandidate({ absPath: abs, relPath: rel, size: Buffer.byteLength(content) }, { maxFileBytes: 1 << 20, ...(format ? { format } : {}) });
}

const FILE_NAMES: Record<FormatId, string> = {
  "hf-model-card": "README.md",
  "hf-dataset-card": "README.md",
  governance: "AI_POLICY.md",
  cyclonedx: "bom.cdx.json",
  spdx3: "sbom.spdx3.json",
  croissant: "croissant.json",
  mct: "model_card.json",
  dps: "provenance.json",
  register: "ai-systems.yaml",
};

// Keys each format's reader looks at, so random documents reach deep into the readers.
const KEYS = [
  "bomFormat",
  "specVersion",
  "components",
  "services",
  "dependencies",
  "metadata",
  "modelCard",
  "modelParameters",
  "considerations",
  "datasets",
  "data",
  "governance",
  "owners",
  "sensitiveData",
  "licenses",
  "license",
  "hashes",
  "pedigree",
  "ancestors",
  "properties",
  "name",
  "value",
  "type",
  "ref",
  "dependsOn",
  "endpoints",
  "provider",
  "@context",
  "@graph",
  "@type",
  "@id",
  "spdxId",
  "creationInfo",
  "from",
  "to",
  "relationshipType",
  "verifiedUsing",
  "suppliedBy",
  "originatedBy",
  "ai_energyConsumption",
  "ai_metric",
  "dataset_datasetType",
  "conformsTo",
  "dct:conformsTo",
  "creator",
  "distribution",
  "rai:dataBiases",
  "contentUrl",
  "sha256",
  "model_details",
  "model_parameters",
  "quantitative_analysis",
  "performance_metrics",
  "use_cases",
  "source",
  "provenance",
  "use",
  "issuer",
  "classification",
  "intended-purpose",
  "systems",
  "suppliers",
  "aigis",
  "kind",
  "owner",
  "logging",
  "retention_days",
  "schema_version",
];

/** A small deterministic generator of odd JSON values. */
function randomValue(seed: { s: number }, depth: number): unknown {
  const next = () => (seed.s = (seed.s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const r = next();
  if (depth > 4 || r < 0.25) {
    const scalars = [
      null,
      true,
      0,
      -1.5,
      "",
      "x",
      "1.6",
      "3.0.1",
      "http://mlcommons.org/croissant/1.1",
      "CycloneDX",
      "sc:Dataset",
      "ai_AIPackage",
      "Relationship",
      "machine-learning-model",
      "data",
    ];
    return scalars[Math.floor(next() * scalars.length)];
  }
  if (r < 0.5) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(seed, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) obj[KEYS[Math.floor(next() * KEYS.length)]!] = randomValue(seed, depth + 1);
  return obj;
}

describe("readers never throw", () => {
  it.each(FORMATS.filter((f) => f !== "register" && !FILE_NAMES[f]!.endsWith(".md")))("on random JSON documents forced to %s", (format) => {
    const seed = { s: 7 };
    for (let i = 0; i < 300; i++) {
      const doc = randomValue(seed, 0);
      const root =
        format === "cyclonedx"
          ? { bomFormat: "CycloneDX", specVersion: "1.6", ...(typeof doc === "object" && doc && !Array.isArray(doc) ? doc : { components: doc }) }
          : doc;
      expectNoCrash(readAs(format, FILE_NAMES[format]!, JSON.stringify(root)), `${format} #${i}: ${JSON.stringify(root)}`);
    }
  });

  it.each(["hf-model-card", "hf-dataset-card", "governance", "register"] as const)("on random YAML forced to %s", (format) => {
    const seed = { s: 11 };
    for (let i = 0; i < 200; i++) {
      const doc = randomValue(seed, 0);
      const yaml = JSON.stringify(doc); // JSON is YAML
      const content =
        format === "register"
          ? yaml
          : `---\n${JSON.stringify({ aigis: doc, license: doc, "model-index": doc, base_model: doc })}\n---\n# Title\n\n## Uses\n\ntext\n`;
      expectNoCrash(readAs(format, FILE_NAMES[format]!, content), `${format} #${i}: ${content}`);
    }
  });

  it("on odd shapes seen in the wild", () => {
    const cases: [FormatId | undefined, string, string][] = [
      [
        undefined,
        "bom.cdx.json",
        '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[null,1,{"type":"machine-learning-model","modelCard":[],"licenses":"MIT","hashes":{},"pedigree":{"ancestors":[1,{"name":5}]}},{"type":"data","data":[null,{"governance":"x","sensitiveData":5}]}],"services":[{"data":"x","endpoints":"x","provider":[]}],"dependencies":[{"ref":5,"dependsOn":"x"}],"metadata":[]}',
      ],
      [
        undefined,
        "sbom.spdx3.json",
        '{"@context":5,"@graph":[null,1,{"type":5},{"type":"CreationInfo","specVersion":"3.0.1","createdBy":"x"},{"type":"ai_AIPackage","spdxId":7,"verifiedUsing":"x","ai_energyConsumption":[]},{"type":"Relationship","from":[],"to":"x","relationshipType":4}]}',
      ],
      [
        undefined,
        "croissant.json",
        '{"@context":["https://example.org/ctx",{"rai":5}],"@type":["sc:Dataset"],"conformsTo":5,"name":{"@value":5},"creator":[null,5,{"name":[]}],"distribution":"x","rai:dataBiases":[null,{}]}',
      ],
      [
        undefined,
        "model_card.json",
        '{"model_details":{"owners":[null,5],"licenses":"x","version":"1"},"model_parameters":{"data":"x"},"considerations":{"use_cases":{}}}',
      ],
      [
        undefined,
        "provenance.json",
        '{"source":{"issuer":5,"version":1},"provenance":{"origin-geography":[null,{}],"generation-method":{"code":5},"date":20260101},"use":{"classification":[null,{"regulation":[]}],"license":[{}],"privacy-enhancing":"x"}}',
      ],
      [undefined, "ai-systems.yaml", "systems: [null, {owner: {team: [1]}, logging: 5, models: {a: 1}}]\nsuppliers: {}\n"],
      [undefined, "ai-systems.yaml", "- a\n- b\n"],
      [undefined, "AI_POLICY.md", "---\naigis: [1, 2]\n---\n# Policy\n"],
      [undefined, "AI_POLICY.md", "---\naigis:\n  systems: [{id: 1}, 5]\n  objectives: [1]\n  approved_on: 2026-13-45\n---\n"],
      [undefined, "README.md", "---\nmodel-index: {a: 1}\nbase_model: {x: 1}\nlicense: [1, {a: 2}]\npipeline_tag: text-generation\n---\n# t\n"],
      [undefined, "README.md", "---\nmodel-index: [null, {results: [null, {metrics: 5, dataset: []}]}]\nlibrary_name: transformers\n---\n"],
    ];
    for (const [format, name, content] of cases) expectNoCrash(readAs(format, name, content), `${name}: ${content}`);
  });
});

describe("classification by content", () => {
  it("finds each format whatever the file is called, and leaves other files alone", () => {
    const kinds = (name: string, content: string) => readAs(undefined, name, content).artifacts.map((a) => `${a.artifact.kind}:${a.artifact.format}`);
    expect(kinds("data.json", '{"@context":{"@vocab":"https://schema.org/","cr":"http://mlcommons.org/croissant/"},"@type":"sc:Dataset","name":"d"}')).toEqual([
      "dataset:croissant",
    ]);
    expect(
      kinds(
        "export.jsonld",
        '{"@context":"https://spdx.org/rdf/3.0.1/spdx-context.jsonld","@graph":[{"type":"CreationInfo","@id":"_:c","specVersion":"3.0.1"}]}',
      ),
    ).toEqual(["sbom:spdx"]);
    expect(kinds("card.json", '{"model_details":{"name":"m"},"considerations":{}}')).toEqual(["model_card:model-card-toolkit"]);
    expect(kinds("register.yml", "aigis: {kind: system-register}\nsystems: []\n")).toEqual(["governance:aigis-register"]);
    expect(kinds("notes.md", "---\naigis:\n  kind: incident-response\n---\n# Incidents\n")).toEqual(["governance:aigis-governance"]);
    // A model card that carries other aigis keys stays a model card.
    expect(kinds("README.md", "---\nlicense: mit\npipeline_tag: text-classification\naigis: {waivers: []}\n---\n# m\n")).toEqual([
      "model_card:huggingface-model-card",
    ]);
    expect(kinds("package.json", '{"name":"x","version":"1.0.0"}')).toEqual([]);
    expect(kinds("other.spdx.json", '{"spdxVersion":"SPDX-2.3","packages":[]}')).toEqual([]);
    expect(kinds("README.md", "# docs\n\nSee docs/ai/impact for impact assessments.\n")).toEqual([]);
  });

  it("reads a README under an ai/impact folder as documentation, not as an assessment", () => {
    const r = readAs(undefined, "docs/ai/impact/README.md", "# Impact assessments\n\nOne file per system.\n");
    expect(r.artifacts).toEqual([]);
  });

  it("reports a broken file that is named like an artifact, and ignores well-formed JSON that is not one", () => {
    expect(readAs(undefined, "croissant.json", '{"name": ').errors[0]!.reason).toMatch(/^invalid JSON/);
    expect(readAs(undefined, "model_card.json", '{"name": "not a card"}').artifacts).toEqual([]);
  });
});
