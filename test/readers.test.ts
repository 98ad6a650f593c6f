import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AiSbom, DatasetRecord, ModelCard } from "../src/model/types.js";
import { readCycloneDx } from "../src/readers/formats/cyclonedx/cyclonedx.js";
import { readDps } from "../src/readers/formats/dps/dps.js";
import { ArtifactError } from "../src/parse/errors.js";
import { parseJson, parseJsonc } from "../src/parse/json-doc.js";
import { parseMarkdown } from "../src/parse/markdown.js";
import { readCandidate } from "../src/readers/read.js";
import { decodeText } from "../src/parse/text.js";
import { parseYaml } from "../src/parse/yaml-doc.js";
import { fixtures, lineOf, tempDir, writeTree } from "./helpers.js";

const read = (abs: string, rel: string) => readCandidate({ absPath: abs, relPath: rel, size: fs.statSync(abs).size }, { maxFileBytes: 10 * 1024 * 1024 });

function thrown(fn: () => unknown): ArtifactError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ArtifactError) return e;
    throw e;
  }
  throw new Error("expected an ArtifactError");
}

describe("Hugging Face model card reader", () => {
  const file = path.join(fixtures, "passing/models/support-llm/README.md");
  const result = read(file, "models/support-llm/README.md");
  const { artifact: raw, positions } = result.artifacts[0]!;
  const artifact = raw as ModelCard;

  it("normalizes front matter and sections", () => {
    expect(result.errors).toEqual([]);
    expect(artifact.kind).toBe("model_card");
    expect(artifact.name).toBe("support-llm");
    expect(artifact.supplier).toBe("Acme");
    expect(artifact.licenses).toEqual([{ spdx: "Apache-2.0", name: "apache-2.0", url: null }]);
    expect(artifact.base_models).toEqual(["meta-llama/Llama-3.1-8B-Instruct"]);
    expect(artifact.derived).toBe(true);
    expect(artifact.datasets).toEqual(["acme/support-tickets-2026"]);
    expect(artifact.metrics).toEqual([{ type: "accuracy", value: "0.91" }]);
    expect(artifact.intended_use).toMatch(/^Drafts replies to English customer-support tickets/);
    expect(artifact.out_of_scope_use).toMatch(/^Not for legal/);
    expect(artifact.contact).toBe("ml-platform@acme.example");
  });

  it("locates fields at their key or heading", () => {
    expect(positions["/licenses"]!.line).toBe(lineOf(file, "license: apache-2.0"));
    expect(positions["/intended_use"]!.line).toBe(lineOf(file, "### Direct Use"));
    expect(positions["/out_of_scope_use"]!.line).toBe(lineOf(file, "### Out-of-Scope Use"));
    expect(positions["/base_models"]!.line).toBe(lineOf(file, "base_model: meta"));
    expect(positions["/contact"]!.line).toBe(lineOf(file, "## Model Card Contact"));
  });

  it("treats the template placeholder as missing and still locates the empty section", () => {
    const gaps = path.join(fixtures, "gaps/models/chat-assistant/README.md");
    const r = read(gaps, "models/chat-assistant/README.md");
    const card = r.artifacts[0]!.artifact as ModelCard;
    expect(card.intended_use).toBeNull();
    expect(card.contact).toBeNull();
    expect(card.supplier).toBeNull();
    expect(card.limitations).toMatch(/confident but wrong/);
    expect(r.artifacts[0]!.positions["/intended_use"]!.line).toBe(lineOf(gaps, "### Direct Use"));
    expect(r.artifacts[0]!.positions["/base_models"]!.line).toBe(lineOf(gaps, "tags:"));
  });

  it("does not take an ordinary README for a model card", () => {
    const dir = writeTree(tempDir(), { "README.md": "# My project\n\n## Install\n\nnpm i\n", "docs/models.md": "## Model details\n\ntext\n" });
    expect(read(path.join(dir, "README.md"), "README.md").artifacts).toEqual([]);
    expect(read(path.join(dir, "docs/models.md"), "docs/models.md").artifacts).toEqual([]);
  });

  it("reads older cards with H1 sections and 'Intended uses & limitations'", () => {
    const dir = writeTree(tempDir(), {
      "m/README.md":
        "---\nlicense: mit\ntags: [generated_from_trainer]\n---\n\n# distil-ft\n\n# Intended uses & limitations\n\nSentiment of English product reviews.\n\n# Training procedure\n\nThree epochs.\n",
    });
    const card = read(path.join(dir, "m/README.md"), "m/README.md").artifacts[0]!.artifact as ModelCard;
    expect(card.name).toBe("distil-ft");
    expect(card.intended_use).toBe("Sentiment of English product reviews.");
    expect(card.limitations).toBe("Sentiment of English product reviews.");
  });

  it("reports broken front matter with its line", () => {
    const bad = path.join(fixtures, "malformed/models/broken/README.md");
    const r = read(bad, "models/broken/README.md");
    expect(r.artifacts).toEqual([]);
    expect(r.errors).toEqual([
      { path: "models/broken/README.md", line: lineOf(bad, "base_model: [unclosed"), column: 1, reason: expect.stringMatching(/^invalid YAML/) },
    ]);
  });
});

