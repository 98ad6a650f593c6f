// One block per format: valid and invalid fixtures under fixtures/formats/, asserting normalized
// values and the file positions findings will point at.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AiSbom, DatasetRecord, GovernanceDoc, ModelCard, ReadArtifact, ReadResult } from "../src/model/types.js";
import { locate } from "../src/report/locate.js";
import { readCandidate } from "../src/readers/read.js";
import { run } from "../src/run.js";
import { fixtures, lineOf, policyDir, tempDir } from "./helpers.js";

const formats = path.join(fixtures, "formats");
const file = (rel: string) => path.join(formats, rel);
const read = (rel: string): ReadResult =>
  readCandidate({ absPath: file(rel), relPath: rel, size: fs.statSync(file(rel)).size }, { maxFileBytes: 10 * 1024 * 1024 });

function only(rel: string): ReadArtifact {
  const r = read(rel);
  expect(r.errors).toEqual([]);
  return r.artifacts[0]!;
}

/** 1-based line of the n-th line (1-based) of the fixture containing `needle`. */
function lineOfNth(rel: string, needle: string, n: number): number {
  const lines = fs.readFileSync(file(rel), "utf8").split(/\r\n|\r|\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === n) return i + 1;
  throw new Error(`${needle} #${n} not in ${rel}`);
}

/** Line of each problem, keyed by the problem's raw pointer. */
function problemLines(a: ReadArtifact): Record<string, number> {
  return Object.fromEntries(a.artifact.problems.map((p, i) => [p.pointer, a.positions[`/problems/${i}`]!.line]));
}

const at = (a: ReadArtifact, pointer: string) => locate(a.positions, pointer).line;

describe("Hugging Face model cards", () => {
  it("reads a current card: task, architecture, oversight, evaluation data, owners", () => {
    const rel = "huggingface-model-card/support-llm/README.md";
    const a = only(rel);
    const card = a.artifact as ModelCard;
    expect(card).toMatchObject({
      name: "support-llm",
      supplier: "Acme ML Platform",
      owners: ["Acme ML Platform"],
      task: "text-generation",
      architecture: "LoRA adapter for a decoder-only transformer",
      base_models: ["meta-llama/Llama-3.1-8B-Instruct"],
      test_datasets: ["acme/support-eval-2026"],
      metrics: [
        { type: "accuracy", value: "0.91" },
        { type: "rougeL", value: "0.48" },
      ],
      problems: [],
    });
    expect(card.human_oversight).toMatch(/^Agents approve every drafted reply/);
    expect(card.training_procedure).toMatch(/LoRA rank 16/);
    expect(card.unsupported).toEqual(expect.arrayContaining(["hashes", "autonomy_type"]));
    expect(at(a, "/task")).toBe(lineOf(file(rel), "pipeline_tag:"));
    expect(at(a, "/human_oversight")).toBe(lineOf(file(rel), "## Human Oversight"));
    expect(at(a, "/test_datasets")).toBe(lineOf(file(rel), "model-index:"));
    expect(at(a, "/owners")).toBe(lineOf(file(rel), "**Developed by:**"));
    expect(at(a, "/architecture")).toBe(lineOf(file(rel), "**Model type:**"));
    expect(at(a, "/training_procedure")).toBe(lineOf(file(rel), "### Training Procedure"));
    expect(at(a, "/environmental_impact")).toBe(lineOf(file(rel), "## Environmental Impact"));
  });

  it("reads an older merge card: H1 sections, license other with name and link, base_model list", () => {
    const rel = "huggingface-model-card/legacy-merge/README.md";
    const a = only(rel);
    const card = a.artifact as ModelCard;
    expect(card.name).toBe("hermes-llama-slerp-8b");
    expect(card.licenses).toEqual([{ spdx: "other", name: "llama3.1", url: "https://huggingface.co/meta-llama/Meta-Llama-3.1-8B/blob/main/LICENSE" }]);
    expect(card.base_models).toEqual(["NousResearch/Hermes-3-Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct"]);
    expect(card.derived).toBe(true);
    expect(card.intended_use).toMatch(/^General chat/);
    expect(card.test_datasets).toEqual(["HuggingFaceH4/ifeval", "TIGER-Lab/MMLU-Pro"]);
    expect(card.metrics.map((m) => m.value)).toEqual(["71.54", "31.02"]);
    expect(at(a, "/intended_use")).toBe(lineOf(file(rel), "# Intended uses & limitations"));
    expect(at(a, "/base_models")).toBe(lineOf(file(rel), "base_model:"));
    // No contact section: the finding lands on the front matter, not on line 1 of an unrelated place.
    expect(at(a, "/contact")).toBe(1);
  });

  it("reports metadata the Hub would reject at its line", () => {
    const rel = "huggingface-model-card/invalid/README.md";
    const a = only(rel);
    expect(problemLines(a)).toEqual({
      "/license": lineOf(file(rel), "license:"),
      "/pipeline_tag": lineOf(file(rel), "pipeline_tag:"),
      "/base_model_relation": lineOf(file(rel), "base_model_relation:"),
      "/model-index/0/results/0/dataset": lineOf(file(rel), "dataset:"),
      "/model-index/0/results/0/metrics/0": lineOf(file(rel), "- type: rouge1"),
    });
    // Still read: the rest of the card is judged as usual.
    expect((a.artifact as ModelCard).intended_use).toMatch(/^Summarises internal news/);
    // A missing sub-section is located at the template section it belongs under.
    expect(at(a, "/out_of_scope_use")).toBe(lineOf(file(rel), "## Uses"));
  });
});

