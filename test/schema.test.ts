// The PolicyInput JSON Schema is the contract between the readers and the Rego rules: every
// fixture, read by the real readers, must produce input that validates against it. Where an
// official schema exists (SPDX 3.0.1, Model Card Toolkit), aigis's own structural checks must
// agree with it on the fixtures.
import fs from "node:fs";
import path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import AjvModule from "ajv";
import formatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config.js";
import { materializeInput } from "../src/engine/chunks.js";
import type { Artifact } from "../src/model/types.js";
import { scan } from "../src/run.js";
import { fixtures, repoRoot } from "./helpers.js";
import { readCandidate } from "../src/readers/read.js";

const Ajv2020 = Ajv2020Module.default;
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;
// Official schemas, vendored with their origin and licence (vendor/schemas/SOURCES.md).
const vendored = path.join(repoRoot, "vendor", "schemas");
const readJson = (p: string) => JSON.parse(fs.readFileSync(p, "utf8")) as Record<string, unknown>;
const readFixture = (rel: string) => {
  const abs = path.join(fixtures, "formats", rel);
  return readCandidate({ absPath: abs, relPath: rel, size: fs.statSync(abs).size }, { maxFileBytes: 1 << 24 });
};

describe("PolicyInput schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(readJson(path.join(repoRoot, "schema", "policy-input.json")));

  for (const dir of ["formats", "passing", "gaps", "malformed"]) {
    it(`validates what the readers make of fixtures/${dir}`, () => {
      const root = path.join(fixtures, dir);
      const cfg = loadConfig(root, null);
      const { artifacts, input: serialized } = scan(root, cfg);
      const input = materializeInput(serialized);
      expect(artifacts.length + input.errors.length).toBeGreaterThan(0);
      const ok = validate(JSON.parse(JSON.stringify(input)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      // A packed source map is `{"/pointer":[line,column]}` as UTF-8 (src/report/locate.ts).
      const unpack = (p: Record<string, unknown> | Uint8Array) =>
        p instanceof Uint8Array ? (JSON.parse(Buffer.from(p).toString("utf8")) as Record<string, unknown>) : p;
      const positions = new Map(artifacts.map((a) => [a.artifact.id, unpack(a.positions)]));
      const all = Object.values(input.artifacts).flat() as Artifact[];
      expect(all.map((a) => a.id).sort()).toEqual([...positions.keys()].sort());
      for (const a of all) {
        // Every problem is located, so AIGIS-IN-002 never falls back to line 1 by accident.
        a.problems.forEach((_, i) => expect(positions.get(a.id)![`/problems/${i}`], `${a.id} problem ${i}`).toBeDefined());
        expect(positions.get(a.id)![""], a.id).toBeDefined();
      }
    });
  }

  it("lists every artifact kind and every format among the fixtures", () => {
    const root = path.join(fixtures, "formats");
    const { artifacts } = scan(root, loadConfig(root, null));
    const seen = new Set(artifacts.map((a) => `${a.artifact.kind}:${a.artifact.format}`));
    expect([...seen].sort()).toEqual([
      "dataset:croissant",
      "dataset:cyclonedx",
      "dataset:dtadps",
      "dataset:huggingface-dataset-card",
      "dataset:spdx",
      "governance:aigis-governance",
      "governance:aigis-register",
      "model_card:cyclonedx",
      "model_card:huggingface-model-card",
      "model_card:model-card-toolkit",
      "model_card:spdx",
      "sbom:cyclonedx",
      "sbom:spdx",
    ]);
  });
});

describe("agreement with the official SPDX 3.0.1 schema, node by node", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson(path.join(vendored, "spdx3", "spdx-3.0.1-json-schema.json")), "spdx301");
  /** Indexes of @graph nodes the official schema rejects. */
  const rejected = (rel: string) => {
    const graph = readJson(path.join(fixtures, "formats", rel))["@graph"] as Record<string, unknown>[];
    return graph.flatMap((node, i) => {
      const v = ajv.getSchema(`spdx301#/$defs/${String(node["type"])}`);
      return v && !v(node) ? [i] : [];
    });
  };

  it("accepts every node of the valid fixture, as aigis does", () => {
    expect(rejected("spdx3/ai-sbom.spdx3.json")).toEqual([]);
    expect(readFixture("spdx3/ai-sbom.spdx3.json").artifacts[0]!.artifact.problems).toEqual([]);
  });

  it("rejects the nodes of the invalid fixture that aigis reports", () => {
    const official = rejected("spdx3/invalid.spdx3.json");
    expect(official.length).toBeGreaterThan(0);
    const reported = new Set(readFixture("spdx3/invalid.spdx3.json").artifacts[0]!.artifact.problems.map((p) => Number(p.pointer.split("/")[2])));
    for (const i of official) expect(reported.has(i), `node ${i}`).toBe(true);
  });
});

describe("agreement with the Model Card Toolkit schemas", () => {
  const validator = (version: string) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    return ajv.compile(readJson(path.join(vendored, "model-card-toolkit", `model_card.schema.v${version}.json`)));
  };

  it.each([
    ["credit-risk", "0.0.2"],
    ["churn-v1", "0.0.1"],
  ])("accepts the valid %s card (v%s), as aigis does", (dir, version) => {
    const rel = `model-card-toolkit/${dir}/model_card.json`;
    const validate = validator(version);
    expect(validate(readJson(path.join(fixtures, "formats", rel)))).toBe(true);
    expect(readFixture(rel).artifacts[0]!.artifact.problems).toEqual([]);
  });

  it("rejects the invalid card at the places aigis reports", () => {
    const rel = "model-card-toolkit/invalid/model_card.json";
    const validate = validator("0.0.2");
    expect(validate(readJson(path.join(fixtures, "formats", rel)))).toBe(false);
    const official = (validate.errors ?? []).map((e) =>
      e.keyword === "additionalProperties" ? `${e.instancePath}/${String(e.params["additionalProperty"])}` : e.instancePath,
    );
    const reported = readFixture(rel).artifacts[0]!.artifact.problems.map((p) => p.pointer);
    expect(reported.sort()).toEqual([...new Set(official)].sort());
  });
});
