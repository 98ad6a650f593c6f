// One case per synonym in the card vocabulary: a card written with that heading or label fills
// the field it names.
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../src/parse/markdown.js";
import { DATASET_HEADINGS, DATASET_LABELS, MODEL_HEADINGS, MODEL_LABELS } from "../src/readers/formats/huggingface/card-vocabulary.js";
import { readHfDatasetCard, readHfModelCard } from "../src/readers/formats/huggingface/hf-card.js";

const PROSE = "Answers written in several plain words, https://example.org/contact and ml@example.org.";
const model = (text: string) => readHfModelCard({ relPath: "m/README.md", doc: parseMarkdown(text), text }).artifact as unknown as Record<string, unknown>;
const dataset = (text: string) => readHfDatasetCard({ relPath: "d/README.md", doc: parseMarkdown(text), text }).artifact as unknown as Record<string, unknown>;
const title = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());

/** Where a field lands on the normalized record. */
const MODEL_FIELD: Record<string, (a: Record<string, unknown>) => unknown> = {
  supplier: (a) => a["supplier"],
  license: (a) => (a["licenses"] as { name: string }[])[0]?.name,
  base_model: (a) => (a["base_models"] as string[])[0],
};
const DATASET_FIELD: Record<string, (a: Record<string, unknown>) => unknown> = {
  curators: (a) => a["supplier"],
  license: (a) => (a["licenses"] as { name: string }[])[0]?.name,
};
const get = (table: Record<string, (a: Record<string, unknown>) => unknown>, field: string, a: Record<string, unknown>) =>
  (table[field] ?? ((x) => x[field]))(a);

describe("model card vocabulary", () => {
  for (const [field, headings] of Object.entries(MODEL_HEADINGS)) {
    for (const h of headings) {
      it(`## ${title(h)} fills ${field}`, () => {
        expect(get(MODEL_FIELD, field, model(`# M\n\n## ${title(h)}\n\n${PROSE}\n`))).toBeTruthy();
      });
    }
  }
  for (const [field, labels] of Object.entries(MODEL_LABELS)) {
    for (const l of labels) {
      it(`**${title(l)}** fills ${field}`, () => {
        expect(get(MODEL_FIELD, field, model(`# M\n\n**${title(l)}** ${PROSE}\n`))).toBeTruthy();
        expect(get(MODEL_FIELD, field, model(`# M\n\n- **${title(l)}:** ${PROSE}\n`))).toBeTruthy();
      });
    }
  }
  it("headings carrying comments, qualifiers or question marks still match", () => {
    const card = model(
      `# M\n\n### Direct Use (with pipelines)\n\n${PROSE}\n\n## Limitations <!-- short -->\n\n${PROSE}\n\n## Benchmarks - English Text\n\n${PROSE}\n`,
    );
    expect([card["intended_use"], card["limitations"], card["evaluation"]].every(Boolean)).toBe(true);
  });
  it("a contact's prose yields its address; a label alone on its line takes the paragraph below", () => {
    const card = model(
      `# M\n\n## Contact\n\nQuestions and problem reports: team@example.org, please.\n\n**Training Data**\n\nPublic web text, filtered for quality.\n`,
    );
    expect(card["contact"]).toBe("team@example.org");
    expect(card["training_data"]).toBe("Public web text, filtered for quality.");
  });
  it("model-index task types state the task", () => {
    const card = model(
      `---\nmodel-index:\n- name: m\n  results:\n  - task: {type: text-classification}\n    dataset: {type: glue, name: glue}\n    metrics: [{type: accuracy, value: 0.9}]\n---\n# M\n`,
    );
    expect(card["task"]).toBe("text-classification");
  });
});

describe("dataset card vocabulary", () => {
  for (const [field, headings] of Object.entries(DATASET_HEADINGS)) {
    for (const h of headings) {
      it(`## ${title(h)} fills ${field}`, () => {
        expect(get(DATASET_FIELD, field, dataset(`# Dataset Card for D\n\n## ${title(h)}\n\n${PROSE}\n`))).toBeTruthy();
      });
    }
  }
  for (const [field, labels] of Object.entries(DATASET_LABELS)) {
    for (const l of labels) {
      it(`- **${title(l)}:** fills ${field}`, () => {
        expect(get(DATASET_FIELD, field, dataset(`# Dataset Card for D\n\n- **${title(l)}:** ${PROSE}\n`))).toBeTruthy();
      });
    }
  }
  it("GEM's question headings match (#### Contains PII?)", () => {
    expect(dataset(`# Dataset Card for D\n\n#### Contains PII?\n\nyes/very likely, names of public figures\n`)["sensitive_data"]).toBeTruthy();
  });
});
