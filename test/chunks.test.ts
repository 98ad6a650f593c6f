// Chunked evaluation (src/engine/chunks.ts) must find exactly what one evaluation of the whole
// input finds, cross-artifact and repository-wide findings included, whatever the chunk size.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRepo } from "../scripts/bench/generate.mjs";
import { evaluateInChunks, InputChunks, materializeInput, serializeInput, type ChunkEvaluator } from "../src/engine/chunks.js";
import { Engine, isEvidence, loadBundle, type RawResult } from "../src/engine/engine.js";
import type { PolicyInput } from "../src/model/types.js";
import { run, type ProgressEvent } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { renderSarif } from "../src/sinks/sarif.js";
import { fixtures, policyDir, tempDir } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function render(root: string, chunkBytes?: number) {
  let chunks = 0;
  const onProgress = (e: ProgressEvent) => {
    if (e.phase === "evaluate" && e.chunks) chunks = e.chunks.total;
  };
  const { report } = await run({ root, policyDir, version: "test", onProgress, ...(chunkBytes ? { chunkBytes } : {}) });
  return { json: renderJson(report), sarif: renderSarif(report), chunks };
}

describe("chunked evaluation gives the report one evaluation gives", () => {
  // In the smallest chunks every artifact, governance documents included, is a chunk of its own:
  // a register entry and the impact assessment, monitoring plan or notice that covers it are judged
  // in different chunks, through the index.
  const repos = (
    [
      ["gaps", true],
      ["passing", true],
      ["malformed", true],
      ["formats", true],
      ["agents/risky", true],
      ["agents/valid", true],
    ] as const
  ).map(([n, splits]) => [n, path.join(fixtures, n), splits] as const);
  let generated: string;
  beforeAll(() => {
    generated = tempDir("aigis-chunks-");
    dirs.push(generated);
    generateRepo(generated, 60);
  });

  it.each(repos)("on fixtures/%s, in the smallest chunks", async (_name, root, splits) => {
    const whole = await render(root);
    const chunked = await render(root, 1);
    expect(whole.chunks).toBe(1);
    if (splits) expect(chunked.chunks).toBeGreaterThan(1);
    else expect(chunked.chunks).toBe(1);
    expect(whole.json.length).toBeGreaterThan(100);
    expect(chunked.json).toBe(whole.json);
    expect(chunked.sarif).toBe(whole.sarif);
  });

  it("on a generated repository with cross-references, for several chunk sizes", async () => {
    const whole = await render(generated);
    const findings = (JSON.parse(whole.json) as { findings: { rule: string }[] }).findings;
    // The generated repository has gaps that only a view across artifacts finds: training datasets
    // without a record (XA-001) and a missing AI policy (GV-001, placed on the first AI record).
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules).toContain("AIGIS-XA-001");
    expect(rules).toContain("AIGIS-GV-001");
    for (const size of [1, 20_000, 200_000]) {
      const chunked = await render(generated, size);
      expect(chunked.chunks, `chunks of ${size} bytes`).toBeGreaterThan(1);
      expect(chunked.json, `chunks of ${size} bytes`).toBe(whole.json);
    }
  });

  it("on a generated repository with a complete set of governance documents split across chunks", async () => {
    const root = tempDir("aigis-chunks-gov-");
    dirs.push(root);
    generateRepo(root, 60);
    fs.cpSync(path.join(fixtures, "passing"), path.join(root, "team"), { recursive: true, filter: (src) => path.basename(src) !== ".aigis.yml" });
    const whole = await render(root);
    const chunked = await render(root, 1);
    const kinds = (JSON.parse(whole.json) as { artifacts: { kind: string }[] }).artifacts.map((a) => a.kind);
    expect(kinds.filter((k) => k === "governance").length).toBeGreaterThan(3);
    expect(chunked.chunks).toBeGreaterThan(2);
    expect(chunked.json).toBe(whole.json);
    expect(chunked.sarif).toBe(whole.sarif);
  });
});

