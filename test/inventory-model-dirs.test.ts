// A Hugging Face model directory (config.json naming architectures/model_type beside its weights)
// is one model in the inventory and one component in the AI SBOM, keeping every weights hash.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { writeAiSbom } from "../src/sbom/sbom.js";
import { policyDir, tempDir, writeTree } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const LFS_OID = "4d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a392817060000";
const CONFIG = `{\n  "_name_or_path": "sentiment",\n  "architectures": ["DistilBertForSequenceClassification"],\n  "model_type": "distilbert"\n}\n`;

function repo(extra: Record<string, string> = {}): string {
  const dir = tempDir();
  dirs.push(dir);
  writeTree(dir, {
    "models/sentiment/config.json": CONFIG,
    "models/sentiment/tokenizer.json": "{}\n",
    "models/sentiment/model-00001-of-00002.safetensors": "shard one",
    "models/sentiment/model-00002-of-00002.safetensors": "shard two",
    "models/sentiment/pytorch_model.bin": `version https://git-lfs.github.com/spec/v1\noid sha256:${LFS_OID}\nsize 267844284\n`,
    ...extra,
  });
  return dir;
}

const check = (root: string) => run({ root, policyDir, version: "test", failOn: "high" });
const HASHES = [sha("shard one"), sha("shard two"), LFS_OID];

describe("a Hugging Face model directory", () => {
  it("is one weights use named by the directory, at config.json's architectures, with every weights hash", async () => {
    const { report } = await check(repo());
    const weights = report.inventory!.filter((i) => i.type === "weights");
    expect(weights).toHaveLength(1);
    expect(weights[0]).toMatchObject({ path: "models/sentiment/config.json", line: 3, name: "models/sentiment", sha256: HASHES[0] });
    expect(weights[0]!.sha256s).toEqual(HASHES);
    const undocumented = report.findings.filter((f) => f.rule === "AIGIS-INV-002");
    expect(undocumented.map((f) => [f.path, f.line])).toEqual([["models/sentiment/config.json", 3]]);
  });

  it("keeps weights outside the directory, and a config.json without weights is no model", async () => {
    const { report } = await check(repo({ "other/model.onnx": "onnx", "configs/config.json": CONFIG, "web/config.json": `{"port": 8080}` }));
    const names = report
      .inventory!.filter((i) => i.type === "weights")
      .map((i) => i.name)
      .sort();
    expect(names).toEqual(["models/sentiment", "other/model.onnx"]);
  });

  it("gives aigis sbom one component with the hashes, after which the model is documented", async () => {
    const dir = repo();
    writeAiSbom(dir, { version: "test", env: {} });
    const bom = JSON.parse(fs.readFileSync(path.join(dir, "ai-bom.cdx.json"), "utf8")) as {
      components: { name: string; hashes?: { alg: string; content: string }[] }[];
    };
    expect(bom.components.map((c) => c.name)).toEqual(["models/sentiment"]);
    expect(bom.components[0]!.hashes).toEqual(HASHES.map((content) => ({ alg: "SHA-256", content })));
    const { report } = await check(dir);
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-002" || f.rule === "AIGIS-INV-004")).toEqual([]);
  });

  it("reports a shard whose hash the AI SBOM does not record (AIGIS-INV-004)", async () => {
    const dir = repo();
    writeAiSbom(dir, { version: "test", env: {} });
    fs.writeFileSync(path.join(dir, "models/sentiment/model-00002-of-00002.safetensors"), "shard two, retrained");
    const { report } = await check(dir);
    const mismatch = report.findings.filter((f) => f.rule === "AIGIS-INV-004");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.message).toContain(sha("shard two, retrained"));
  });
});