describe("Hugging Face dataset cards", () => {
  it("reads collection, annotation, personal data, bias and contact sections", () => {
    const rel = "huggingface-dataset-card/support-tickets/README.md";
    const a = only(rel);
    const ds = a.artifact as DatasetRecord;
    expect(ds).toMatchObject({
      name: "Acme support tickets 2026",
      supplier: "Acme Support Analytics",
      licenses: [{ spdx: "CC-BY-4.0", name: "cc-by-4.0", url: null }],
      source_datasets: ["acme/support-tickets-2025"],
      collection_methods: ["found"],
      contact: "support-analytics@acme.example",
      problems: [],
    });
    expect(ds.annotation).toMatch(/^Two support leads/);
    expect(ds.sensitive_data).toMatch(/redacted/);
    expect(ds.bias).toMatch(/Enterprise customers/);
    expect(ds.out_of_scope_use).toMatch(/^Profiling/);
    expect(ds.description).toMatch(/^Anonymised customer-support tickets/);
    expect(at(a, "/annotation")).toBe(lineOf(file(rel), "#### Annotation process"));
    expect(at(a, "/sensitive_data")).toBe(lineOf(file(rel), "#### Personal and Sensitive Information"));
    expect(at(a, "/collection_methods")).toBe(lineOf(file(rel), "language_creators:"));
    expect(at(a, "/contact")).toBe(lineOf(file(rel), "## Dataset Card Contact"));
  });

  it("reports wrongly typed metadata at its line", () => {
    const rel = "huggingface-dataset-card/invalid/README.md";
    expect(problemLines(only(rel))).toEqual({ "/license": lineOf(file(rel), "license:"), "/task_categories": lineOf(file(rel), "task_categories:") });
  });
});

