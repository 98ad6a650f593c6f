// `aigis sbom`: writes a CycloneDX AI SBOM from the observed inventory, or adds what is missing to
// the repository's own, never touching what a person wrote.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { validateCycloneDx } from "../src/readers/formats/cyclonedx/cyclonedx-schema.js";
import { run } from "../src/run.js";
import { writeAiSbom } from "../src/sbom/sbom.js";
import { fixtures, policyDir, repoRoot, tempDir } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function aiInUse(): string {
  const parent = tempDir();
  dirs.push(parent);
  // The same name each time: the directory's name is the product the BOM describes.
  const dir = path.join(parent, "support");
  fs.cpSync(path.join(fixtures, "ai-in-use"), dir, { recursive: true });
  return dir;
}

/** A BOM as the tests read it: the fields they look at, typed loosely. */
type Entry = { name: string; "bom-ref": string; endpoints?: unknown; data?: unknown; [key: string]: unknown };
type Bom = { components: Entry[]; services: Entry[]; metadata: { timestamp?: string }; [key: string]: unknown };
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Bom;
const check = (root: string) => run({ root, policyDir, version: "test", failOn: "high" });
const sbom = (root: string, env: NodeJS.ProcessEnv = {}) => writeAiSbom(root, { version: "test", env });

describe("aigis sbom on a repository with no AI SBOM", () => {
  it("writes a CycloneDX 1.6 BOM that validates, after which nothing is 'not in the AI SBOM'", async () => {
    const dir = aiInUse();
    expect((await check(dir)).report.findings.some((f) => f.rule === "AIGIS-INV-002")).toBe(true);
    const r = sbom(dir);
    expect(r).toMatchObject({ path: "ai-bom.cdx.json", created: true, written: true });
    const bom = readJson(path.join(dir, "ai-bom.cdx.json"));
    expect(bom.specVersion).toBe("1.6");
    expect(validateCycloneDx(bom, "1.6")).toEqual([]);
    const { report } = await check(dir);
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-002" || f.rule === "AIGIS-INV-001" || f.rule === "AIGIS-INV-006")).toEqual([]);
    // What only a person can say is still asked: the data each provider receives.
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-003").length).toBe(2);
  });

  it("lists models with purls, Ollama tags, provider suppliers, weights hashes and one service per provider", () => {
    const dir = aiInUse();
    sbom(dir);
    const bom = readJson(path.join(dir, "ai-bom.cdx.json"));
    const byName = Object.fromEntries(bom.components.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual([
      "claude-3-5-haiku-20241022",
      "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
      "facebook/bart-large-cnn",
      "gpt-4o-mini",
      "llama3.2",
      "models/intent.onnx",
    ]);
    for (const c of bom.components) expect(c.type).toBe("machine-learning-model");
    expect(byName["facebook/bart-large-cnn"]).toMatchObject({ purl: "pkg:huggingface/facebook/bart-large-cnn", supplier: { name: "facebook" } });
    expect(byName["llama3.2"]).toMatchObject({ version: "1b" });
    expect(byName["gpt-4o-mini"]).toMatchObject({ supplier: { name: "OpenAI" } });
    const onnx = fs.readFileSync(path.join(dir, "models/intent.onnx"));
    const sha = createHash("sha256").update(onnx).digest("hex");
    expect(byName["models/intent.onnx"]!.hashes).toEqual([{ alg: "SHA-256", content: sha }]);
    expect(bom.services.map((s) => [s.name, s.endpoints, s.data])).toEqual([
      ["Anthropic API", ["https://api.anthropic.com"], [{ flow: "bi-directional", classification: "TODO" }]],
      ["OpenAI API", ["https://api.openai.com"], [{ flow: "bi-directional", classification: "TODO" }]],
    ]);
    // No SDK packages, frameworks or non-AI dependencies: those belong in the software SBOM.
    expect(JSON.stringify(bom)).not.toMatch(/fastapi|react|transformers|onnxruntime/);
  });

  it("is deterministic: no serial number, no timestamp unless SOURCE_DATE_EPOCH, the same bytes each time", () => {
    const a = aiInUse();
    const b = aiInUse();
    sbom(a);
    sbom(b);
    const text = fs.readFileSync(path.join(a, "ai-bom.cdx.json"), "utf8");
    expect(fs.readFileSync(path.join(b, "ai-bom.cdx.json"), "utf8")).toBe(text);
    const bom = JSON.parse(text);
    expect(bom.serialNumber).toBeUndefined();
    expect(bom.metadata.timestamp).toBeUndefined();
    const c = aiInUse();
    sbom(c, { SOURCE_DATE_EPOCH: "1700000000" });
    expect(readJson(path.join(c, "ai-bom.cdx.json")).metadata.timestamp).toBe("2023-11-14T22:13:20.000Z");
  });

  it("is idempotent: a second run writes nothing", () => {
    const dir = aiInUse();
    sbom(dir);
    const file = path.join(dir, "ai-bom.cdx.json");
    const before = fs.readFileSync(file, "utf8");
    const mtime = fs.statSync(file).mtimeMs;
    const again = sbom(dir);
    expect(again).toMatchObject({ written: false, created: false, added: { models: [], services: [] } });
    expect(fs.readFileSync(file, "utf8")).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });
});

describe("aigis sbom on a repository with an AI SBOM", () => {
  const handWritten = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    version: 3,
    metadata: { component: { type: "application", name: "support" }, supplier: { name: "Acme" } },
    components: [
      {
        type: "machine-learning-model",
        name: "gpt-4o-mini",
        "bom-ref": "model-gpt-4o-mini",
        supplier: { name: "OpenAI, L.L.C." },
        description: "written by a person",
        licenses: [{ license: { name: "OpenAI terms" } }],
      },
    ],
    services: [
      { "bom-ref": "openai", name: "OpenAI", endpoints: ["https://api.openai.com/v1"], data: [{ flow: "outbound", classification: "customer-confidential" }] },
    ],
    properties: [{ name: "acme:owner", value: "ml-team" }],
  };

  it("adds only the missing components and services and keeps every hand-written field and entry", async () => {
    const dir = aiInUse();
    const file = path.join(dir, "bom.cdx.json");
    fs.writeFileSync(file, JSON.stringify(handWritten, null, 4) + "\n");
    const r = sbom(dir);
    expect(r).toMatchObject({ path: "bom.cdx.json", created: false, written: true });
    expect(r.added.models).not.toContain("gpt-4o-mini");
    expect(r.added.services).toEqual(["Anthropic API"]);
    expect(fs.existsSync(path.join(dir, "ai-bom.cdx.json"))).toBe(false);
    const bom = readJson(file);
    expect(bom.components[0]).toEqual(handWritten.components[0]);
    expect(bom.services[0]).toEqual(handWritten.services[0]);
    expect(bom.metadata).toEqual(handWritten.metadata);
    expect(bom.properties).toEqual(handWritten.properties);
    expect(bom.version).toBe(4);
    expect(bom.components.filter((c) => c.name === "gpt-4o-mini")).toHaveLength(1);
    expect(bom.components.map((c) => c.name)).toContain("facebook/bart-large-cnn");
    // The person's indentation is kept.
    expect(fs.readFileSync(file, "utf8")).toMatch(/^\{\n {4}"bomFormat"/);
    expect(validateCycloneDx(bom, "1.6")).toEqual([]);
    const { report } = await check(dir);
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-002")).toEqual([]);
    // OpenAI's data is classified by the person; only Anthropic's is still asked for.
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-003").map((f) => f.message)).toEqual([expect.stringContaining("anthropic")]);
    expect(sbom(dir).written).toBe(false);
  });

  it("never takes a bom-ref the document already uses", () => {
    const dir = aiInUse();
    const taken = { ...handWritten, components: [...handWritten.components, { type: "data", name: "faq", "bom-ref": "model-llama3-2" }] };
    fs.writeFileSync(path.join(dir, "bom.cdx.json"), JSON.stringify(taken));
    sbom(dir);
    const bom = readJson(path.join(dir, "bom.cdx.json"));
    const refs = bom.components.map((c) => c["bom-ref"]);
    expect(new Set(refs).size).toBe(refs.length);
    expect(bom.components.find((c) => c.name === "llama3.2")!["bom-ref"]).toBe("model-llama3-2-2");
  });

  it("refuses, and writes nothing, when the target is not a CycloneDX JSON SBOM it can add to", () => {
    const dir = aiInUse();
    const file = path.join(dir, "old.cdx.json");
    fs.writeFileSync(file, JSON.stringify({ ...handWritten, specVersion: "1.4" }));
    expect(() => writeAiSbom(dir, { version: "t", output: file })).toThrow(/1\.4 is not supported|CycloneDX 1\.4/);
    expect(JSON.parse(fs.readFileSync(file, "utf8")).specVersion).toBe("1.4");
    fs.writeFileSync(path.join(dir, "notes.json"), "{ not json");
    expect(() => writeAiSbom(dir, { version: "t", output: path.join(dir, "notes.json") })).toThrow(/not JSON/);
    expect(fs.readFileSync(path.join(dir, "notes.json"), "utf8")).toBe("{ not json");
  });
});

describe("the sbom command", () => {
  it("writes the BOM named by --output and says what it added", async () => {
    const dir = aiInUse();
    const out: string[] = [];
    const io = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => out.push(s) } } as unknown as Parameters<typeof main>[1];
    const code = await main(["sbom", dir, "--output", path.join(dir, "governance", "ai.cdx.json")], io);
    expect(code).toBe(0);
    expect(out.join("")).toContain("created governance/ai.cdx.json");
    expect(out.join("")).toContain("added model    facebook/bart-large-cnn");
    expect(out.join("")).toContain("added service  OpenAI API");
    expect(validateCycloneDx(readJson(path.join(dir, "governance", "ai.cdx.json")), "1.6")).toEqual([]);
  });
});

