// Rule parameters are defined once, in catalog/rule-params.json; the policy build refuses a
// parameter defined twice, one without a default, and defaults or schema entries written elsewhere.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { paramsProblems, readParams } from "../scripts/params.mjs";
import { repoRoot, tempDir } from "./helpers.js";

const tmp: string[] = [];
afterEach(() => {
  for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the three files the check reads, with `edit` applied to one of them. */
function copyWith(file: string, edit: (text: string) => string): string {
  const root = tempDir("aigis-params-");
  tmp.push(root);
  for (const f of ["catalog/rule-params.json", "policies/data.json", "schema/aigis-config.schema.json", "docs/configuration.md"]) {
    fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
    const text = fs.readFileSync(path.join(repoRoot, f), "utf8");
    fs.writeFileSync(path.join(root, f), f === file ? edit(text) : text);
  }
  return root;
}

describe("rule parameters", () => {
  it("are in step with the defaults and the configuration schema", () => {
    expect(paramsProblems(repoRoot)).toEqual([]);
    const defaults = JSON.parse(fs.readFileSync(path.join(repoRoot, "policies/data.json"), "utf8")).aigis.defaults;
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema/aigis-config.schema.json"), "utf8"));
    expect(Object.keys(schema.properties.params.properties)).toEqual(Object.keys(defaults));
  });

  it("refuse a parameter defined twice", () => {
    const text =
      '{\n  "min_words": {"description": "a", "type": "integer", "default": 3},\n  "min_words": {"description": "b", "type": "integer", "default": 5}\n}\n';
    expect(() => readParams(text)).toThrow(/rule-params\.json/);
    const root = copyWith("catalog/rule-params.json", (t) =>
      t.replace(/^\{\n/, `{\n  "min_words": {"description": "again", "type": "integer", "default": 9},\n`),
    );
    expect(() => paramsProblems(root)).toThrow(/unique|min_words/i);
  });

  it("refuse a parameter without a default or a description", () => {
    expect(() => readParams('{"min_words": {"description": "words", "type": "integer"}}')).toThrow(/min_words: no default/);
    expect(() => readParams('{"min_words": {"type": "integer", "default": 3}}')).toThrow(/min_words: no description/);
  });

  it("refuse a default or a schema entry written outside the definition", () => {
    const data = copyWith("policies/data.json", (t) => t.replace('"min_words": 3', '"min_words": 4'));
    expect(paramsProblems(data)).toEqual([expect.stringMatching(/^policies\/data\.json: aigis\.defaults differ/)]);
    const extra = copyWith("policies/data.json", (t) => t.replace('"defaults": {', '"defaults": {\n      "shadow_param": 1,'));
    expect(paramsProblems(extra)).toHaveLength(1);
    const schema = copyWith("schema/aigis-config.schema.json", (t) =>
      t.replace(
        '"minimum": 1,\n          "errorMessage": "write a whole number of at least 1"',
        '"minimum": 2,\n          "errorMessage": "write a whole number of at least 1"',
      ),
    );
    expect(paramsProblems(schema)).toEqual([expect.stringMatching(/^schema\/aigis-config\.schema\.json: params\.properties differ/)]);
    const docs = copyWith("docs/configuration.md", (t) => t.replace("| `review_interval_days` |", "| `review_days` |"));
    expect(paramsProblems(docs)).toEqual(["docs/configuration.md: no row for parameter review_interval_days in the Rule parameters table"]);
  });
});