describe("CycloneDX", () => {
  const rel16 = "cyclonedx/ml-bom-1.6.cdx.json";

  it("normalizes the BOM: supplier, dependencies, references, services with data flows", () => {
    const [bom] = read(rel16).artifacts;
    const sbom = bom!.artifact as AiSbom;
    expect(sbom.problems).toEqual([]);
    expect(sbom.supplier).toBe("Acme");
    expect(sbom.relationships).toContainEqual({ from: "model-support-llm", type: "dependsOn", to: ["model-llama-3.1-8b-instruct", "data-support-tickets"] });
    expect(sbom.external_references).toEqual([{ type: "security-contact", url: "mailto:security@acme.example" }]);
    expect(sbom.properties).toEqual([{ name: "acme:cost-center", value: "support-ml" }]);
    expect(sbom.components.map((c) => [c.name, c.supplier, c.depends_on.length])).toEqual([
      ["support-llm", "Acme", 2],
      ["meta-llama/Llama-3.1-8B-Instruct", "Meta Llama team", 0],
      ["support-tickets-2026", "Acme", 0],
    ]);
    expect(sbom.services[0]).toMatchObject({
      provider: "OpenAI",
      trust_zone: "external",
      data_flows: [{ flow: "outbound", classification: "customer-confidential", destination: ["https://api.openai.com/v1/moderations"] }],
      external_references: [{ type: "risk-assessment", url: "https://git.acme.example/ai/suppliers/openai.md" }],
    });
    expect(at(bom!, "/supplier")).toBe(lineOf(file(rel16), '"supplier": { "name": "Acme", "url"'));
    expect(at(bom!, "/relationships")).toBe(lineOf(file(rel16), '"dependencies"'));
  });

  it("reads the model card's task, architecture, oversight, energy and risk assessment", () => {
    const a = read(rel16).artifacts[1]!;
    const card = a.artifact as ModelCard;
    expect(card).toMatchObject({
      task: "text-generation",
      architecture: "llama / LlamaForCausalLM with LoRA adapters (rank 16)",
      training_procedure: "approach: supervised",
      energy: [{ activity: "training", value: "41.5", unit: "kWh" }],
      risk_assessment: "https://git.acme.example/ai/impact/support-assistant.md",
      owners: ["Acme"],
      contact: "ml-platform@acme.example",
    });
    expect(card.out_of_scope_use).toMatch(/^Not for legal/);
    expect(card.human_oversight).toMatch(/^Agents approve/);
    expect(card.limitations).toMatch(/Non-native English writers: Lower draft quality/);
    expect(at(a, "/human_oversight")).toBe(lineOf(file(rel16), '"aigis:human-oversight"'));
    expect(at(a, "/energy")).toBe(lineOf(file(rel16), '"energyConsumptions"'));
    expect(at(a, "/task")).toBe(lineOf(file(rel16), '"task": "text-generation"'));
  });

  it("reads a data component's governance roles, classification, sensitive data and location", () => {
    const a = read(rel16).artifacts[2]!;
    const ds = a.artifact as DatasetRecord;
    expect(ds).toMatchObject({
      owners: ["Acme Support", "Priya Natarajan", "Acme Data Platform"],
      stewards: ["Priya Natarajan"],
      custodians: ["Acme Data Platform"],
      classification: "confidential",
      sensitive_data: "customer names (redacted), e-mail addresses (redacted)",
      distributions: [{ name: "support-tickets-2026", url: "s3://acme-ml-data/support-tickets-2026/", hashes: [] }],
      bias: "Enterprise customers are over-represented; consumer tickets are about 8% of the data.",
    });
    expect(at(a, "/stewards")).toBe(lineOf(file(rel16), '"stewards"'));
    expect(at(a, "/classification")).toBe(lineOf(file(rel16), '"classification": "confidential"'));
    expect(at(a, "/bias")).toBe(lineOf(file(rel16), '"aigis:known-bias"'));
  });

  it("reads 1.5 documents with a bare author, expression licences and inline datasets", () => {
    const rel = "cyclonedx/ml-bom-1.5.cdx.json";
    const [bom, card] = read(rel).artifacts;
    expect((bom!.artifact as AiSbom).supplier).toBe("Sam Lee");
    expect((bom!.artifact as AiSbom).problems).toEqual([]);
    expect(card!.artifact).toMatchObject({
      format_version: "1.5",
      supplier: "Hugging Face",
      licenses: [{ spdx: "Apache-2.0" }],
      datasets: ["stanfordnlp/sst2"],
    });
    expect(at(card!, "/supplier")).toBe(lineOf(file(rel), '"author": "Hugging Face"'));
  });

  it("reads 1.7 AI-BOM generator output: SPDX-AI fields from metadata properties, model not listed twice", () => {
    const rel = "cyclonedx/ml-bom-1.7.cdx.json";
    const [bom, card] = read(rel).artifacts;
    expect((bom!.artifact as AiSbom).components).toHaveLength(1);
    expect((bom!.artifact as AiSbom).problems).toEqual([]);
    expect(card!.artifact).toMatchObject({
      supplier: "Mistral AI",
      autonomy_type: "no",
      standards: ["ISO/IEC 42001:2023", "NIST AI RMF 1.0"],
      risk_assessment: "medium",
      limitations: "No moderation mechanisms; outputs need filtering before they reach end users.",
    });
    expect(at(card!, "/autonomy_type")).toBe(lineOf(file(rel), '"autonomyType"'));
    expect(at(card!, "/risk_assessment")).toBe(lineOf(file(rel), '"safetyRiskAssessment"'));
  });

  it("validates against the official schema and reports each violation at its line", () => {
    const rel = "cyclonedx/invalid.cdx.json";
    const [bom] = read(rel).artifacts;
    const lines = problemLines(bom!);
    expect(lines).toMatchObject({
      "/metadata/timestamp": lineOf(file(rel), '"timestamp"'),
      "/components/0/hashes/0/alg": lineOf(file(rel), '"alg": "SHA256"'),
      "/components/0/licenses": lineOf(file(rel), '"licenses"'),
      "/components/0/modelCard/intendedUse": lineOf(file(rel), '"intendedUse"'),
      "/components/1/data/0/sensitiveData": lineOf(file(rel), '"sensitiveData": "none"'),
      "/services/0/data/0": lineOf(file(rel), '{ "flow": "outbound" }'),
      "/components/1/bom-ref": lineOfNth(rel, '"bom-ref": "model-faq"', 2),
      "/dependencies/0/dependsOn/0": lineOf(file(rel), '"dependsOn": ["data-faq-pages"]'),
      "/components/0/modelCard/modelParameters/datasets/0/ref": lineOf(file(rel), '"ref": "data-chat-logs"'),
    });
    // One entry per broken licence, not one per failed oneOf branch.
    expect(bom!.artifact.problems.filter((p) => p.pointer.startsWith("/components/0/licenses"))).toHaveLength(1);
    expect(bom!.artifact.problems.find((p) => p.pointer === "/components/0/hashes/0/alg")!.reason).toMatch(/must be one of "MD5", "SHA-1", "SHA-256"/);
  });

  it("reads 1.4 against the 1.4 schema, which has no machine-learning-model type, and refuses XML with a conversion hint", () => {
    const rel = "cyclonedx/unsupported-1.4.cdx.json";
    expect(read(rel).errors).toEqual([]);
    const bom = read(rel).artifacts[0]!.artifact;
    expect(bom.format_version).toBe("1.4");
    expect(bom.problems.find((p) => p.pointer === "/components/0/type")?.reason).toMatch(/must be one of/);
    expect(read("cyclonedx/bom.xml").errors[0]!.reason).toMatch(/convert it to JSON/);
  });
});

