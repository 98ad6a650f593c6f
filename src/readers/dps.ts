// Data & Trust Alliance Data Provenance Standard 1.0 records (JSON or YAML): { source, provenance, use }.
// Both the specification's element names and the metadata generator's variants are accepted
// (privacy-enhancing / privacy-indicators, storage-forbidden / storage-prohibited, scalar or list
// provenance.source and origin).
import type { DatasetRecord, LicenseRef, ReadArtifact, SourceMap } from "../model/types.js";
import { ArtifactError } from "./errors.js";
import type { ParsedDoc } from "./yaml-doc.js";

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null);

/** A document is a DPS record when it has the three groups (spec or generator spelling). */
export function looksLikeDps(v: unknown): boolean {
  return isDict(v) && isDict(v["source"]) && isDict(v["provenance"]) && isDict(v["use"]);
}

function orgName(v: unknown): string | null {
  return isDict(v) ? str(v["name"]) : str(v);
}

function concept(v: unknown): string | null {
  return isDict(v) ? str(v["code"]) ?? str(v["description"]) ?? str(v["display"]) : str(v);
}

function pick(d: Dict, ...keys: string[]): [string, unknown] | null {
  for (const k of keys) if (d[k] !== undefined) return [k, d[k]];
  return null;
}

export function readDps(relPath: string, doc: ParsedDoc): ReadArtifact {
  const v = doc.value;
  if (!looksLikeDps(v)) throw new ArtifactError("not a Data Provenance Standard record (needs source, provenance and use)");
  const source = (v as Dict)["source"] as Dict;
  const prov = (v as Dict)["provenance"] as Dict;
  const use = (v as Dict)["use"] as Dict;
  const positions: SourceMap = { "": doc.locate(["source"]) ?? { line: 1, column: 1 } };
  const map = (field: string, ...paths: (string | number)[][]) => {
    for (const p of paths) {
      const pos = doc.locate(p);
      if (pos) {
        positions[field] = pos;
        return;
      }
    }
  };

  const issuers = list(source["issuer"]).map(orgName).filter((x): x is string => !!x);
  const origins = list(prov["origin"]).map(orgName).filter((x): x is string => !!x);
  const geography = list(prov["origin-geography"])
    .map((g) => (isDict(g) ? [str(g["country"]), str(g["state"])].filter(Boolean).join("-") : str(g)))
    .filter((x): x is string => !!x);
  const originText = [...(origins.length ? origins : issuers), ...geography.map((g) => `(${g})`)].join(" ") || null;

  const methods = list(prov["generation-method"]).map(concept).filter((x): x is string => !!x);
  const date = str(prov["date"]);
  const collection = methods.length ? `${methods.join(", ")}${date ? `; issued ${date}` : ""}` : null;

  const classifications = list(use["classification"]).flatMap((c) => {
    if (!isDict(c)) return str(c) ? [str(c)!] : [];
    const reg = concept(c["regulation"]) ?? concept(c);
    const evaluated = c["evaluated"];
    return reg ? [`${reg}${evaluated === true ? " (evaluated)" : evaluated === false ? " (not evaluated)" : ""}`] : [];
  });
  const privacy = pick(use, "privacy-enhancing", "privacy-indicators");
  // DPS records protection measures (privacy-enhancing technologies), not data preparation; they
  // belong to the statement about personal data.
  const measures = privacy
    ? list(privacy[1]).map((p) => (isDict(p) ? concept(p["tool-category"]) ?? str(p["tool"]) ?? str(p["tool-used"]) : str(p))).filter((x): x is string => !!x)
    : [];
  const licenses: LicenseRef[] = list(use["license"]).flatMap((l) => {
    const s = isDict(l) ? str(l["code"]) ?? str(l["name"]) ?? str(l["url"]) : str(l);
    if (!s) return [];
    return [/^https?:/i.test(s) ? { spdx: null, name: s, url: s } : { spdx: /^[A-Za-z0-9.+-]+$/.test(s) ? s : null, name: s, url: null }];
  });
  const purposes = list(use["intended-purpose"]).map(concept).filter((x): x is string => !!x);
  const sourceDatasets = list(prov["source"]).map((s) => (isDict(s) ? str(s["url"]) ?? str(s["name"]) : str(s))).filter((x): x is string => !!x);

  map("/name", ["source", "title"]);
  map("/supplier", ["source", "issuer"], ["source"]);
  map("/origin", ["provenance", "origin"], ["source", "issuer"], ["provenance"]);
  map("/collection", ["provenance", "generation-method"], ["provenance"]);
  map("/sensitive_data", ["use", "classification"], ["use"]);
  map("/licenses", ["use", "license"], ["use"]);
  map("/intended_use", ["use", "intended-purpose"], ["use"]);
  map("/source_datasets", ["provenance", "source"], ["provenance"]);

  const record: DatasetRecord = {
    id: relPath,
    path: relPath,
    kind: "dataset",
    format: "dtadps",
    format_version: str(source["version"]),
    name: str(source["title"]),
    version: null,
    supplier: issuers[0] ?? null,
    licenses,
    hashes: [],
    origin: originText,
    collection,
    processing: null,
    source_datasets: sourceDatasets,
    sensitive_data: classifications.length
      ? `${classifications.join(", ")}${measures.length ? `; protected by ${measures.join(", ")}` : ""}`
      : null,
    intended_use: purposes.length ? purposes.join(", ") : null,
    limitations: null,
    owners: issuers,
    unsupported: ["hashes", "limitations", "processing"],
  };

  return { artifact: record, raw: v, positions };
}
