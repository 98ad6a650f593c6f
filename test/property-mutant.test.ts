// The reader properties must be able to fail. read.ts turns a reader's exception into a ReadError
// ("internal error"), so a property that only watched for exceptions would pass a reader that
// throws on every file. Here the Hugging Face model-card reader is swapped for one that always
// throws, and the same checks that test/property.test.ts and test/readers-robustness.test.ts run
// must report it.
import fc from "fast-check";
import fs from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { tempDir } from "./helpers.js";
import { expectNoCrash, readAs, READERS, readsAnyBytes } from "./reader-properties.js";

vi.mock("../src/readers/formats/huggingface/hf-card.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../src/readers/formats/huggingface/hf-card.js")>()),
  readHfModelCard: () => {
    throw new TypeError("deliberately broken model-card reader");
  },
}));

const dir = tempDir("aigis-mutant-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const params = { numRuns: 100, seed: 42 };

describe("a model-card reader that throws on every card", () => {
  it("fails the any-bytes property for model cards", () => {
    const run = fc.check(readsAnyBytes(dir, READERS["Hugging Face model card"]!), params);
    expect(run.failed).toBe(true);
    expect(String(run.errorInstance)).toMatch(/a reader threw/);
  });

  it("fails the robustness check on an ordinary card", () => {
    const name = "models/m/README.md";
    const r = readAs(dir, name, "---\nlicense: mit\npipeline_tag: text-classification\n---\n# Model Card for m\n\n## Uses\n\nClassifies tickets.\n");
    expect(r.artifacts).toEqual([]);
    expect(r.errors.map((e) => e.reason)).toEqual([expect.stringMatching(/internal error: deliberately broken model-card reader/)]);
    expect(() => expectNoCrash(r, name)).toThrow(/not to match \/internal error\//);
  });

  it("leaves the property passing for a reader that was not broken", () => {
    expect(() => fc.assert(readsAnyBytes(dir, READERS["CycloneDX JSON"]!), params)).not.toThrow();
  });
});
