// CycloneDX 1.4–1.7 JSON: the BOM becomes an AiSbom; each machine-learning-model component with a
// modelCard becomes a ModelCard and each data component a DatasetRecord, all located in the file.
// The document is validated against the official schema of its specVersion; violations and
// dangling references become the AiSbom's problems.
import { inlineWaiversFromProperties, withInlineWaivers } from "../../../parse/waiver-syntax.js";
import type { InlineWaiver, ReadArtifact, SbomComponent, SbomRelationship, SbomService } from "../../../model/types.js";
import { cdxDataset, cdxModelCard, type BomContext } from "./cyclonedx-cards.js";
import { component, entityName, externalRefsOf, propertiesOf, ptr, service, supplierOf, walk } from "./cyclonedx-parts.js";
import { validateCycloneDx } from "./cyclonedx-schema.js";
import { ArtifactError } from "../../../parse/errors.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankSbom, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { arrayOf, dictAt, isDict, str, strings, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

// 1.4 has no machine-learning-model or data component type: such a BOM is read (and validated) as a
// software SBOM, which the AI rules leave alone unless a service in it is a hosted AI API.
export const CYCLONEDX_VERSIONS = ["1.4", "1.5", "1.6", "1.7"];

const AI_TYPES = new Set(["machine-learning-model", "data"]);

function relationshipsOf(bom: Dict): SbomRelationship[] {
  return arrayOf(bom["dependencies"]).flatMap((d) => {
    if (!isDict(d) || !str(d["ref"])) return [];
    const from = str(d["ref"])!;
    return (["dependsOn", "provides"] as const).flatMap((type) => (strings(d[type]).length ? [{ from, type, to: strings(d[type]) }] : []));
  });
}

/** bom-refs must be unique, and dependencies and dataset refs must name something in the BOM. */
function checkReferences(bom: Dict, problems: ProblemList): void {
  const refs = new Map<string, Path>();
  const note = (item: Dict, path: Path) => {
    const ref = str(item["bom-ref"]);
    if (!ref) return;
    if (refs.has(ref)) problems.add([...path, "bom-ref"], `bom-ref "${ref}" is used more than once`);
    else refs.set(ref, path);
  };
  const meta = dictAt(bom, "metadata");
  if (isDict(meta["component"])) note(meta["component"], ["metadata", "component"]);
  walk(bom["components"], "components", ["components"], note);
  walk(bom["services"], "services", ["services"], note);
  const known = (ref: string) => refs.has(ref) || ref.startsWith("urn:cdx:");
  arrayOf(bom["dependencies"]).forEach((d, i) => {
    if (!isDict(d)) return;
    const ref = str(d["ref"]);
    if (ref && !known(ref)) problems.add(["dependencies", i, "ref"], `dependency ref "${ref}" names no component or service in this BOM`);
    arrayOf(d["dependsOn"]).forEach((to, j) => {
      if (str(to) && !known(str(to)!)) problems.add(["dependencies", i, "dependsOn", j], `dependsOn "${str(to)}" names no component or service in this BOM`);
    });
  });
  walk(bom["components"], "components", ["components"], (c, path) => {
    arrayOf(dictAt(dictAt(c, "modelCard"), "modelParameters")["datasets"]).forEach((d, j) => {
      const ref = isDict(d) ? str(d["ref"]) : null;
      if (ref && !known(ref))
        problems.add([...path, "modelCard", "modelParameters", "datasets", j, "ref"], `dataset ref "${ref}" names no data component in this BOM`);
    });
  });
}

/** `aigis:waive` properties: on the BOM and its metadata (whole file), on components and services (that item). */
function bomWaivers(doc: ParsedDoc, bom: Dict): InlineWaiver[] {
  const meta = dictAt(bom, "metadata");
  const out = [
    ...inlineWaiversFromProperties(doc, ["metadata", "properties"], meta["properties"], null),
    ...inlineWaiversFromProperties(doc, ["properties"], bom["properties"], null),
  ];
  if (isDict(meta["component"]))
    out.push(...inlineWaiversFromProperties(doc, ["metadata", "component", "properties"], meta["component"]["properties"], ptr(["metadata", "component"])));
  for (const key of ["components", "services"]) {
    walk(bom[key], key, [key], (item, path) => out.push(...inlineWaiversFromProperties(doc, [...path, "properties"], item["properties"], ptr(path))));
  }
  return out;
}

