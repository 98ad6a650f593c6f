// The format registry (src/readers/registry.ts) is the one list discovery, classification, reading
// and fail-closed reporting go through: these check that what a family declares is what they use.
import { describe, expect, it } from "vitest";
import { classify, FORMATS, isCandidatePath, namedLikeArtifact } from "../src/readers/classify.js";
import { FAMILIES } from "../src/readers/registry.js";
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, tempDir } from "./helpers.js";

describe("format registry", () => {
  it("gives every forceable format to exactly one family, and configuration accepts only those", () => {
    const ids = FAMILIES.flatMap((f) => f.forceable);
    expect(new Set(ids).size).toBe(ids.length);
    const schema = JSON.parse(readFileSync(path.join(repoRoot, "schema/aigis-config.schema.json"), "utf8"));
    const allowed: string[] = schema.properties.force.items.properties.format.enum;
    expect([...allowed].sort()).toEqual([...FORMATS].sort());
  });

  it("is written from the folders: a new format is one folder under src/readers/formats/", () => {
    // The committed registry and schema are what scripts/gen-formats.mjs writes.
    const check = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "gen-formats.mjs"), "--check"], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
    // In a copy of the repository's parts it reads, a new folder is all it takes.
    const copy = tempDir("aigis-formats-");
    for (const rel of ["scripts/gen-formats.mjs", "schema/aigis-config.schema.json", "biome.jsonc"]) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      copyFileSync(path.join(repoRoot, rel), path.join(copy, rel));
    }
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"));
    cpSync(path.join(repoRoot, "src", "readers", "formats"), path.join(copy, "src", "readers", "formats"), { recursive: true });
    const added = path.join(copy, "src", "readers", "formats", "aibom-yaml");
    mkdirSync(added);
    writeFileSync(
      path.join(added, "format.ts"),
      'import type { FormatFamily } from "../../format.js";\n\nexport const aibomYaml: FormatFamily = {\n  id: "aibom-yaml",\n  precedence: 75,\n  forceable: ["aibom-yaml"],\n  extensions: [".yaml"],\n  namedLike: () => false,\n  recognisers: [],\n  read: () => [],\n};\n',
    );
    const gen = spawnSync(process.execPath, [path.join(copy, "scripts", "gen-formats.mjs")], { encoding: "utf8" });
    expect(gen.status, gen.stderr).toBe(0);
    const registry = readFileSync(path.join(copy, "src", "readers", "registry.ts"), "utf8");
    expect(registry).toContain('import { aibomYaml } from "./formats/aibom-yaml/format.js";');
    expect(registry).toMatch(/\[agent, aibomYaml, croissant,/);
    const schema = JSON.parse(readFileSync(path.join(copy, "schema", "aigis-config.schema.json"), "utf8"));
    expect(schema.properties.force.items.properties.format.enum).toContain("aibom-yaml");
    // A folder without its FormatFamily stops the build with the reason.
    mkdirSync(path.join(copy, "src", "readers", "formats", "empty"));
    const broken = spawnSync(process.execPath, [path.join(copy, "scripts", "gen-formats.mjs")], { encoding: "utf8" });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/formats\/empty has no format\.ts exporting its FormatFamily/);
  });

  it("orders equal ranks by the families' precedence, not by folder name", () => {
    const precedences = FAMILIES.map((f) => f.precedence);
    expect(new Set(precedences).size).toBe(FAMILIES.length);
    expect(precedences).toEqual([...precedences].sort((a, b) => a - b));
    expect(FAMILIES.at(-1)!.id).toBe("agent");
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