describe("the bundled CLI", () => {
  it("runs aigis sbom (the library's package root needs __dirname, which the ESM bundle lacks)", async () => {
    const { spawnSync } = await import("node:child_process");
    const dir = aiInUse();
    const r = spawnSync(process.execPath, [path.join(repoRoot, "dist", "cli", "index.js"), "sbom", dir], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(validateCycloneDx(readJson(path.join(dir, "ai-bom.cdx.json")), "1.6")).toEqual([]);
  });
});

describe("weights files of the same name in different directories", () => {
  it("get one component each with its own hash, so no hash is taken for another's", async () => {
    const dir = aiInUse();
    fs.mkdirSync(path.join(dir, "other", "models"), { recursive: true });
    fs.writeFileSync(path.join(dir, "other", "models", "intent.onnx"), "other weights\n");
    sbom(dir);
    const bom = readJson(path.join(dir, "ai-bom.cdx.json"));
    expect(bom.components.filter((c) => c.name.endsWith("intent.onnx")).map((c) => c.name)).toEqual(["models/intent.onnx", "other/models/intent.onnx"]);
    const { report } = await check(dir);
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-004" || f.rule === "AIGIS-INV-002")).toEqual([]);
    // A third copy with new bytes is added on the next run; one with a listed hash is not.
    fs.mkdirSync(path.join(dir, "third", "copy"), { recursive: true });
    fs.writeFileSync(path.join(dir, "third", "intent.onnx"), "third weights\n");
    fs.copyFileSync(path.join(dir, "models", "intent.onnx"), path.join(dir, "third", "copy", "intent.onnx"));
    expect(sbom(dir).added.models).toEqual(["third/intent.onnx"]);
  });
});
