// The aigis AI system register (`ai-systems.yaml`): the organisation's AI systems with owner,
// purpose, lifecycle, risk tier and links to their documents, and the AI suppliers it assessed.
import type { ReadArtifact } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { readMeta, readSuppliers, readSystems } from "./governance-meta.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankGovernanceDoc, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { isDict, str, type Dict } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

export function readRegister(relPath: string, doc: ParsedDoc): ReadArtifact {
  const v = doc.value;
  if (!isDict(v)) throw new ArtifactError("an AI system register must be a mapping with systems (and suppliers)");
  const reg = v as Dict;
  const sm = new SourceMapBuilder(doc);
  sm.positions[""] = doc.locate(["aigis"]) ?? doc.locate(["systems"]) ?? { line: 1, column: 1 };
  const problems = new ProblemList(doc);
  if (reg["systems"] === undefined) problems.add([], "the register lists no systems");
  else if (!Array.isArray(reg["systems"])) problems.add(["systems"], "systems must be a list of AI systems");
  if (reg["suppliers"] !== undefined && !Array.isArray(reg["suppliers"])) problems.add(["suppliers"], "suppliers must be a list");
  // The register's own systems list is read by readSystems below, not as systems_covered.
  const meta = readMeta({ ...reg, systems: undefined }, [], sm, problems);
  sm.map("/systems", ["systems"]);
  sm.map("/suppliers", ["suppliers"]);
  const register = filled(filled(blankGovernanceDoc({ id: relPath, path: relPath, format: "aigis-register", format_version: null }), meta), {
    doc_kind: "system-register",
    title: str(reg["title"]) ?? (isDict(reg["aigis"]) ? str(reg["aigis"]["title"]) : null),
    systems: readSystems(reg["systems"], ["systems"], sm, problems),
    suppliers: readSuppliers(reg["suppliers"], ["suppliers"], sm, problems),
    systems_covered: [],
  });
  recordProblems(register, sm.positions, problems);
  return { artifact: register, raw: v, positions: sm.positions };
}