describe("Markdown sections", () => {
  it("ignores headings inside code fences and comments, and reads setext headings", () => {
    const doc = parseMarkdown("Title\n=====\n\n```\n# not a heading\n```\n<!--\n## hidden\n-->\nSub\n---\nbody <!-- note --> text\n");
    expect(doc.sections.map((s) => [s.title, s.level, s.position.line])).toEqual([
      ["Title", 1, 1],
      ["Sub", 2, 10],
    ]);
    expect(doc.sections[1]!.text).toBe("body  text");
  });
});

describe("CycloneDX reader", () => {
  const file = path.join(fixtures, "gaps/ai-bom.cdx.json");
  const artifacts = readCycloneDx("ai-bom.cdx.json", parseJson(fs.readFileSync(file, "utf8")));
  const sbom = artifacts[0]!.artifact as AiSbom;

  it("normalizes components and services", () => {
    expect(sbom.spec).toBe("cyclonedx");
    expect(sbom.format_version).toBe("1.6");
    expect(sbom.components).toHaveLength(1);
    expect(sbom.components[0]).toMatchObject({
      name: "mistral-7b-instruct",
      version: "latest",
      supplier: "Mistral AI",
      has_model_card: true,
      hashes: [{ alg: "MD5" }],
    });
    expect(sbom.services[0]).toMatchObject({ name: "hosted chat completions", provider: null, ai_signals: ["tag llm"] });
  });

  it("turns a component's modelCard into a located model card", () => {
    const card = artifacts[1]!;
    expect(card.artifact.id).toBe("ai-bom.cdx.json#/components/0");
    expect((card.artifact as ModelCard).intended_use).toMatch(/public FAQ/);
    expect(card.positions["/intended_use"]!.line).toBe(lineOf(file, '"useCases"'));
    expect(artifacts[0]!.positions["/services/0/provider"]!.line).toBe(lineOf(file, '"provider": {}'));
  });

  it("recognises AI services by endpoint host", () => {
    const doc = parseJson(
      JSON.stringify({
        bomFormat: "CycloneDX",
        specVersion: "1.5",
        services: [
          { name: "x", endpoints: ["https://api.openai.com/v1"] },
          { name: "payments", endpoints: ["https://pay.example.com"] },
        ],
      }),
    );
    const s = (readCycloneDx("b.json", doc)[0]!.artifact as AiSbom).services;
    expect(s.map((x) => x.ai_signals)).toEqual([["endpoint host api.openai.com"], []]);
  });

  it("refuses unsupported spec versions at the specVersion line", () => {
    const e = thrown(() => readCycloneDx("b.json", parseJson('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.3"\n}')));
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/1\.3 is not supported/);
  });

  it("reads a valid CycloneDX 1.4 software SBOM without a problem, as the 1.4 schema accepts it", () => {
    const doc = parseJson(
      JSON.stringify({
        bomFormat: "CycloneDX",
        specVersion: "1.4",
        version: 1,
        components: [{ type: "library", name: "left-pad", version: "1.3.0" }],
        services: [{ name: "billing", endpoints: ["https://billing.example.com/v1"] }],
      }),
    );
    const [bom] = readCycloneDx("b.json", doc);
    const sbom = bom!.artifact as AiSbom;
    expect(sbom.problems).toEqual([]);
    expect(sbom.components).toEqual([]);
    expect(sbom.services.map((s) => s.ai_signals)).toEqual([[]]);
  });

  it("reads data components as dataset records, an empty sensitiveData list as an explicit none", () => {
    const doc = parseJson(
      JSON.stringify({
        bomFormat: "CycloneDX",
        specVersion: "1.6",
        components: [
          { type: "data", name: "tickets", data: [{ type: "dataset", sensitiveData: [], governance: { owners: [{ organization: { name: "Acme" } }] } }] },
        ],
      }),
    );
    const ds = readCycloneDx("b.json", doc)[1]!.artifact as DatasetRecord;
    expect(ds.sensitive_data).toBe("none declared (empty sensitiveData)");
    expect(ds.owners).toEqual(["Acme"]);
  });

  it("gives CycloneDX XML a clear error", () => {
    const r = read(path.join(fixtures, "malformed/bom.xml"), "bom.xml");
    expect(r.errors[0]!.reason).toMatch(/CycloneDX XML is not supported: convert it to JSON/);
  });
});