describe("serialized input", () => {
  it("keeps one JSON text per artifact and gives the same PolicyInput back", () => {
    const input = {
      schema_version: 1,
      artifacts: {
        model_cards: [{ id: "a.md", text: "é\u2028" }],
        datasets: [],
        sboms: [{ id: "b.json", components: [] }],
        governance: [],
        agent_configs: [],
        inventory: [],
      },
      errors: [],
      repository: { files_scanned: 2 },
      config: { params: {} },
    } as unknown as PolicyInput;
    const serialized = serializeInput(input);
    expect(serialized.artifacts.model_cards.map((b) => Buffer.from(b).toString("utf8"))).toEqual(['{"id":"a.md","text":"é\u2028"}']);
    expect(materializeInput(serialized)).toEqual(input);
  });
});

describe("InputChunks", () => {
  const input: PolicyInput = {
    schema_version: 1,
    artifacts: {
      model_cards: [
        { id: "a.md", text: "x".repeat(100) },
        { id: "b.md", text: "y".repeat(100) },
      ] as never,
      datasets: [{ id: "d.yaml" }] as never,
      sboms: [],
      governance: [{ id: "AI-POLICY.md" }] as never,
      agent_configs: [],
    },
    errors: [{ path: "bad.json" }] as never,
    repository: { files_scanned: 3 },
    config: { params: { min_words: 3 } },
  };

  it("keeps a small input whole, as valid PolicyInput JSON", () => {
    const chunks = InputChunks.split(serializeInput(input), 10_000);
    expect(chunks.count).toBe(1);
    const parsed = JSON.parse(chunks.json(0)) as PolicyInput;
    expect(parsed.artifacts.model_cards.map((c) => c.id)).toEqual(["a.md", "b.md"]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.config).toEqual(input.config);
  });

  it("splits every kind of artifact, governance documents too, and puts read errors in the first chunk only", () => {
    const chunks = InputChunks.split(serializeInput(input), 1);
    expect(chunks.count).toBe(4);
    const parsed = [0, 1, 2, 3].map((i) => JSON.parse(chunks.json(i)) as PolicyInput);
    expect(parsed.map((p) => [...p.artifacts.model_cards, ...p.artifacts.datasets, ...p.artifacts.governance].map((a) => a.id))).toEqual([
      ["a.md"],
      ["b.md"],
      ["d.yaml"],
      ["AI-POLICY.md"],
    ]);
    expect(parsed.map((p) => p.errors.length)).toEqual([1, 0, 0, 0]);
  });

  it("keeps chunks at their size however many governance documents there are", () => {
    const gov = (n: number) =>
      serializeInput({
        ...input,
        artifacts: { ...input.artifacts, governance: Array.from({ length: n }, (_, i) => ({ id: `gov-${i}.md`, text: "z".repeat(1000) })) },
      } as unknown as PolicyInput);
    const sizes = (n: number) => {
      const chunks = InputChunks.split(gov(n), 8_000);
      return Array.from({ length: chunks.count }, (_, i) => chunks.bytes(i).byteLength);
    };
    expect(Math.max(...sizes(20))).toBeLessThanOrEqual(8_000);
    expect(Math.max(...sizes(200))).toBeLessThanOrEqual(8_000);
    expect(sizes(200).length).toBeGreaterThan(8 * sizes(20).length);
  });
});

