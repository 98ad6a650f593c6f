// Data & Trust Alliance Data Provenance Standard 1.0 records (JSON or YAML): { source, provenance, use }.
// Both the specification's element names and the metadata generator's variants are accepted
// (privacy-enhancing / privacy-indicators, storage-forbidden / storage-prohibited, scalar or list
// provenance.source and origin).
import type { LicenseRef, ReadArtifact } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankDataset, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { isDict, joinText, listOf, str, type Dict } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

/** A document is a DPS record when it has the three groups (spec or generator spelling). */
export function looksLikeDps(v: unknown): boolean {
  return isDict(v) && isDict(v["source"]) && isDict(v["provenance"]) && isDict(v["use"]);
}

// Elements the specification requires (cardinality 1..1 or 1..*), per group.
const REQUIRED: Record<string, string[]> = {
  source: ["version", "title", "id", "issuer", "description"],
  provenance: ["origin-geography", "date", "generation-method", "format"],
  use: ["intended-purpose"],
};
const SUPPORTED_MAJOR = "1.";

function orgName(v: unknown): string | null {
  return isDict(v) ? str(v["name"]) : str(v);
}

function concept(v: unknown): string | null {
  return isDict(v) ? (str(v["code"]) ?? str(v["description"]) ?? str(v["display"])) : str(v);
}

function pick(d: Dict, ...keys: string[]): [string, unknown] | null {
  for (const k of keys) if (d[k] !== undefined) return [k, d[k]];
  return null;
}

/**
 * Words that hold a field's place until someone fills it (`TODO`, as `aigis init` writes), in the
 * words of the rules' placeholder pattern (policies/lib/lib.rego) that a date could be mistaken for.
 */
const PLACEHOLDER_DATE = /^\s*(todo|tbd|tba|unknown|n\/?a|-+|\.\.\.|…|<[^@>]*>)\s*$/i;

export const isPlaceholderDate = (v: unknown): v is string => typeof v === "string" && PLACEHOLDER_DATE.test(v);

function check(v: Dict, problems: ProblemList): void {
  for (const [group, keys] of Object.entries(REQUIRED)) {
    const g = v[group] as Dict;
    for (const k of keys) {
      const value = g[k];
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
        problems.add([group], `missing required element ${group}.${k} (Data Provenance Standard 1.0)`);
      }
    }
  }
  const source = v["source"] as Dict;
  listOf(source["issuer"]).forEach((o, i) => {
    if (!orgName(o))
      problems.add(Array.isArray(source["issuer"]) ? ["source", "issuer", i] : ["source", "issuer"], "issuer must be an organization with a name");
  });
  const date = (v["provenance"] as Dict)["date"];
  // A placeholder is not a malformed date but an unfilled one: AIGIS-DP-002 reports it at its line.
  if (date !== undefined && !isPlaceholderDate(date) && !(typeof date === "string" && /^\d{4}(-\d\d(-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?)?)?$/.test(date))) {
    problems.add(["provenance", "date"], "provenance.date must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)");
  }
}