describe("SPDX 3.0.1", () => {
  const rel = "spdx3/ai-sbom.spdx3.json";
  /** Line of the `{` that opens the graph node with this spdxId suffix. */
  const nodeLine = (r: string, idSuffix: string) => lineOf(file(r), `${idSuffix}",`) - 2;

  it("turns the document into an SBOM with AI and dataset packages and their relationships", () => {
    const [bom] = read(rel).artifacts;
    const sbom = bom!.artifact as AiSbom;
    expect(sbom).toMatchObject({
      spec: "spdx",
      format: "spdx",
      format_version: "3.0.1",
      name: "support-assistant AI BOM",
      timestamp: "2026-03-02T09:00:00Z",
      supplier: "Acme",
      problems: [],
      unsupported: ["services"],
    });
    expect(sbom.components.map((c) => [c.type, c.name, c.version])).toEqual([
      ["machine-learning-model", "support-llm", "1.2.0"],
      ["machine-learning-model", "meta-llama/Llama-3.1-8B-Instruct", "0e9e39f249a16976918f6564b8830bc894c89659"],
      ["data", "support-tickets-2026", "2026.03"],
      ["data", "support-eval-2026", "2026.03"],
    ]);
    expect(sbom.components[0]).toMatchObject({
      purl: "pkg:huggingface/acme/support-llm@1.2.0",
      hashes: [{ alg: "SHA-256" }],
      licenses: [{ spdx: "Apache-2.0" }],
      ancestors: ["meta-llama/Llama-3.1-8B-Instruct"],
      has_model_card: true,
    });
    expect(sbom.relationships).toContainEqual({
      from: "https://acme.example/spdx/support-assistant/2.4.0#support-llm",
      type: "trainedOn",
      to: ["https://acme.example/spdx/support-assistant/2.4.0#support-tickets-2026"],
    });
    expect(at(bom!, "/@graph/6/hashes")).toBe(lineOf(file(rel), '"hashValue": "5d41402a') - 1);
    expect(at(bom!, "/@graph/6/licenses")).toBe(nodeLine(rel, "#rel-llm-declared"));
  });

  it("reads an ai_AIPackage as a model card, with training and test data from relationships", () => {
    const a = read(rel).artifacts[1]!;
    expect(a.artifact).toMatchObject({
      id: `${rel}#/@graph/6`,
      datasets: ["support-tickets-2026"],
      test_datasets: ["support-eval-2026"],
      base_models: ["meta-llama/Llama-3.1-8B-Instruct"],
      derived: true,
      risk_assessment: "low",
      autonomy_type: "no",
      sensitive_data: "no",
      standards: ["ISO/IEC 42001:2023"],
      energy: [{ activity: "training", value: "41.5", unit: "kilowattHour" }],
      contact: "ml-platform@acme.example",
      metrics: [{ type: "accuracy", value: "0.91" }],
      unsupported: ["out_of_scope_use", "human_oversight"],
    });
    expect(at(a, "/intended_use")).toBe(lineOf(file(rel), '"ai_informationAboutApplication": "Drafts'));
    expect(at(a, "/datasets")).toBe(nodeLine(rel, "#rel-llm-trained"));
    expect(at(a, "/test_datasets")).toBe(nodeLine(rel, "#rel-llm-tested"));
    expect(at(a, "/base_models")).toBe(nodeLine(rel, "#rel-llm-base"));
    // A field the package lacks is reported at the package node.
    expect(at(read(rel).artifacts[2]!, "/limitations")).toBe(nodeLine(rel, "#llama-3.1-8b-instruct"));
  });

  it("reads a dataset_DatasetPackage as a dataset record", () => {
    const a = read(rel).artifacts[3]!;
    expect(a.artifact).toMatchObject({
      name: "support-tickets-2026",
      supplier: "Acme",
      origin: "Acme",
      sensitive_data: "yes",
      anonymization: "PII redaction with Acme PII scrubber 2.3",
      classification: "amber",
      collection_methods: ["registration"],
      licenses: [{ spdx: "LicenseRef-Acme-Internal" }],
      distributions: [{ url: "s3://acme-ml-data/support-tickets-2026/", hashes: [{ alg: "SHA-256" }] }],
    });
    expect((a.artifact as DatasetRecord).processing).toBe("de-duplicated\nsignatures and quoted replies stripped\nfiltered to English");
    expect(at(a, "/bias")).toBe(lineOf(file(rel), '"dataset_knownBias"'));
    expect(at(a, "/sensitive_data")).toBe(lineOf(file(rel), '"dataset_hasSensitivePersonalInformation": "yes"'));
  });

  it("checks each graph node and reports problems at the node or property", () => {
    const bad = "spdx3/invalid.spdx3.json";
    const [bom] = read(bad).artifacts;
    const reasons = bom!.artifact.problems.map((p) => p.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        "ai_AIPackage is missing suppliedBy",
        "dataset_DatasetPackage is missing dataset_datasetType",
        "ai_AIPackage needs exactly one hasConcludedLicense relationship (found 0)",
      ]),
    );
    // spdx3-validate accepts a package without them: the profile's prose asks (AIGIS-IN-004).
    const clauseOf = (reason: string) => bom!.artifact.problems.find((p) => p.reason === reason)?.spec_clause;
    expect(clauseOf("ai_AIPackage is missing suppliedBy")).toBe("SPDX 3.0.1 AI profile, AIPackage External property restrictions");
    expect(clauseOf("dataset_DatasetPackage is missing dataset_datasetType")).toBe("SPDX 3.0.1 Dataset profile, DatasetPackage External property restrictions");
    const lines = problemLines(bom!);
    expect(lines).toMatchObject({
      "/@graph/0/created": lineOf(file(bad), '"created"'),
      "/@graph/3/ai_safetyRiskAssessment": lineOf(file(bad), '"ai_safetyRiskAssessment": "critical"'),
      "/@graph/3/ai_domain": lineOf(file(bad), '"ai_domain"'),
      "/@graph/3/releaseTime": lineOf(file(bad), '"releaseTime": "2026-02-30"'),
      "/@graph/3": nodeLine(bad, "faq-bot#model"),
      "/@graph/4": nodeLine(bad, "faq-bot#faq-pages"),
      "/@graph/5/to/1": lineOf(file(bad), "#chat-logs"),
    });
  });

  it("accepts @id / @type spellings and full class IRIs", () => {
    const doc = {
      "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
      "@graph": [
        { "@type": "CreationInfo", "@id": "_:ci", specVersion: "3.0.1", created: "2026-01-01T00:00:00Z", createdBy: ["urn:agent"] },
        { "@type": "Organization", "@id": "urn:agent", creationInfo: "_:ci", name: "Example" },
        { "@type": "https://spdx.org/rdf/3.0.1/terms/AI/AIPackage", "@id": "urn:model", creationInfo: "_:ci", name: "m", suppliedBy: "urn:agent" },
        {
          "@type": "Relationship",
          "@id": "urn:rel",
          creationInfo: "_:ci",
          from: "urn:model",
          relationshipType: "https://spdx.org/rdf/3.0.1/terms/Core/RelationshipType/hasDeclaredLicense",
          to: ["https://spdx.org/licenses/MIT"],
        },
      ],
    };
    const dir = tempDir("aigis-spdx-");
    fs.writeFileSync(path.join(dir, "x.jsonld"), JSON.stringify(doc, null, 2));
    const r = readCandidate({ absPath: path.join(dir, "x.jsonld"), relPath: "x.jsonld", size: 1 }, { maxFileBytes: 1 << 20 });
    expect(r.artifacts.map((a) => a.artifact.kind)).toEqual(["sbom", "model_card"]);
    expect(r.artifacts[1]!.artifact).toMatchObject({ name: "m", supplier: "Example", licenses: [{ spdx: "MIT" }] });
  });

  it("refuses other SPDX versions at the specVersion line", () => {
    const bad = "spdx3/unsupported-version.spdx3.json";
    expect(read(bad).errors).toEqual([
      { path: bad, line: lineOf(file(bad), '"specVersion"'), column: 7, reason: "SPDX 3.1 is not supported; aigis reads SPDX 3.0.1 JSON-LD" },
    ]);
  });
});