describe("Data Provenance Standard reader", () => {
  it("reads the specification spelling from YAML with positions", () => {
    const file = path.join(fixtures, "passing/data/support-tickets/provenance.yaml");
    const r = readDps("p.yaml", parseYaml(fs.readFileSync(file, "utf8")));
    const ds = r.artifact as DatasetRecord;
    expect(ds).toMatchObject({
      name: "support-tickets-2026",
      supplier: "Acme",
      origin: "Acme Support (US)",
      sensitive_data: "pii (evaluated); protected by data-redaction",
      intended_use: "ai-pre-training, ai-evaluation",
      processing: null,
    });
    expect(ds.collection).toBe("feeds-internal; issued 2026-03-01");
    expect(r.positions["/sensitive_data"]!.line).toBe(lineOf(file, "classification:"));
  });

  it("accepts the generator's spelling (privacy-indicators, list origin)", () => {
    const doc = parseJson(
      JSON.stringify({
        source: { title: "t", issuer: [{ name: "I" }] },
        provenance: { origin: [{ name: "O" }], source: ["https://x"] },
        use: { "privacy-indicators": [{ tool: "scrubber" }] },
      }),
    );
    const ds = readDps("p.json", doc).artifact as DatasetRecord;
    expect(ds.origin).toBe("O");
    expect(ds.sensitive_data).toBeNull();
    expect(ds.unsupported).toContain("processing");
    expect(ds.source_datasets).toEqual(["https://x"]);
  });
});

describe("parsers refuse bad input with a line", () => {
  it("JSON syntax error", () => {
    const e = thrown(() => parseJson('{\n  "a": 1,\n}'));
    expect([e.line, e.reason]).toEqual([3, "invalid JSON: property name expected"]);
  });
  it("JSON duplicate key: the last value is read, as JSON.parse does, and the repetition is listed", () => {
    const doc = parseJson('{\n  "a": 1,\n  "a": {"b": 2}\n}');
    expect(doc.value).toEqual({ a: { b: 2 } });
    expect(doc.locate(["a", "b"])).toEqual({ line: 3, column: 9 });
    expect(doc.duplicates).toEqual([{ path: ["a"], position: { line: 3, column: 3 }, firstLine: 2 }]);
  });
  it("JSON nested absurdly deep", () => {
    const e = thrown(() => parseJson("[".repeat(100_000) + "]".repeat(100_000)));
    expect(e.reason).toMatch(/nested deeper than 512/);
  });
  it("JSON keeps __proto__ as a plain key", () => {
    const v = parseJson('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.hasOwn(v, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
  it("YAML duplicate key", () => {
    const e = thrown(() => parseYaml("a: 1\nb: 2\na: 3\n"));
    expect([e.line, e.reason]).toEqual([3, "duplicate key in YAML"]);
  });
  it("YAML alias bomb", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    expect(thrown(() => parseYaml(bomb)).reason).toMatch(/could not be expanded/);
  });
  it("text decoding: UTF-16 with BOM, invalid UTF-8, binary", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("license: mit\n", "utf16le")]);
    expect(decodeText(utf16)).toBe("license: mit\n");
    expect(thrown(() => decodeText(Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a]))).line).toBe(2);
    expect(thrown(() => decodeText(Buffer.from([0x7b, 0x00, 0x01]))).reason).toMatch(/binary/);
  });
});

describe("a YAML text parsed twice in a row (front matter: classification, then the reader)", () => {
  it("gives each caller its own value and positions from its own start line", () => {
    const text = "aigis:\n  kind: ai-policy\nowner: ML\nlist: [a, b]\n";
    const first = parseYaml(text, 2, { duplicateKeys: "last-wins" });
    const second = parseYaml(text, 5, { duplicateKeys: "last-wins" });
    expect(second.value).toEqual(first.value);
    expect(second.value).not.toBe(first.value);
    (first.value as { list: string[] }).list.push("changed");
    expect((second.value as { list: string[] }).list).toEqual(["a", "b"]);
    expect(first.locate(["owner"])).toEqual({ line: 4, column: 1 });
    expect(second.locate(["owner"])).toEqual({ line: 7, column: 1 });
    // The strict mode does not take the lenient mode's parse: a duplicate key is still refused.
    const dup = "a: 1\na: 2\n";
    expect(parseYaml(dup, 1, { duplicateKeys: "last-wins" }).value).toEqual({ a: 2 });
    expect(() => parseYaml(dup)).toThrow(/duplicate key/);
  });
});

describe("strict JSON values", () => {
  it("are what the position tree gives: last of equal keys at the first's place, __proto__ an own key", () => {
    const text = '{"b": 1, "a": {"x": [1, 2.50, -0, 1e400]}, "b": 2, "__proto__": {"polluted": true}, "s": "\\u00e9\\ud83d\\ude00\\n"}';
    const strict = parseJson(text).value as Record<string, unknown>;
    const lenient = parseJsonc(text).value as Record<string, unknown>;
    expect(Object.keys(strict)).toEqual(["b", "a", "__proto__", "s"]);
    expect(strict).toEqual(lenient);
    expect(Object.keys(lenient)).toEqual(Object.keys(strict));
    expect(Object.getPrototypeOf(strict)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.hasOwn(strict, "__proto__")).toBe(true);
    expect(parseJson(text).duplicates?.map((d) => d.path)).toEqual([["b"]]);
  });
});