export function readCycloneDx(relPath: string, doc: ParsedDoc): ReadArtifact[] {
  const bom = doc.value;
  if (!isDict(bom) || bom["bomFormat"] !== "CycloneDX") throw new ArtifactError('not a CycloneDX BOM (bomFormat is not "CycloneDX")');
  const version = str(bom["specVersion"]);
  if (!version || !CYCLONEDX_VERSIONS.includes(version)) {
    const pos = doc.locate(["specVersion"]) ?? { line: 1, column: 1 };
    throw new ArtifactError(
      `CycloneDX specVersion ${version ?? "(missing)"} is not supported; aigis reads 1.4 (software SBOMs) and 1.5, 1.6 or 1.7 (AI components)`,
      pos.line,
      pos.column,
    );
  }
  const problems = new ProblemList(doc);
  for (const v of validateCycloneDx(bom, version)) problems.add(v.path, v.reason);
  checkReferences(bom, problems);

  const relationships = relationshipsOf(bom);
  const dependsOn = new Map(relationships.filter((r) => r.type === "dependsOn").map((r) => [r.from, r.to]));
  const meta = dictAt(bom, "metadata");
  const metaComponent = isDict(meta["component"]) ? meta["component"] : null;

  // Where the AI components are: components[] (nested too) and, for AI-BOM generators that
  // describe one model, metadata.component when components[] does not repeat it.
  const found: { c: Dict; path: Path }[] = [];
  walk(bom["components"], "components", ["components"], (c, path) => {
    if (AI_TYPES.has(str(c["type"]) ?? "")) found.push({ c, path });
  });
  if (metaComponent && AI_TYPES.has(str(metaComponent["type"]) ?? "")) {
    const ref = str(metaComponent["bom-ref"]);
    const repeated = found.some(({ c }) => (ref ? str(c["bom-ref"]) === ref : str(c["name"]) === str(metaComponent["name"])));
    if (!repeated) found.unshift({ c: metaComponent, path: ["metadata", "component"] });
  }
  const models = found.filter(({ c }) => str(c["type"]) === "machine-learning-model");
  const ctx: BomContext = {
    relPath,
    doc,
    version,
    dependsOn,
    bomProperties: models.length === 1 ? { path: ["metadata", "properties"], value: meta["properties"] } : null,
  };

  const at = new SourceMapBuilder(doc);
  at.positions[""] = { line: 1, column: 1 };
  const out: ReadArtifact[] = [];
  const components: SbomComponent[] = [];
  for (const { c, path } of found) {
    components.push(component(c, path, dependsOn));
    at.map(ptr(path), path);
    for (const f of ["hashes", "version", "licenses", "supplier"]) at.map(ptr([...path, f]), [...path, f], path);
    if (str(c["type"]) === "machine-learning-model" && isDict(c["modelCard"])) out.push(cdxModelCard(ctx, c, path));
    if (str(c["type"]) === "data") out.push(cdxDataset(ctx, c, path));
  }
  const services: SbomService[] = [];
  walk(bom["services"], "services", ["services"], (s, path) => {
    services.push(service(s, path));
    at.map(ptr(path), path);
    at.map(ptr([...path, "provider"]), [...path, "provider"], path);
    at.map(ptr([...path, "data_flows"]), [...path, "data"], path);
    arrayOf(s["endpoints"]).forEach((_, j) => at.map(ptr([...path, "endpoints", j]), [...path, "endpoints", j]));
  });
  at.map("/supplier", ["metadata", "supplier"], ["metadata", "manufacturer"], ["metadata", "authors"], ["metadata"]);
  at.map("/relationships", ["dependencies"]);
  at.map("/timestamp", ["metadata", "timestamp"], ["metadata"]);
  at.map("/name", ["metadata", "component", "name"], ["metadata"]);

  const sbom = filled(blankSbom({ id: relPath, path: relPath, format: "cyclonedx", format_version: version, spec: "cyclonedx" }), {
    name: metaComponent ? str(metaComponent["name"]) : null,
    timestamp: str(meta["timestamp"]),
    components,
    services,
    supplier:
      entityName(meta["supplier"]) ??
      entityName(meta["manufacturer"]) ??
      entityName(meta["manufacture"]) ??
      arrayOf(meta["authors"])
        .map(entityName)
        .find((x) => x) ??
      (metaComponent ? supplierOf(metaComponent) : null),
    relationships,
    external_references: [...externalRefsOf(bom["externalReferences"]), ...(metaComponent ? externalRefsOf(metaComponent["externalReferences"]) : [])],
    properties: [...propertiesOf(meta["properties"]), ...propertiesOf(bom["properties"])],
  });
  recordProblems(sbom, at.positions, problems);
  return [withInlineWaivers({ artifact: sbom, raw: bom, positions: at.positions }, bomWaivers(doc, bom)), ...out];
}