describe("Croissant", () => {
  it("reads Croissant 1.1 with rai: properties as a dataset record", () => {
    const rel = "croissant/support-tickets.croissant.json";
    const a = only(rel);
    const ds = a.artifact as DatasetRecord;
    expect(ds).toMatchObject({
      format: "croissant",
      format_version: "1.1",
      name: "support-tickets-2026",
      supplier: "Acme",
      origin: "Acme Support Analytics",
      owners: ["Acme Support Analytics", "Acme"],
      contact: "support-analytics@acme.example",
      licenses: [{ spdx: "CC-BY-4.0", name: "https://spdx.org/licenses/CC-BY-4.0.html", url: "https://spdx.org/licenses/CC-BY-4.0.html" }],
      source_datasets: ["https://huggingface.co/datasets/acme/support-tickets-2025"],
      collection_methods: ["Manual Human Curation", "Software Collection"],
      // The Hub's git-repository entry carries a link, not a digest; only the parquet hash counts.
      hashes: [{ alg: "SHA-256", value: "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b" }],
      problems: [],
    });
    expect(ds.distributions).toHaveLength(2);
    expect(ds.collection).toMatch(/Timeframe: 2024-01-01\n2026-02-28|Timeframe: 2024-01-01/);
    expect(ds.processing).toBe("De-duplicated by ticket thread.\nSignatures and quoted replies stripped.\nFiltered to English with a language detector.");
    expect(ds.bias).toMatch(/^Enterprise customers/);
    expect(ds.limitations).toMatch(/^English only/);
    expect(ds.maintenance).toMatch(/^Re-released quarterly/);
    expect(at(a, "/bias")).toBe(lineOf(file(rel), '"rai:dataBiases"'));
    expect(at(a, "/intended_use")).toBe(lineOf(file(rel), '"rai:dataUseCases"'));
    expect(at(a, "/distributions/1")).toBe(lineOf(file(rel), '"@id": "train-parquet"') - 2);
    expect(at(a, "/anonymization")).toBe(lineOf(file(rel), '"@type": "sc:Dataset"'));
  });

  it("reads Croissant 1.0 with full RAI IRIs, @type Dataset and array or @value values", () => {
    const rel = "croissant/web-faq/croissant.json";
    const a = only(rel);
    expect(a.artifact).toMatchObject({
      format_version: "1.0",
      licenses: [{ spdx: "CC-BY-SA-4.0" }],
      origin: "Dana Ortiz, Example Corp",
      collection_methods: ["Web Scraping"],
      sensitive_data: "None: the FAQ pages contain no personal data.",
      intended_use: "Grounding a FAQ chatbot for website visitors.",
      hashes: [{ alg: "MD5", value: "9e107d9d372bb6826bd81d3542a419d6" }],
    });
    expect(at(a, "/sensitive_data")).toBe(lineOf(file(rel), "RAI/personalSensitiveInformation"));
  });

  it("reports missing required properties at the dataset and wrong values at their line", () => {
    const rel = "croissant/invalid.croissant.json";
    const typeLine = lineOf(file(rel), '"@type": "sc:Dataset"');
    expect(problemLines(only(rel))).toEqual({
      "/license": typeLine,
      "/creator": typeLine,
      "/name": lineOf(file(rel), '"name": ['),
      "/datePublished": lineOf(file(rel), '"datePublished"'),
      "/rai:dataBiases": lineOf(file(rel), '"rai:dataBiases"'),
      "/distribution/0": lineOf(file(rel), '"@id": "logs"') - 2,
    });
  });

  it("refuses an unknown Croissant version at its conformsTo line", () => {
    const rel = "croissant/unsupported-version.croissant.json";
    expect(read(rel).errors).toEqual([
      { path: rel, line: lineOf(file(rel), "dct:conformsTo"), column: 3, reason: "Croissant 0.8 is not supported; aigis reads Croissant 1.0 and 1.1" },
    ]);
  });
});

