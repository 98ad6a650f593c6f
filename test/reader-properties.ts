// The reader property shared by test/property.test.ts and the test that proves it can fail
// (test/property-mutant.test.ts): whatever bytes a file under an artifact-like name holds, reading
// it yields artifacts or per-file errors with a position, and never an internal error (src/readers/
// read.ts turns a reader's exception into a ReadError saying "internal error", so a property that
// only checked for thrown exceptions would pass a reader that throws on every file).
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { ReadResult } from "../src/model/types.js";
import { DEFAULT_MAX_FILE_BYTES, readCandidate } from "../src/readers/read.js";

/** The reason read.ts gives a file whose reader threw. */
export const INTERNAL_ERROR = /internal error/;

/** Writes `content` at dir/<name> (one file per name, overwritten per case) and reads it as a candidate. */
export function readAs(dir: string, name: string, content: string | Uint8Array): ReadResult {
  const abs = path.join(dir, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return readCandidate({ relPath: name, absPath: abs, size: fs.statSync(abs).size }, { maxFileBytes: DEFAULT_MAX_FILE_BYTES });
}

/** What every reader result must look like: artifacts or per-file errors with a position, all JSON, no reader crash. */
export function wellFormed(name: string, r: ReadResult): void {
  expect(Array.isArray(r.artifacts) && Array.isArray(r.errors)).toBe(true);
  for (const e of r.errors) {
    expect(e.path).toBe(name);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(typeof e.reason === "string" && e.reason.length > 0).toBe(true);
    expect(e.reason, `${name}: a reader threw`).not.toMatch(INTERNAL_ERROR);
  }
  for (const a of r.artifacts) expect(a.artifact.path).toBe(name);
  // The PolicyInput is JSON: what a reader returns must serialize.
  JSON.stringify(r.artifacts.map((a) => a.artifact));
}

/** File names that route to each reader (src/readers/classify.ts, src/readers/formats/agent/classify.ts). */
export const READERS: Record<string, string[]> = {
  "Hugging Face model card": ["models/m/README.md", "models/m/MODEL_CARD.md"],
  "Hugging Face dataset card": ["data/d/dataset_card.md", "data/d/README.md"],
  "governance document": ["docs/AI-POLICY.md", "docs/impact-assessment.md"],
  "CycloneDX JSON": ["sbom/ai.cdx.json", "bom.json"],
  "CycloneDX XML": ["sbom/bom.xml"],
  "SPDX 3": ["sbom/ai.spdx.json", "sbom/ai.spdx3.jsonld"],
  Croissant: ["data/d/croissant.json", "data/d/meta.jsonld"],
  "Model Card Toolkit": ["model_card.json"],
  "Data Provenance Standard": ["data/d/provenance.yaml", "data/d/dps.yml", "data/d/provenance.json"],
  "AI system register": ["ai-systems.yaml"],
  "MCP configuration": [".mcp.json", ".vscode/mcp.json", ".claude/settings.json", ".gemini/settings.json", "mcp.json", ".vscode/settings.json"],
  "prompt file": ["prompts/reply.prompt.yml", "prompts/reply.prompty", ".github/prompts/x.prompt.md", "AGENTS.md", ".cursorrules", "prompts/system.txt"],
  "LLM gateway configuration": ["litellm_config.yaml", "gateway/config.yaml"],
};

// Prefixes that steer arbitrary bytes into each parser (BOMs, front matter, BOM and DPS markers).
export const PREFIXES = [
  "",
  "\uFEFF",
  "---\n",
  "---\r\n",
  '{"bomFormat": "CycloneDX", ',
  "source:\nprovenance:\nuse:\n",
  "# Model Card for x\n",
  '<bom xmlns="http://cyclonedx.org/schema/bom/1.6">',
  "---\naigis:\n  kind: ai-policy\n---\n",
  "aigis:\n  kind: system-register\nsystems:\n",
  '{"@context": {"@vocab": "https://schema.org/", "cr": "http://mlcommons.org/croissant/"}, ',
  '{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": ',
  '{"model_details": {}, "schema_version": "0.0.2", ',
  '{"mcpServers": ',
  "model_list:\n",
  "messages:\n  - role: system\n    content: ",
];
export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.tuple(fc.constantFrom(...PREFIXES), fc.string({ unit: "binary", maxLength: 1024 })).map(([p, s]) => new TextEncoder().encode(p + s)),
  fc
    .tuple(fc.constantFrom(new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff]), new Uint8Array([0xef, 0xbb, 0xbf])), fc.uint8Array({ maxLength: 512 }))
    .map(([bom, b]) => new Uint8Array([...bom, ...b])),
);

/** For hand-picked documents: no reader crash, and every artifact is located. */
export function expectNoCrash(r: ReadResult, what: string): void {
  for (const e of r.errors) expect(e.reason, what).not.toMatch(INTERNAL_ERROR);
  for (const a of r.artifacts) expect(a.positions[""], what).toBeDefined();
}

/** The property: any bytes under any of `names` read well formed. */
export function readsAnyBytes(dir: string, names: string[]) {
  return fc.property(fc.constantFrom(...names), bytes, (name, content) => {
    wellFormed(name, readAs(dir, name, content));
  });
}
