// Which SBOMs the AI-SBOM rules judge, through the real pipeline: a software SBOM (CycloneDX 1.4, or
// a later version whose only service is an ordinary API) is read without IN-001/IN-002 and left
// alone by AIGIS-SC-011; a BOM whose service is a hosted AI API is judged.
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { policyDir, tempDir, writeTree } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function rules(files: Record<string, unknown>): Promise<string[]> {
  const dir = tempDir();
  dirs.push(dir);
  writeTree(dir, Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v, null, 2)])));
  const { report } = await run({ root: dir, policyDir, version: "test" });
  return report.findings.map((f) => f.rule);
}

const bom = (specVersion: string, service: Record<string, unknown>) => ({
  bomFormat: "CycloneDX",
  specVersion,
  version: 1,
  components: [{ type: "library", name: "left-pad", version: "1.3.0" }],
  services: [service],
});
const billing = { name: "billing", endpoints: ["https://billing.example.com/v1"] };
const chat = { name: "chat completions", endpoints: ["https://api.openai.com/v1/chat/completions"] };

describe("AI SBOM scope", () => {
  it("reads a valid CycloneDX 1.4 software SBOM without a read failure and without SC-011", async () => {
    const found = await rules({ "sbom.cdx.json": bom("1.4", billing) });
    expect(found.filter((r) => r.startsWith("AIGIS-IN-"))).toEqual([]);
    expect(found).not.toContain("AIGIS-SC-011");
  });

  it("does not hold a BOM whose only service is an ordinary API to SC-011", async () => {
    expect(await rules({ "sbom.cdx.json": bom("1.6", billing) })).not.toContain("AIGIS-SC-011");
  });

  it("holds an undated BOM whose service is a hosted AI API to SC-011", async () => {
    expect(await rules({ "sbom.cdx.json": bom("1.6", chat) })).toContain("AIGIS-SC-011");
  });
});