describe("Model Card Toolkit", () => {
  it("reads v0.0.2 as the toolkit exports it", () => {
    const rel = "model-card-toolkit/credit-risk/model_card.json";
    const a = only(rel);
    const card = a.artifact as ModelCard;
    expect(card).toMatchObject({
      format: "model-card-toolkit",
      format_version: "0.0.2",
      name: "credit-risk-gbt",
      version: "3.1.0",
      supplier: "Acme Risk Analytics",
      contact: "risk-analytics@acme.example",
      licenses: [{ spdx: "LicenseRef-Acme-Proprietary" }],
      datasets: ["loan-applications-train-2025"],
      test_datasets: ["loan-applications-eval-2025"],
      architecture: "Gradient-boosted decision trees (XGBoost 2.0, 400 trees, depth 6)",
      problems: [],
    });
    expect(card.intended_use).toMatch(/^Ordering the manual underwriting queue/);
    expect(card.limitations).toMatch(/Proxy discrimination through location features: Postcode/);
    expect(card.sensitive_data).toMatch(/^loan-applications-train-2025: business owner names, tax identifiers/);
    expect(card.evaluation).toContain("AUC (businesses younger than 2 years)=0.811");
    expect(card.unsupported).toContain("out_of_scope_use");
    expect(at(a, "/intended_use")).toBe(lineOf(file(rel), '"use_cases"'));
    expect(at(a, "/metrics")).toBe(lineOf(file(rel), '"performance_metrics"'));
    expect(at(a, "/out_of_scope_use")).toBe(lineOf(file(rel), '"model_details"'));
  });

  it("reads v0.0.1: plain-string considerations, train/eval data, a single licence", () => {
    const rel = "model-card-toolkit/churn-v1/model_card.json";
    expect(only(rel).artifact).toMatchObject({
      format_version: "0.0.1",
      licenses: [{ spdx: "Apache-2.0" }],
      datasets: ["subscriptions-2024-train"],
      test_datasets: ["subscriptions-2024-eval"],
      intended_use: "Prioritising retention calls to subscribers at risk of leaving.",
      metrics: [{ type: "accuracy", value: "0.87" }],
      problems: [],
    });
  });

  it("reports structure the schema rejects at its line", () => {
    const rel = "model-card-toolkit/invalid/model_card.json";
    expect(problemLines(only(rel))).toEqual({
      "/model_details/owners": lineOf(file(rel), '"owners"'),
      "/model_parameters/data/0/sensitive/sensitive_data": lineOf(file(rel), '"sensitive_data": "faces"'),
      "/quantitative_analysis/performance_metrics/0/value": lineOf(file(rel), '"value": 0.76'),
      "/considerations/use_cases/0": lineOf(file(rel), '"Suggesting tags'),
      "/intended_use": lineOf(file(rel), '"intended_use"'),
    });
  });

  it("refuses an unknown schema_version", () => {
    const rel = "model-card-toolkit/unsupported/model_card.json";
    expect(read(rel).errors[0]).toMatchObject({ line: 2, reason: "Model Card Toolkit schema_version 1.0.0 is not supported; aigis reads 0.0.1 and 0.0.2" });
  });
});

