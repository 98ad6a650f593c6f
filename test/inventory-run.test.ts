// End to end through run(): the ai-in-use fixture, undocumented and then with an AI SBOM that
// lists all but one component.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { fixtures, lineOf, policyDir, tempDir } from "./helpers.js";

const aiInUse = path.join(fixtures, "ai-in-use");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const check = (root: string, chunkBytes?: number) => run({ root, policyDir, version: "test", failOn: "high", ...(chunkBytes ? { chunkBytes } : {}) });

/** The fixture copied with an AI SBOM that lists every component but the ONNX weights. */
function withSbom(): string {
  const dir = tempDir();
  dirs.push(dir);
  fs.cpSync(aiInUse, dir, { recursive: true });
  const model = (name: string, extra: object = {}) => ({ type: "machine-learning-model", name, "bom-ref": name, ...extra });
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    version: 1,
    components: [
      model("distilbert/distilbert-base-uncased-finetuned-sst-2-english"),
      model("facebook/bart-large-cnn"),
      model("gpt-4o-mini"),
      model("claude-3-5-haiku-20241022"),
      model("llama3.2"),
    ],
    services: [
      { "bom-ref": "openai", name: "OpenAI API", provider: { name: "OpenAI" }, endpoints: ["https://api.openai.com"] },
      { "bom-ref": "anthropic", name: "Anthropic API", provider: { name: "Anthropic" }, endpoints: ["https://api.anthropic.com"] },
    ],
  };
  fs.writeFileSync(path.join(dir, "bom.cdx.json"), JSON.stringify(bom, null, 2));
  return dir;
}

describe("a repository that uses AI and documents none of it", () => {
  it("fails at fail-on high, with the use named at its line", async () => {
    const { report } = await check(aiInUse);
    expect(report.passed).toBe(false);
    expect(report.findings.find((f) => f.rule === "AIGIS-INV-001")).toMatchObject({ severity: "high" });
    const undocumented = report.findings.filter((f) => f.rule === "AIGIS-INV-002").map((f) => `${f.path}:${f.line}`);
    expect(undocumented).toContain(`service/app.py:${lineOf(path.join(aiInUse, "service/app.py"), "gpt-4o-mini")}`);
    expect(undocumented).toContain(`Dockerfile:${lineOf(path.join(aiInUse, "Dockerfile"), "ollama pull")}`);
    expect(undocumented).toContain("models/intent.onnx:1");
    expect(undocumented).toContain(`web/package.json:${lineOf(path.join(aiInUse, "web/package.json"), "anthropic-ai")}`);
  });

  it("reports the inventory in the JSON report, with no non-AI dependency and no inventory record among the artifacts", async () => {
    const { report } = await check(aiInUse);
    const names = report.inventory.map((i) => i.name);
    for (const n of [
      "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
      "facebook/bart-large-cnn",
      "gpt-4o-mini",
      "claude-3-5-haiku-20241022",
      "models/intent.onnx",
      "llama3.2",
    ]) {
      expect(names).toContain(n);
    }
    for (const n of ["fastapi", "requests", "react", "openapi-fetch", "openapi-spec-validator"]) expect(names).not.toContain(n);
    expect(report.artifacts.filter((a) => a.kind === "inventory")).toEqual([]);
  });
});

describe("the same repository with an AI SBOM listing all but one component", () => {
  it("reports exactly that one as undocumented, at its file", async () => {
    const { report } = await check(withSbom());
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-001")).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-002").map((f) => `${f.path}:${f.line}`)).toEqual(["models/intent.onnx:1"]);
  });

  it("gives the same findings evaluated in chunks as whole", async () => {
    const dir = withSbom();
    const whole = (await check(dir)).report.findings;
    const chunked = (await check(dir, 600)).report.findings;
    expect(chunked).toEqual(whole);
  });
});