export function readDps(relPath: string, doc: ParsedDoc): ReadArtifact {
  const v = doc.value;
  if (!looksLikeDps(v)) throw new ArtifactError("not a Data Provenance Standard record (needs source, provenance and use)");
  const record = v as Dict;
  const source = record["source"] as Dict;
  const prov = record["provenance"] as Dict;
  const use = record["use"] as Dict;
  const version = str(source["version"]);
  if (version && !version.startsWith(SUPPORTED_MAJOR) && version !== "1") {
    const pos = doc.locate(["source", "version"]) ?? { line: 1, column: 1 };
    throw new ArtifactError(`Data Provenance Standard version ${version} is not supported; aigis reads 1.x records`, pos.line, pos.column);
  }
  const at = new SourceMapBuilder(doc);
  at.positions[""] = doc.locate(["source"]) ?? { line: 1, column: 1 };
  const problems = new ProblemList(doc);
  check(record, problems);

  const issuers = listOf(source["issuer"])
    .map(orgName)
    .filter((x): x is string => !!x);
  const origins = listOf(prov["origin"])
    .map(orgName)
    .filter((x): x is string => !!x);
  const geography = listOf(prov["origin-geography"])
    .map((g) => (isDict(g) ? joinText([str(g["country"]), str(g["state"])], "-") : str(g)))
    .filter((x): x is string => !!x);
  const originText = [...(origins.length ? origins : issuers), ...geography.map((g) => `(${g})`)].join(" ") || null;

  const methods = listOf(prov["generation-method"])
    .map(concept)
    .filter((x): x is string => !!x);
  const date = str(prov["date"]);
  const collection = methods.length ? `${methods.join(", ")}${date && !isPlaceholderDate(date) ? `; issued ${date}` : ""}` : null;

  const regulations = listOf(use["classification"]).flatMap((c) => {
    if (!isDict(c)) return str(c) ? [{ code: str(c)!, evaluated: undefined as unknown }] : [];
    const code = concept(c["regulation"]) ?? concept(c);
    return code ? [{ code, evaluated: c["evaluated"] }] : [];
  });
  const classifications = regulations.map(
    ({ code, evaluated }) => `${code}${evaluated === true ? " (evaluated)" : evaluated === false ? " (not evaluated)" : ""}`,
  );
  const privacy = pick(use, "privacy-enhancing", "privacy-indicators");
  const privacyTools = privacy
    ? listOf(privacy[1])
        .map((p) => (isDict(p) ? (concept(p["tool-category"]) ?? str(p["tool"]) ?? str(p["tool-used"])) : str(p)))
        .filter((x): x is string => !!x)
    : [];
  const licenses: LicenseRef[] = listOf(use["license"]).flatMap((l) => {
    const s = isDict(l) ? (str(l["code"]) ?? str(l["name"]) ?? str(l["url"])) : str(l);
    if (!s) return [];
    return [/^https?:/i.test(s) ? { spdx: null, name: s, url: s } : { spdx: /^[A-Za-z0-9.+-]+$/.test(s) ? s : null, name: s, url: null }];
  });
  const purposes = listOf(use["intended-purpose"])
    .map(concept)
    .filter((x): x is string => !!x);
  const sourceDatasets = listOf(prov["source"])
    .map((s) => (isDict(s) ? (str(s["url"]) ?? str(s["name"])) : str(s)))
    .filter((x): x is string => !!x);

  at.map("/name", ["source", "title"]);
  at.map("/description", ["source", "description"]);
  at.map("/supplier", ["source", "issuer"], ["source"]);
  at.map("/owners", ["source", "issuer"], ["source"]);
  at.map("/origin", ["provenance", "origin"], ["source", "issuer"], ["provenance"]);
  at.map("/collection", ["provenance", "generation-method"], ["provenance"]);
  at.map("/collection_methods", ["provenance", "generation-method"], ["provenance"]);
  at.map("/collection_date", ["provenance", "date"], ["provenance"]);
  at.map("/sensitive_data", ["use", "classification"], ["use"]);
  at.map("/classification", ["use", "classification"], ["use"]);
  at.map("/licenses", ["use", "license"], ["use"]);
  at.map("/intended_use", ["use", "intended-purpose"], ["use"]);
  at.map("/source_datasets", ["provenance", "source"], ["provenance"]);
  at.map("/anonymization", ...(privacy ? [["use", privacy[0]]] : []), ["use"]);

  const dataset = filled(blankDataset({ id: relPath, path: relPath, format: "dtadps", format_version: version }), {
    name: str(source["title"]),
    description: str(source["description"]),
    supplier: issuers[0] ?? null,
    licenses,
    origin: originText,
    collection,
    collection_methods: methods,
    collection_date: date,
    anonymization: privacyTools.join(", ") || null,
    source_datasets: sourceDatasets,
    // Protection measures qualify the personal-data statement; DPS has no field for data preparation.
    sensitive_data: classifications.length
      ? `${classifications.join(", ")}${privacyTools.length ? `; protected by ${privacyTools.join(", ")}` : ""}`
      : Array.isArray(use["classification"])
        ? "none declared (empty classification)"
        : null,
    classification: regulations.length ? regulations.map((r) => r.code).join(", ") : null,
    intended_use: purposes.length ? purposes.join(", ") : null,
    owners: issuers,
    unsupported: ["hashes", "limitations", "processing", "bias", "annotation", "maintenance", "out_of_scope_use", "contact", "distributions"],
  });
  recordProblems(dataset, at.positions, problems);
  return { artifact: dataset, raw: v, positions: at.positions };
}