describe("Data Provenance Standard", () => {
  it("reads the generator's JSON spelling", () => {
    const rel = "dps/generator/provenance.json";
    const a = only(rel);
    expect(a.artifact).toMatchObject({
      name: "call-center-transcripts",
      description: "Transcribed customer-service calls used to train the call summariser.",
      origin: "Example Telecom Customer Care (IE) (GB)",
      collection_methods: ["feeds-internal"],
      anonymization: "presidio 2.2",
      sensitive_data: "pii (evaluated); protected by presidio 2.2",
      classification: "pii",
      source_datasets: ["https://data.example.com/metadata/raw-call-audio.json"],
      problems: [],
    });
    expect(at(a, "/anonymization")).toBe(lineOf(file(rel), '"privacy-indicators"'));
  });

  it("takes an explicit empty classification as a declaration of none", () => {
    const rel = "dps/specification/provenance.yaml";
    const a = only(rel);
    expect((a.artifact as DatasetRecord).sensitive_data).toBe("none declared (empty classification)");
    expect(at(a, "/sensitive_data")).toBe(lineOf(file(rel), "classification: []"));
  });

  it("reports missing required elements at their group and bad values at their line", () => {
    const rel = "dps/invalid/provenance.yaml";
    const a = only(rel);
    const lines = problemLines(a);
    expect(lines).toEqual({
      "/source": lineOf(file(rel), "source:"),
      "/provenance": lineOf(file(rel), "provenance:"),
      "/use": lineOf(file(rel), "use:"),
      "/source/issuer/1": lineOf(file(rel), "- address: unknown"),
      "/provenance/date": lineOf(file(rel), "date: 10/01/2026"),
    });
    expect(a.artifact.problems.map((p) => p.reason)).toContain("missing required element provenance.origin-geography (Data Provenance Standard 1.0)");
  });

  it("refuses a record of another major version", () => {
    const rel = "dps/unsupported/provenance.json";
    expect(read(rel).errors[0]).toMatchObject({ line: 2, reason: "Data Provenance Standard version 2.0.0 is not supported; aigis reads 1.x records" });
  });
});

