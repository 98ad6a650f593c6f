// Google Model Card Toolkit JSON (schema v0.0.1 and v0.0.2), as the toolkit exports it:
// model_details, model_parameters, quantitative_analysis, considerations.
import type { LicenseRef, ReadArtifact } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { licenseFromText } from "../../../parse/licenses.js";
import { MCT_V1, MCT_V2 } from "./mct-shapes.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { checkShape } from "../../../parse/shape-check.js";
import { blankModelCard, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { arrayOf, dictAt, isDict, joinText, str, unique, type Dict } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

export const MCT_VERSIONS = ["0.0.1", "0.0.2"];
// MCT v0.0.2 names datasets without saying which split they are; these names mark evaluation data.
const EVAL_NAMES = /\b(eval|evaluation|test|testing|validation|holdout|held-out)\b/i;

/** An MCT document has a model_details object and at least one other MCT section or a version. */
export function looksLikeMct(v: unknown): boolean {
  return (
    isDict(v) && isDict(v["model_details"]) && ["model_parameters", "quantitative_analysis", "considerations", "schema_version"].some((k) => v[k] !== undefined)
  );
}

/** Declared schema_version, else the version the document's shape says (v0.0.1 uses plain strings). */
function versionOf(v: Dict, doc: ParsedDoc): string {
  const declared = str(v["schema_version"]);
  if (declared) {
    const version = declared.replace(/^v/i, "");
    if (!MCT_VERSIONS.includes(version)) {
      const pos = doc.locate(["schema_version"]) ?? { line: 1, column: 1 };
      throw new ArtifactError(`Model Card Toolkit schema_version ${declared} is not supported; aigis reads 0.0.1 and 0.0.2`, pos.line, pos.column);
    }
    return version;
  }
  const details = dictAt(v, "model_details");
  const looksV1 =
    typeof details["license"] === "string" ||
    isDict(dictAt(v, "model_parameters")["data"]) ||
    arrayOf(dictAt(v, "considerations")["use_cases"]).some((x) => typeof x === "string");
  return looksV1 ? "0.0.1" : "0.0.2";
}

/** v0.0.2 wraps considerations in {description}; v0.0.1 writes plain strings. */
const described = (v: unknown) => joinText(arrayOf(v).map((x) => (isDict(x) ? str(x["description"]) : str(x))));

export function readMct(relPath: string, doc: ParsedDoc): ReadArtifact {
  const v = doc.value;
  if (!isDict(v) || !isDict(v["model_details"])) throw new ArtifactError("not a Model Card Toolkit model card (needs model_details)");
  const card = v as Dict;
  const version = versionOf(card, doc);
  const problems = new ProblemList(doc);
  checkShape(card, version === "0.0.1" ? MCT_V1 : MCT_V2, [], problems, `Model Card Toolkit v${version}`);

  const details = dictAt(card, "model_details");
  const params = dictAt(card, "model_parameters");
  const qa = dictAt(card, "quantitative_analysis");
  const cons = dictAt(card, "considerations");
  const owners = arrayOf(details["owners"]).filter(isDict);
  const ownerNames = owners.map((o) => str(o["name"])).filter((x): x is string => !!x);

  const licenses: LicenseRef[] =
    version === "0.0.1"
      ? [str(details["license"])].filter((x): x is string => !!x).map(licenseFromText)
      : arrayOf(details["licenses"]).flatMap((l) => {
          if (!isDict(l)) return [];
          const id = str(l["identifier"]);
          if (id) return [licenseFromText(id)];
          const custom = str(l["custom_text"]);
          return custom ? [{ spdx: null, name: custom, url: null }] : [];
        });

  // Datasets: v0.0.1 has data.train / data.eval; v0.0.2 a list of named datasets.
  const data =
    version === "0.0.1"
      ? (["train", "eval"] as const).flatMap((split) => (isDict(dictAt(params, "data")[split]) ? [{ split, d: dictAt(params, "data")[split] as Dict }] : []))
      : arrayOf(params["data"])
          .filter(isDict)
          .map((d) => ({ split: null, d }));
  const dataName = (d: Dict) => str(d["name"]) ?? str(d["link"]);
  const isEval = (x: { split: string | null; d: Dict }) => (x.split ? x.split === "eval" : EVAL_NAMES.test(dataName(x.d) ?? ""));
  const train = data.filter((x) => !isEval(x));
  const sensitive = data.flatMap(({ d }) => {
    const s = d["sensitive"];
    if (typeof s === "boolean") return [s ? `${dataName(d) ?? "dataset"}: contains sensitive data` : `${dataName(d) ?? "dataset"}: no sensitive data`];
    if (isDict(s) && Array.isArray(s["sensitive_data"])) {
      const kinds = arrayOf(s["sensitive_data"]).map(str).filter(Boolean);
      return [`${dataName(d) ?? "dataset"}: ${kinds.length ? kinds.join(", ") : "none declared (empty sensitive_data)"}`];
    }
    return [];
  });

  const metrics = arrayOf(qa["performance_metrics"]).flatMap((m) =>
    isDict(m) && str(m["type"]) && str(m["value"]) ? [{ type: str(m["type"])!, value: str(m["value"])!, slice: str(m["slice"]) }] : [],
  );

  const at = new SourceMapBuilder(doc);
  at.positions[""] = doc.locate(["model_details"]) ?? { line: 1, column: 1 };
  at.map("/name", ["model_details", "name"]);
  at.map("/version", ["model_details", "version"]);
  at.map("/description", ["model_details", "overview"]);
  at.map("/supplier", ["model_details", "owners"]);
  at.map("/owners", ["model_details", "owners"]);
  at.map("/contact", ["model_details", "owners"]);
  at.map("/licenses", ["model_details", "licenses"], ["model_details", "license"]);
  at.map("/architecture", ["model_parameters", "model_architecture"], ["model_parameters"]);
  at.map("/datasets", ["model_parameters", "data"], ["model_parameters"]);
  at.map("/training_data", ["model_parameters", "data"], ["model_parameters"]);
  at.map("/test_datasets", ["model_parameters", "data"], ["model_parameters"]);
  at.map("/sensitive_data", ["model_parameters", "data"], ["model_parameters"]);
  at.map("/evaluation", ["quantitative_analysis", "performance_metrics"], ["quantitative_analysis"]);
  at.map("/metrics", ["quantitative_analysis", "performance_metrics"], ["quantitative_analysis"]);
  at.map("/intended_use", ["considerations", "use_cases"], ["considerations"]);
  at.map("/limitations", ["considerations", "limitations"], ["considerations", "ethical_considerations"], ["considerations"]);

  const artifact = filled(blankModelCard({ id: relPath, path: relPath, format: "model-card-toolkit", format_version: version }), {
    name: str(details["name"]),
    version: str(dictAt(details, "version")["name"]),
    supplier: ownerNames[0] ?? null,
    owners: ownerNames,
    contact: owners.map((o) => str(o["contact"])).find((x) => x) ?? null,
    licenses,
    description: str(details["overview"]),
    architecture: str(params["model_architecture"]),
    datasets: unique(train.map(({ d }) => dataName(d)).filter((x): x is string => !!x)),
    training_data: joinText(train.map(({ d }) => joinText([dataName(d), str(d["description"])], ": "))),
    test_datasets: unique(
      data
        .filter(isEval)
        .map(({ d }) => dataName(d))
        .filter((x): x is string => !!x),
    ),
    sensitive_data: joinText(sensitive, "; "),
    intended_use: described(cons["use_cases"]),
    limitations: joinText([
      described(cons["limitations"]),
      described(cons["tradeoffs"]),
      joinText(arrayOf(cons["ethical_considerations"]).map((r) => (isDict(r) ? joinText([str(r["name"]), str(r["mitigation_strategy"])], ": ") : null))),
    ]),
    metrics: metrics.map(({ type, value }) => ({ type, value })),
    evaluation: metrics.length ? metrics.map((m) => `${m.type}${m.slice ? ` (${m.slice})` : ""}=${m.value}`).join(", ") : null,
    unsupported: [
      "out_of_scope_use",
      "hashes",
      "base_models",
      "environmental_impact",
      "energy",
      "task",
      "training_procedure",
      "risk_assessment",
      "autonomy_type",
      "human_oversight",
      "standards",
    ],
  });
  recordProblems(artifact, at.positions, problems);
  return { artifact, raw: v, positions: at.positions };
}