describe("evaluateInChunks", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.load(loadBundle(policyDir));
  });

  const card = (id: string, datasets: string[]) => ({
    id,
    path: id,
    kind: "model_card",
    format: "huggingface-model-card",
    name: id.split("/")[0],
    datasets,
    licenses: [],
    unsupported: [],
    metrics: [],
    base_models: [],
    problems: [],
  });
  const dataset = (name: string) => ({
    id: `${name}/provenance.yaml`,
    path: `${name}/provenance.yaml`,
    kind: "dataset",
    format: "dtadps",
    name,
    licenses: [],
    hashes: [],
    unsupported: [],
    problems: [],
  });
  const input = {
    schema_version: 1,
    artifacts: {
      model_cards: [card("m1/README.md", ["tickets"]), card("m2/README.md", ["missing"])],
      datasets: [dataset("tickets")],
      sboms: [],
      governance: [],
      agent_configs: [],
    },
    errors: [],
    repository: { files_scanned: 3 },
    config: { params: { today: "2026-11-28" } },
  } as unknown as PolicyInput;

  it("finds cross-artifact and repository-wide gaps once, as one evaluation does", () => {
    const wholeRun = evaluateInChunks(engine, serializeInput(input));
    const chunkedRun = evaluateInChunks(engine, serializeInput(input), { maxBytes: 1 });
    expect(wholeRun.chunks).toBe(1);
    expect(chunkedRun.chunks).toBe(3);
    const whole = { findings: [...wholeRun.results] };
    const chunked = { findings: [...chunkedRun.results] };
    expect(chunked.findings).toEqual(whole.findings);
    const rules = (fs: RawResult[]) => fs.filter((f) => !isEvidence(f)).map((f) => `${f.rule_package} ${f.artifact}`);
    // m1's dataset is documented in another chunk; m2's is documented nowhere.
    expect(rules(chunked.findings)).toContain("aigis.rules.cross_artifact.datasets_documented m2/README.md");
    expect(rules(chunked.findings)).not.toContain("aigis.rules.cross_artifact.datasets_documented m1/README.md");
    // Reported by every chunk, kept once, on the repository (artifact "").
    expect(rules(chunked.findings).filter((r) => r.startsWith("aigis.rules.governance.ai_policy "))).toEqual(["aigis.rules.governance.ai_policy "]);
    // Evidence is merged like findings: m1's dataset, recorded in another chunk, is evidence on m1.
    const evidence = (fs: RawResult[]) => fs.filter(isEvidence).map((e) => `${e.rule_package} ${e.artifact}`);
    expect(evidence(chunked.findings)).toEqual(evidence(whole.findings));
    expect(evidence(chunked.findings)).toContain("aigis.rules.cross_artifact.datasets_documented m1/README.md");
    expect(evidence(chunked.findings)).not.toContain("aigis.rules.cross_artifact.datasets_documented m2/README.md");
  });

  it("hands the results over once each, sorted, and releases them as they are read", () => {
    const { results } = evaluateInChunks(engine, serializeInput(input), { maxBytes: 1 });
    const listed = [...results];
    // By artifact first (the report unpacks each artifact's source map once), then by JSON text.
    const keys = listed.map((r) => `${JSON.stringify(r.artifact)}\u0000${JSON.stringify(r)}`);
    expect(keys).toEqual([...keys].sort());
    const artifacts = listed.map((r) => r.artifact);
    expect(artifacts.filter((a, i) => i > 0 && a !== artifacts[i - 1]).length).toBe(new Set(artifacts).size - 1);
    expect(new Set(listed.map((r) => JSON.stringify(r))).size).toBe(listed.length);
    expect(results.length).toBe(listed.length);
    expect([...results.drain()]).toEqual(listed);
    expect(results.length).toBe(0);
    expect([...results]).toEqual([]);
  });

  it("reports progress per chunk", () => {
    const seen: string[] = [];
    evaluateInChunks(engine, serializeInput(input), { maxBytes: 1, onChunk: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(["1/3", "2/3", "3/3"]);
  });

  it("refuses to split an input for a policy built without the index entrypoint", () => {
    const old: ChunkEvaluator = {
      entrypoint: engine.entrypoint,
      indexEntrypoint: null,
      evaluateJson: (j, e) => engine.evaluateJson(j, e),
      withRepositoryIndex: (j, fn) => engine.withRepositoryIndex(j, fn),
    };
    expect(() => evaluateInChunks(old, serializeInput(input), { maxBytes: 1 })).toThrow(/no index entrypoint/);
    expect([...evaluateInChunks(old, serializeInput(input)).results]).toEqual([...evaluateInChunks(engine, serializeInput(input)).results]);
  });
});
