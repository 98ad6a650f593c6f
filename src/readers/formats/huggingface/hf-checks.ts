// Type checks for the Hugging Face card metadata keys the Hub itself validates on push. HF
// publishes no schema, so this covers the keys readers rely on; anything else is left alone.
import type { ProblemList } from "../../../parse/problems.js";
import { arrayOf, isDict, str, type Dict } from "../../../parse/values.js";

const isText = (v: unknown) => typeof v === "string" || typeof v === "number";
const isTextOrList = (v: unknown) => isText(v) || (Array.isArray(v) && v.every(isText));
const BASE_MODEL_RELATIONS = ["adapter", "merge", "quantized", "finetune"];

function expect(fm: Dict, problems: ProblemList, key: string, ok: (v: unknown) => boolean, what: string): void {
  const v = fm[key];
  if (v !== undefined && v !== null && !ok(v)) problems.add([key], `${key} must be ${what}`);
}

/** Keys shared by model and dataset cards. */
export function checkCommonMetadata(fm: Dict, problems: ProblemList): void {
  for (const key of ["license", "language", "tags"]) expect(fm, problems, key, isTextOrList, "a string or a list of strings");
  for (const key of ["license_name", "license_link", "pretty_name"]) expect(fm, problems, key, isText, "a string");
}

export function checkModelMetadata(fm: Dict, problems: ProblemList): void {
  checkCommonMetadata(fm, problems);
  for (const key of ["base_model", "datasets", "metrics"]) expect(fm, problems, key, isTextOrList, "a string or a list of strings");
  for (const key of ["pipeline_tag", "library_name"]) expect(fm, problems, key, isText, "a string");
  expect(fm, problems, "base_model_relation", (v) => typeof v === "string" && BASE_MODEL_RELATIONS.includes(v), `one of ${BASE_MODEL_RELATIONS.join(", ")}`);
  expect(
    fm,
    problems,
    "co2_eq_emissions",
    (v) => typeof v === "number" || (isDict(v) && typeof v["emissions"] === "number"),
    "a number of grams or a mapping with a numeric emissions value",
  );
  const index = fm["model-index"];
  if (index === undefined || index === null) return;
  if (!Array.isArray(index)) {
    problems.add(["model-index"], "model-index must be a list of models with their results");
    return;
  }
  index.forEach((entry, i) => {
    if (!isDict(entry)) return problems.add(["model-index", i], "model-index entries must be mappings with name and results");
    if (!str(entry["name"])) problems.add(["model-index", i], "model-index entry needs a name");
    arrayOf(entry["results"]).forEach((r, j) => {
      const at = ["model-index", i, "results", j];
      if (!isDict(r)) return problems.add(at, "each result must be a mapping with task, dataset and metrics");
      if (!str(isDict(r["task"]) ? r["task"]["type"] : null)) problems.add([...at, "task"], "result needs task.type");
      const ds = isDict(r["dataset"]) ? r["dataset"] : null;
      if (!ds || !str(ds["type"]) || !str(ds["name"])) problems.add([...at, "dataset"], "result needs dataset.type and dataset.name");
      arrayOf(r["metrics"]).forEach((m, k) => {
        if (!isDict(m) || !str(m["type"]) || m["value"] === undefined || m["value"] === null)
          problems.add([...at, "metrics", k], "each metric needs a type and a value");
      });
    });
  });
}

export function checkDatasetMetadata(fm: Dict, problems: ProblemList): void {
  checkCommonMetadata(fm, problems);
  for (const key of ["task_categories", "task_ids", "size_categories", "source_datasets", "annotations_creators", "language_creators", "multilinguality"]) {
    expect(fm, problems, key, isTextOrList, "a string or a list of strings");
  }
}
