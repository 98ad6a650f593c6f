// Property-based tests (issue 7): whatever bytes or JSON/YAML values a file under an artifact-like
// name holds, the readers either read it or return a per-file error (a ReadError with a line), never
// an internal error (a reader that threw; test/property-mutant.test.ts proves this check bites), and
// the configuration loader either returns a Config or throws a ConfigError — never anything else.
//
// CI runs a bounded number of cases per property; `npm run fuzz` (scripts/fuzz.mjs) runs the same
// properties with AIGIS_FUZZ_RUNS=100000. A failure prints fast-check's seed and the shrunk
// counterexample; rerun it with AIGIS_FUZZ_SEED=<seed>.
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { stringify as toYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "../src/config/config.js";
import { ArtifactError } from "../src/parse/errors.js";
import { parseJson } from "../src/parse/json-doc.js";
import { parseYaml } from "../src/parse/yaml-doc.js";
import { tempDir } from "./helpers.js";
import { bytes, readAs as readFile, READERS, readsAnyBytes, wellFormed } from "./reader-properties.js";

const RUNS = Number(process.env["AIGIS_FUZZ_RUNS"] ?? 150);
const SEED = process.env["AIGIS_FUZZ_SEED"] ? Number(process.env["AIGIS_FUZZ_SEED"]) : undefined;
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
// The fuzz script raises the per-test timeout; CI keeps vitest's.
const TIMEOUT = RUNS > 1000 ? 0 : undefined;

const dir = tempDir("aigis-property-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const readAs = (name: string, content: string | Uint8Array) => readFile(dir, name, content);

const ARTIFACT_NAMES = {
  markdown: ["models/m/README.md", "models/m/MODEL_CARD.md", "data/d/dataset_card.md", "data/d/README.md"],
  json: [
    "sbom/ai.cdx.json",
    "bom.json",
    "data/d/provenance.json",
    "data/d/meta.jsonld",
    "sbom/ai.spdx.json",
    "data/d/croissant.json",
    "model_card.json",
    ".mcp.json",
    ".vscode/mcp.json",
    ".claude/settings.json",
    ".gemini/settings.json",
  ],
  yaml: ["data/d/provenance.yaml", "data/d/dps.yml", "ai-systems.yaml", "prompts/reply.prompt.yml", "litellm_config.yaml"],
  xml: ["sbom/bom.xml"],
};

const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "license",
    "base_model",
    "datasets",
    "model-index",
    "tags",
    "name",
    "type",
    "bom-ref",
    "components",
    "services",
    "modelCard",
    "data",
    "licenses",
    "hashes",
    "provider",
    "endpoints",
    "source",
    "provenance",
    "use",
    "issuer",
    "version",
    "specVersion",
    "bomFormat",
    "dependencies",
    "metadata",
    "properties",
    "mcpServers",
    "servers",
    "command",
    "args",
    "env",
    "url",
    "headers",
    "autoApprove",
    "permissions",
    "allow",
    "model_list",
    "model_name",
    "litellm_params",
    "guardrails",
    "messages",
    "role",
    "content",
    "model",
    "aigis",
    "kind",
    "systems",
    "@context",
    "@graph",
    "model_details",
  ),
);
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string({ maxLength: 30 }),
    fc.constantFrom("1.5", "1.6", "1.7", "CycloneDX", "machine-learning-model", "data", "http://x", "[More Information Needed]", "MIT", ""),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(key, tie("v"), { maxKeys: 5 }),
  ),
})).v;
const dict = fc.dictionary(key, value, { maxKeys: 8 });

