// The format registry (src/readers/registry.ts) is the one list discovery, classification, reading
// and fail-closed reporting go through: these check that what a family declares is what they use.
import { describe, expect, it } from "vitest";
import { classify, FORMATS, isCandidatePath, namedLikeArtifact } from "../src/readers/classify.js";
import { FAMILIES } from "../src/readers/registry.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./helpers.js";

describe("format registry", () => {
  it("gives every forceable format to exactly one family, and configuration accepts only those", () => {
    const ids = FAMILIES.flatMap((f) => f.forceable);
    expect(new Set(ids).size).toBe(ids.length);
    const schema = JSON.parse(readFileSync(path.join(repoRoot, "schema/aigis-config.schema.json"), "utf8"));
    const allowed: string[] = schema.properties.force.items.properties.format.enum;
    // cyclonedx-xml is forceable only to be reported as unsupported; configuration does not offer it.
    expect([...allowed].sort()).toEqual(FORMATS.filter((f) => f !== "cyclonedx-xml").sort());
  });

  it("hands discovery every extension a family declares, and nothing else", () => {
    for (const family of FAMILIES) for (const ext of family.extensions) expect(isCandidatePath(`dir/file${ext}`), `${family.id} ${ext}`).toBe(true);
    expect(isCandidatePath("src/main.py")).toBe(false);
    expect(isCandidatePath("prompts/review.txt")).toBe(true); // the agent family's extra candidates
  });

  it("lets content beat names across families and keeps the agent band last", () => {
    // Named like a BOM, holds Croissant: content decides.
    expect(classify("data/bom.json", '{"@context": {"sc": "https://schema.org/"}, "conformsTo": "http://mlcommons.org/croissant/1.0"}')?.format).toBe(
      "croissant",
    );
    // SPDX 2.x is ruled out for every artifact name, yet an MCP block in it is still an agent file.
    expect(classify("sbom.json", '{"spdxVersion": "SPDX-2.3"}')).toBeNull();
    expect(classify("x.json", '{"spdxVersion": "SPDX-2.3", "mcpServers": {}}')?.family.id).toBe("agent");
    // A model card under ai/governance/ stays a card; a governance name there is governance.
    expect(classify("ai/governance/MODEL_CARD.md", "# Model card\n")?.format).toBe("hf-model-card");
    expect(classify("ai/governance/ai-policy.md", "# Policy\n")?.format).toBe("governance");
  });

  it("reports as artifacts the names each family reads unconfirmed", () => {
    for (const name of [
      "sbom.cdx.json",
      "x.spdx.json",
      "croissant.json",
      "model_card.json",
      "provenance.yaml",
      "ai-systems.yaml",
      "MODEL_CARD.md",
      ".mcp.json",
    ]) {
      expect(namedLikeArtifact(`a/${name}`), name).toBe(true);
    }
    expect(namedLikeArtifact("a/notes.json")).toBe(false);
  });
});
