// Short excerpts of real third-party cards (fixtures/real-world, origins in SOURCES.md): what
// each card says must not be reported as missing, true gaps still are, templates are not judged.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import type { Finding } from "../src/model/types.js";
import { fixtures, policyDir } from "./helpers.js";

const root = path.join(fixtures, "real-world");
let findings: Finding[] = [];
let skipped: { path: string; reason: string }[] = [];

beforeAll(async () => {
  const { report } = await run({ root, policyDir, version: "test" });
  findings = report.findings;
  skipped = report.skipped;
}, 120_000);

const rulesAt = (file: string) => new Set(findings.filter((f) => f.path === file).map((f) => f.rule));

/** Per card: rules the card's own lines contradict (must not fire) and true gaps (must fire). */
const EXPECTED: Record<string, { contradicted: string[]; gaps: string[] }> = {
  // `**Model developers** Meta`, `**Out-of-scope** Use in …`, `**Model Architecture** …`, `## Training Data`, `## Benchmarks`.
  "llama3/README.md": {
    contradicted: ["AIGIS-SC-003", "AIGIS-MC-001", "AIGIS-MC-002", "AIGIS-MC-003", "AIGIS-MC-007", "AIGIS-MC-008", "AIGIS-MC-010"],
    gaps: [],
  },
  // `**Model Developer:** Meta`, `**Out of Scope:** …`, `**Feedback:** … https://…`, `## Benchmarks - English Text`.
  "llama32/README.md": { contradicted: ["AIGIS-SC-003", "AIGIS-MC-002", "AIGIS-MC-008", "AIGIS-MC-010", "AIGIS-MC-014"], gaps: ["AIGIS-MC-003"] },
  // `**Developed by:**`, `**Model Type:**`, `**Send Questions to:** <e-mail>`, `#### Out-of-scope Uses`.
  "bloom/README.md": { contradicted: ["AIGIS-SC-003", "AIGIS-MC-002", "AIGIS-MC-008", "AIGIS-MC-014", "AIGIS-MC-001", "AIGIS-MC-003"], gaps: [] },
  // `**Primary use cases**` and `**Use case considerations**` under `## Intended Uses`; `* Developers:` and `* Architecture:` items.
  "phi3/README.md": { contradicted: ["AIGIS-MC-001", "AIGIS-MC-002", "AIGIS-MC-003", "AIGIS-MC-007", "AIGIS-MC-008", "AIGIS-SC-003"], gaps: ["AIGIS-MC-014"] },
  // Classic layout: `## Intended uses & limitations`, `### Limitations and bias`; no developer, task or contact is given.
  "bert/README.md": { contradicted: ["AIGIS-MC-001", "AIGIS-MC-003", "AIGIS-MC-007", "AIGIS-MC-010"], gaps: ["AIGIS-SC-003", "AIGIS-MC-009", "AIGIS-MC-014"] },
  // A short card: no intended use, training data or evaluation is stated.
  "mistral/README.md": { contradicted: ["AIGIS-MC-003", "AIGIS-MC-008"], gaps: ["AIGIS-MC-001", "AIGIS-MC-007", "AIGIS-MC-010"] },
  // `### Out-of-Scope Use Cases`, `## Data`, `## Performance and Limitations`, `## Feedback` with a link.
  "uncertainty-baselines/MODEL_CARD.md": {
    contradicted: ["AIGIS-MC-001", "AIGIS-MC-002", "AIGIS-MC-003", "AIGIS-MC-007", "AIGIS-MC-008", "AIGIS-MC-010", "AIGIS-MC-014"],
    gaps: ["AIGIS-MC-005"],
  },
  // `**Authors**:`, `### Intended Usage`, `### Out-of-Scope Use Cases`, `## Limitations <!-- … -->`, `## Contact` prose, model-index task.
  "hf-generated/README.md": { contradicted: ["AIGIS-SC-003", "AIGIS-MC-001", "AIGIS-MC-002", "AIGIS-MC-003", "AIGIS-MC-009", "AIGIS-MC-014"], gaps: [] },
  // GEM data card: `#### Curation Organization(s)`, `#### Contains PII?`, `#### Contact Email`.
  "gem-xsum/README.md": { contradicted: ["AIGIS-DP-005", "AIGIS-DP-007", "AIGIS-DP-009"], gaps: [] },
  // `### Dataset Curators`.
  "dataset-curators/README.md": { contradicted: ["AIGIS-DP-007", "AIGIS-DP-002"], gaps: ["AIGIS-DP-009"] },
};

describe("real-world cards", () => {
  for (const [file, { contradicted, gaps }] of Object.entries(EXPECTED)) {
    it(`${file}: nothing the card says is reported missing; its true gaps are`, () => {
      const rules = rulesAt(file);
      expect(contradicted.filter((r) => rules.has(r))).toEqual([]);
      expect(gaps.filter((r) => !rules.has(r))).toEqual([]);
    });
  }

  it("reports a one-word answer as too short, not as missing", () => {
    const f = findings.find((x) => x.path === "gem-xsum/README.md" && x.rule === "AIGIS-DP-002" && x.pointer === "/collection");
    expect(f?.message).toMatch(/too briefly/);
    expect(f?.message).not.toMatch(/does not say/);
  });

  it("lists the Hugging Face templates as not judged and reports nothing on them", () => {
    for (const t of ["template-model/modelcard_template.md", "template-dataset/datasetcard_template.md"]) {
      expect(findings.filter((f) => f.path === t)).toEqual([]);
      expect(skipped.find((s) => s.path === t)?.reason).toMatch(/template/);
    }
  });

  it("at most one content finding in twenty is contradicted by its card", () => {
    const content = findings.filter((f) => f.path in EXPECTED);
    const wrong = content.filter((f) => EXPECTED[f.path]!.contradicted.includes(f.rule));
    expect(content.length).toBeGreaterThan(0);
    expect(wrong.length * 20).toBeLessThanOrEqual(content.length);
  });
});