describe("readers never throw, whatever the file holds", () => {
  // One property per reader, so `npm run fuzz` gives each reader its own 100,000 cases.
  it.each(Object.entries(READERS))("arbitrary bytes for the %s reader", { timeout: TIMEOUT }, (_reader, names) => {
    fc.assert(readsAnyBytes(dir, names), params);
  });

  it("arbitrary JSON values in JSON artifacts", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARTIFACT_NAMES.json), fc.oneof(fc.jsonValue(), value), (name, v) => {
        wellFormed(name, readAs(name, JSON.stringify(v) ?? "null"));
      }),
      params,
    );
  });

  it("CycloneDX-shaped documents with arbitrary members", { timeout: TIMEOUT }, () => {
    const component = fc.record(
      {
        type: fc.constantFrom("machine-learning-model", "data", "library", 7),
        name: value,
        modelCard: value,
        data: value,
        licenses: value,
        hashes: value,
        "bom-ref": value,
        pedigree: value,
        properties: value,
      },
      { requiredKeys: ["type"] },
    );
    const bom = fc.record(
      {
        bomFormat: fc.constant("CycloneDX"),
        specVersion: fc.constantFrom("1.5", "1.6", "1.7", "1.4", 1.6),
        components: fc.oneof(fc.array(fc.oneof(component, value), { maxLength: 4 }), value),
        services: fc.oneof(fc.array(fc.oneof(dict, value), { maxLength: 3 }), value),
        metadata: fc.oneof(fc.record({ component: fc.oneof(component, value), properties: value, supplier: value }), value),
        dependencies: value,
      },
      { requiredKeys: ["bomFormat", "specVersion"] },
    );
    fc.assert(
      fc.property(bom, fc.boolean(), (doc, pretty) => {
        wellFormed("sbom/ai.cdx.json", readAs("sbom/ai.cdx.json", JSON.stringify(doc, null, pretty ? 2 : 0)));
      }),
      params,
    );
  });

  it("arbitrary YAML values in YAML artifacts", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARTIFACT_NAMES.yaml), fc.oneof(fc.jsonValue(), value, dict), (name, v) => {
        wellFormed(name, readAs(name, toYaml(v)));
      }),
      params,
    );
  });

  it("arbitrary YAML values and DPS-shaped records in provenance.yaml / .json", { timeout: TIMEOUT }, () => {
    const dps = fc.record({ source: fc.oneof(dict, value), provenance: fc.oneof(dict, value), use: fc.oneof(dict, value) });
    fc.assert(
      fc.property(fc.constantFrom("data/d/provenance.yaml", "data/d/provenance.json"), fc.oneof(dps, value), (name, v) => {
        const text = name.endsWith(".json") ? (JSON.stringify(v) ?? "null") : toYaml(v);
        wellFormed(name, readAs(name, text));
      }),
      params,
    );
  });

  it("model and dataset cards: arbitrary front matter and Markdown", { timeout: TIMEOUT }, () => {
    const heading = fc.tuple(
      fc.integer({ min: 1, max: 7 }),
      fc.constantFrom(
        "Uses",
        "Direct Use",
        "Out-of-Scope Use",
        "Bias, Risks, and Limitations",
        "Training Data",
        "Evaluation",
        "Model Card Contact",
        "Dataset Card for x",
        "Source Data",
        "Model Details",
      ),
      fc.string({ maxLength: 200 }),
    );
    const body = fc.array(
      fc.oneof(
        heading.map(([n, t, s]) => `${"#".repeat(n)} ${t}\n\n${s}\n`),
        fc.string({ maxLength: 120 }),
        fc.constantFrom("```\n", "<!--\n", "-->\n", "- **Developed by:** Acme\n", "- **License:**\n", "===\n", "---\n"),
      ),
      { maxLength: 12 },
    );
    const frontMatter = fc.oneof(
      dict.map((d) => toYaml(d)),
      value.map((v) => toYaml(v)),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ARTIFACT_NAMES.markdown), frontMatter, body, fc.constantFrom("\n", "\r\n"), (name, fm, parts, eol) => {
        const text = `---\n${fm}---\n${parts.join("\n")}`.replace(/\n/g, eol);
        wellFormed(name, readAs(name, text));
      }),
      params,
    );
  });

  it("the JSON and YAML parsers only throw ArtifactError", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 512 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          value.map((v) => toYaml(v)),
        ),
        (text) => {
          for (const parse of [parseJson, (t: string) => parseYaml(t)]) {
            try {
              parse(text);
            } catch (e) {
              if (!(e instanceof ArtifactError)) throw e;
              expect(e.line).toBeGreaterThanOrEqual(1);
            }
          }
        },
      ),
      params,
    );
  });
});

describe("the configuration loader returns a Config or throws a ConfigError", () => {
  const root = path.join(dir, "config-root");
  fs.mkdirSync(root, { recursive: true });
  const file = path.join(root, ".aigis.yml");
  const onlyConfigErrors = (f: () => unknown) => {
    try {
      const cfg = f() as { failOn: unknown; include: unknown };
      expect(typeof cfg.failOn).toBe("string");
      expect(Array.isArray(cfg.include)).toBe(true);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      expect(e.message.length).toBeGreaterThan(0);
    }
  };

  it("any bytes in .aigis.yml", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(bytes, (content) => {
        fs.writeFileSync(file, content);
        onlyConfigErrors(() => loadConfig(root, file));
      }),
      params,
    );
  });

  it("any YAML value, and settings-shaped mappings with arbitrary values", { timeout: TIMEOUT }, () => {
    const settings = fc.record(
      {
        "fail-on": fc.oneof(fc.constantFrom("critical", "high", "none", "bogus"), value),
        include: value,
        exclude: fc.oneof(fc.array(fc.string({ maxLength: 10 })), value),
        "max-file-size-mib": fc.oneof(fc.double(), value),
        organization: fc.oneof(fc.record({ names: value }), value),
        rules: fc.oneof(
          fc.dictionary(
            fc.oneof(fc.constantFrom("AIGIS-MC-001", "AIGIS-SC-007"), fc.string({ maxLength: 12 })),
            fc.oneof(fc.constant("off"), fc.record({ severity: value, enabled: value }), value),
            { maxKeys: 3 },
          ),
          value,
        ),
        params: fc.oneof(fc.record({ min_words: value, today: value }), value),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(settings, value, dict), (v) => {
        const text = toYaml(v);
        fs.writeFileSync(file, text);
        onlyConfigErrors(() => loadConfig(root, file));
        onlyConfigErrors(() => parseConfig({ value: v, locate: () => null }, ".aigis.yml"));
      }),
      params,
    );
  });
});
