// `aigis init`: scaffolds what is missing, prefilled from discovery, never overwrites; `aigis check`
// right after reports the scaffold's TODOs at their lines. Also: the pre-commit hook runs the CLI.
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { loadConfig, findConfig } from "../src/config/config.js";
import type { Finding } from "../src/model/types.js";
import { run } from "../src/run.js";
import { fixtures, lineOf, policyDir, repoRoot, tempDir, writeTree } from "./helpers.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => err.push(s) } } as unknown as Parameters<typeof main>[1];
  return { io, out: () => out.join(""), err: () => err.join("") };
}

const at = (findings: Finding[], file: string) => findings.filter((f) => f.path === file).map((f) => [f.rule, f.line]);

/** Lines of `file` that hold a TODO placeholder (not the instructions in comments). */
function todoLines(file: string): number[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .flatMap((l, i) => (/(^\s*TODO\s*$)|(:\**\s+TODO\b)|(#\s*TODO:)/.test(l) ? [i + 1] : []));
}

describe("aigis init", () => {
  it("scaffolds every missing artifact in an empty repository, and check reports each TODO at its line", async () => {
    const dir = path.join(tempDir(), "support-bot");
    const cli = capture();
    expect(await main(["init", dir], cli.io)).toBe(0);
    expect(cli.out()).toBe(
      [
        `aigis init: 10 file(s) created in ${dir}`,
        "  created  models/support-bot/README.md         model card for support-bot",
        "  created  data/training-data/provenance.yaml   data provenance record",
        "  created  ai-bom.cdx.json                      AI SBOM listing 1 model(s) and 0 dataset(s)",
        "  created  AI_POLICY.md                         AI policy",
        "  created  ai-systems.yaml                      AI system register",
        "  created  docs/ai/impact-assessment.md         AI impact assessment",
        "  created  docs/ai/incident-response.md         AI incident response",
        "  created  docs/ai/monitoring-plan.md           monitoring plan",
        "  created  .aigis.yml                           aigis configuration",
        "  created  .github/workflows/ai-governance.yml  GitHub workflow running aigis",
        "",
        `Next: run \`aigis sbom ${dir}\` to add the models and hosted providers the code uses to the AI SBOM,`,
        `replace the TODOs, then run \`aigis check ${dir}\`: each finding points at a TODO still to fill.`,
        "",
      ].join("\n"),
    );
    const { report } = await run({ root: dir, policyDir, version: "t" });
    expect(report.artifacts.map((a) => [a.path, a.kind])).toEqual([
      ["AI_POLICY.md", "governance"],
      ["ai-bom.cdx.json", "sbom"],
      ["ai-systems.yaml", "governance"],
      ["data/training-data/provenance.yaml", "dataset"],
      ["docs/ai/impact-assessment.md", "governance"],
      ["docs/ai/incident-response.md", "governance"],
      ["docs/ai/monitoring-plan.md", "governance"],
      ["models/support-bot/README.md", "model_card"],
    ]);
    expect(report.passed).toBe(false);

    // The model card: every TODO is a finding, on the TODO's line or on the heading of its section.
    const card = path.join(dir, "models/support-bot/README.md");
    const onCard = at(report.findings, "models/support-bot/README.md");
    expect(onCard).toEqual(
      expect.arrayContaining([
        ["AIGIS-MC-005", lineOf(card, "license: unknown   # TODO")],
        ["AIGIS-MC-009", lineOf(card, "pipeline_tag: TODO")],
        ["AIGIS-SC-003", lineOf(card, "**Developed by:** TODO")],
        ["AIGIS-MC-008", lineOf(card, "**Model type:** TODO")],
        ["AIGIS-MC-001", lineOf(card, "### Direct Use")],
        ["AIGIS-MC-002", lineOf(card, "### Out-of-Scope Use")],
        ["AIGIS-MC-003", lineOf(card, "## Bias, Risks, and Limitations")],
        ["AIGIS-MC-007", lineOf(card, "### Training Data")],
        ["AIGIS-MC-010", lineOf(card, "## Evaluation")],
        ["AIGIS-MC-014", lineOf(card, "## Model Card Contact")],
      ]),
    );
    const lines = fs.readFileSync(card, "utf8").split("\n");
    const sectionOf = (todo: number) =>
      lines
        .slice(0, todo)
        .map((l, i) => (l.startsWith("#") ? i + 1 : 0))
        .reduce((a, b) => Math.max(a, b), 0);
    // Training procedure and energy use are asked of the organization's own models only (MC-008, MC-013).
    const ownModelsOnly = new Set(["### Training Procedure", "## Environmental Impact"]);
    for (const todo of todoLines(card)) {
      if (ownModelsOnly.has(lines[sectionOf(todo) - 1]!)) continue;
      expect(
        onCard.some(([, line]) => line === todo || line === sectionOf(todo)),
        `TODO on line ${todo}`,
      ).toBe(true);
    }
    // Every finding on the scaffold's Markdown and YAML files is at a TODO or just above one.
    for (const file of ["models/support-bot/README.md", "AI_POLICY.md", "data/training-data/provenance.yaml"]) {
      const todos = todoLines(path.join(dir, file));
      for (const [rule, line] of at(report.findings, file)) {
        expect(
          todos.some((t) => t >= (line as number) && t - (line as number) <= 4),
          `${rule} at ${file}:${line}`,
        ).toBe(true);
      }
    }
    const policy = path.join(dir, "AI_POLICY.md");
    expect(at(report.findings, "AI_POLICY.md")).toEqual(
      expect.arrayContaining([
        ["AIGIS-GV-002", lineOf(policy, "owner: TODO")],
        ["AIGIS-GV-002", lineOf(policy, "approved_by: TODO")],
        ["AIGIS-GV-009", lineOf(policy, "concerns_contact: TODO")],
        ["AIGIS-GV-010", lineOf(policy, "objectives:")],
      ]),
    );
    const record = path.join(dir, "data/training-data/provenance.yaml");
    expect(at(report.findings, "data/training-data/provenance.yaml")).toEqual(
      expect.arrayContaining([
        ["AIGIS-DP-001", lineOf(record, "license:")],
        ["AIGIS-DP-009", lineOf(record, "intended-purpose:")],
        ["AIGIS-DP-002", lineOf(record, "date: TODO")],
      ]),
    );
    expect(at(report.findings, "data/training-data/provenance.yaml").filter(([rule]) => String(rule).startsWith("AIGIS-IN-"))).toEqual([]);
    // The configuration and the workflow are valid as written.
    expect(loadConfig(dir, findConfig(dir, null)).failOn).toBe("critical");
    const workflow = parseYaml(fs.readFileSync(path.join(dir, ".github/workflows/ai-governance.yml"), "utf8")) as {
      jobs: { aigis: { steps: { uses: string }[] } };
    };
    expect(workflow.jobs.aigis.steps.map((s) => s.uses)).toEqual(["actions/checkout@v5", "aigis/aigis@v0"]);
  });

  it("prefills from what discovery knows and never overwrites a file", async () => {
    const bom = {
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      version: 1,
      metadata: { timestamp: "2026-11-01T00:00:00Z", component: { type: "application", name: "helpdesk" } },
      components: [
        {
          "bom-ref": "m",
          type: "machine-learning-model",
          name: "support-llm",
          version: "2.1.0",
          supplier: { name: "Mistral AI" },
          licenses: [{ license: { id: "Apache-2.0" } }],
        },
        { "bom-ref": "d", type: "data", name: "support-tickets", supplier: { name: "Acme" } },
      ],
    };
    const dir = writeTree(tempDir(), {
      "sbom/ai-bom.cdx.json": JSON.stringify(bom, null, 2),
      "models/support-llm/README.md": "Notes about the model, not a card yet.\n",
    });
    const cli = capture();
    expect(await main(["init", dir], cli.io)).toBe(0);
    expect(cli.out()).toMatch(/\n {2}kept {5}models\/support-llm\/README\.md +already exists, left as it is\n/);
    expect(fs.readFileSync(path.join(dir, "models/support-llm/README.md"), "utf8")).toBe("Notes about the model, not a card yet.\n");
    // The repository has an AI SBOM, and its data component is the dataset's record.
    expect(fs.existsSync(path.join(dir, "ai-bom.cdx.json"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "data"))).toBe(false);

    // With the notes moved away, the card is scaffolded with the SBOM's facts.
    fs.rmSync(path.join(dir, "models/support-llm/README.md"));
    expect(await main(["init", dir], capture().io)).toBe(0);
    const card = fs.readFileSync(path.join(dir, "models/support-llm/README.md"), "utf8");
    expect(card).toContain("license: Apache-2.0\nmodel_name: support-llm\n");
    expect(card).toContain("datasets:\n  - support-tickets\n");
    expect(card).toContain("- **Developed by:** Mistral AI\n");

    // A dataset a card names without a record gets one, issued by the dataset's owner.
    const named = writeTree(tempDir(), { "models/faq/README.md": "---\nlicense: mit\ndatasets: [acme/faq-pages]\n---\n\n# Model Card for faq\n" });
    expect(await main(["init", named], capture().io)).toBe(0);
    const record = fs.readFileSync(path.join(named, "data/faq-pages/provenance.yaml"), "utf8");
    expect(record).toContain("  title: acme/faq-pages\n");
    expect(record).toContain("    - name: acme\n");
    expect(
      JSON.parse(fs.readFileSync(path.join(named, "ai-bom.cdx.json"), "utf8")).components.map((c: { type: string; name: string }) => [c.type, c.name]),
    ).toEqual([
      ["machine-learning-model", "faq"],
      ["data", "acme/faq-pages"],
    ]);

    // A second run changes nothing.
    const snapshot = (d: string): Record<string, string> =>
      Object.fromEntries(
        fs
          .readdirSync(d, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [path.join(e.parentPath, e.name), fs.readFileSync(path.join(e.parentPath, e.name), "utf8")]),
      );
    const before = snapshot(dir);
    const again = capture();
    expect(await main(["init", dir], again.io)).toBe(0);
    expect(again.out()).toContain("nothing to scaffold: every artifact aigis looks for is already there.");
    expect(snapshot(dir)).toEqual(before);
  });

  it("leaves a repository that has everything alone", async () => {
    const dir = tempDir();
    fs.cpSync(path.join(fixtures, "passing"), dir, { recursive: true });
    const cli = capture();
    expect(await main(["init", dir], cli.io)).toBe(0);
    expect(cli.out()).toMatch(
      /^aigis init: 1 file\(s\) created in .*\n {2}created {2}\.github\/workflows\/ai-governance\.yml {2}GitHub workflow running aigis\n\n/,
    );
  });

  it("rejects options and a second path with exit 2", async () => {
    const cli = capture();
    expect(await main(["init", "a", "b"], cli.io)).toBe(2);
    expect(cli.err()).toContain("init takes one optional path");
  });
});

describe("pre-commit hook", () => {
  it("runs a command the CLI has, on the whole repository", async () => {
    const hooks = parseYaml(fs.readFileSync(path.join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as {
      id: string;
      entry: string;
      pass_filenames: boolean;
      language: string;
    }[];
    const hook = hooks.find((h) => h.id === "aigis")!;
    expect(hook.pass_filenames).toBe(false);
    const [bin, ...args] = hook.entry.split(/\s+/);
    expect(bin).toBe("aigis");
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain("aigis");
    // pre-commit runs the entry in the repository root: here, the passing fixture.
    const cwd = process.cwd();
    process.chdir(path.join(fixtures, "passing"));
    try {
      expect(await main(args, capture().io)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });
});