describe("governance documents", () => {
  it("reads an AI policy's front matter and sections, each at its line", () => {
    const rel = "governance/AI_POLICY.md";
    const a = only(rel);
    const doc = a.artifact as GovernanceDoc;
    expect(doc).toMatchObject({
      format: "aigis-governance",
      doc_kind: "ai-policy",
      title: "Acme AI Policy",
      owner: "Head of ML Platform",
      approved_by: "CTO",
      approved_on: "2026-03-01",
      review_by: "2027-03-01",
      status: "approved",
      version: "1.2",
      concerns_contact: "ai-concerns@acme.example",
      objectives: [{ name: "grounded answers", metric: "citation rate", target: ">= 0.95" }],
      problems: [],
    });
    expect(Object.keys(doc.sections)).toEqual(["acme ai policy", "scope", "principles", "roles and responsibilities", "review"]);
    expect(doc.sections["acme ai policy"]).toBe("");
    expect(at(a, "/approved_on")).toBe(lineOf(file(rel), "approved_on:"));
    expect(at(a, "/sections/review")).toBe(lineOf(file(rel), "## Review"));
    // Missing metadata is reported at the aigis block, where it belongs.
    expect(at(a, "/contact")).toBe(lineOf(file(rel), "aigis:"));
  });

  it("recognises an impact assessment by front matter and lists the systems it covers", () => {
    const rel = "governance/docs/ai/impact/support-assistant.md";
    const a = only(rel);
    expect(a.artifact).toMatchObject({ doc_kind: "impact-assessment", systems_covered: ["support-assistant"] });
    expect(at(a, "/sections/residual risk")).toBe(lineOf(file(rel), "## Residual risk"));
  });

  it("recognises a roles document by its name alone", () => {
    const a = only("governance/AI_ROLES.md");
    expect(a.artifact).toMatchObject({ doc_kind: "roles", owner: null });
    expect(Object.keys((a.artifact as GovernanceDoc).sections)).toContain("system owners");
  });

  it("reads the AI system register's systems and suppliers", () => {
    const rel = "governance/ai-systems.yaml";
    const a = only(rel);
    const reg = a.artifact as GovernanceDoc;
    expect(reg).toMatchObject({ format: "aigis-register", doc_kind: "system-register", owner: "Head of ML Platform", problems: [] });
    expect(reg.systems[0]).toMatchObject({
      pointer: "/systems/0",
      id: "support-assistant",
      owner: "support-ml",
      owner_contact: "support-ml@acme.example",
      user_facing: true,
      logging_retention_days: 180,
      services: ["svc-openai-moderation"],
    });
    expect(reg.systems[1]).toMatchObject({ owner: "Head of Risk Analytics", standards: ["ISO/IEC 42001:2023"], monitoring: null });
    expect(reg.suppliers).toEqual([
      { pointer: "/suppliers/0", name: "OpenAI", owner: "vendor-management", assessment: "docs/ai/suppliers/openai.md", assessed_on: "2026-05-01" },
    ]);
    expect(at(a, "/systems/1/owner")).toBe(lineOf(file(rel), "owner: {role:"));
    expect(at(a, "/systems/1/monitoring")).toBe(lineOf(file(rel), "- id: credit-risk"));
    expect(at(a, "/systems/0/logging_retention_days")).toBe(lineOf(file(rel), "logging: {retention_days: 180}"));
  });

  it("reports bad front matter values at their lines", () => {
    const rel = "governance/invalid/AI_POLICY.md";
    const a = only(rel);
    expect((a.artifact as GovernanceDoc).doc_kind).toBe("ai-polcy");
    expect(problemLines(a)).toEqual({
      "/aigis/kind": lineOf(file(rel), "kind: ai-polcy"),
      "/aigis/approved_on": lineOf(file(rel), "approved_on:"),
      "/aigis/status": lineOf(file(rel), "status:"),
      "/aigis/notify": lineOf(file(rel), "notify:"),
    });
  });

  it("reports register entries that break the convention at their lines", () => {
    const rel = "governance/invalid/ai-systems.yaml";
    expect(problemLines(only(rel))).toEqual({
      "/systems/0/user_facing": lineOf(file(rel), 'user_facing: "yes"'),
      "/systems/0/owner": lineOf(file(rel), "owner: [web-team]"),
      "/systems/0/lifecycle": lineOf(file(rel), "lifecycle: live"),
      "/systems/1/logging/retention_days": lineOf(file(rel), "retention_days"),
      "/systems/1/id": lineOfNth(rel, "- id: chatbot", 2),
      "/systems/2": lineOf(file(rel), "- just a name"),
      "/suppliers/0/assessed_on": lineOf(file(rel), "assessed_on: last year"),
    });
  });
});

describe("end to end", () => {
  it("lists every artifact with kind, format and version, and reports problems and read errors at their lines", async () => {
    const { report } = await run({ root: formats, policyDir, version: "test", failOn: "none" });
    const listed = report.artifacts.map((a) => `${a.kind} ${a.format} ${a.format_version} ${a.id}`);
    expect(listed).toContain("sbom spdx 3.0.1 spdx3/ai-sbom.spdx3.json");
    expect(listed).toContain("model_card spdx 3.0.1 spdx3/ai-sbom.spdx3.json#/@graph/6");
    expect(listed).toContain("dataset croissant 1.0 croissant/web-faq/croissant.json");
    expect(listed).toContain("model_card model-card-toolkit 0.0.1 model-card-toolkit/churn-v1/model_card.json");
    expect(listed).toContain("governance aigis-register null governance/ai-systems.yaml");
    const in2 = (p: string) =>
      report.findings
        .filter((f) => f.rule === "AIGIS-IN-002" && f.path === p)
        .map((f) => f.line)
        .sort((a, b) => a - b);
    expect(in2("cyclonedx/ml-bom-1.6.cdx.json")).toEqual([]);
    expect(in2("spdx3/ai-sbom.spdx3.json")).toEqual([]);
    expect(in2("model-card-toolkit/invalid/model_card.json")).toEqual(
      ['"owners"', '"sensitive_data": "faces"', '"value": 0.76', '"Suggesting tags', '"intended_use"']
        .map((n) => lineOf(file("model-card-toolkit/invalid/model_card.json"), n))
        .sort((a, b) => a - b),
    );
    const in1 = report.findings.filter((f) => f.rule === "AIGIS-IN-001").map((f) => `${f.path}:${f.line}`);
    expect(in1).toEqual(
      expect.arrayContaining([
        `spdx3/unsupported-version.spdx3.json:${lineOf(file("spdx3/unsupported-version.spdx3.json"), '"specVersion"')}`,
        `croissant/unsupported-version.croissant.json:${lineOf(file("croissant/unsupported-version.croissant.json"), "dct:conformsTo")}`,
        "cyclonedx/bom.xml:1",
      ]),
    );
  });
});
