// A CycloneDX machine-learning-model component with a modelCard becomes a ModelCard; a data
// component becomes a DatasetRecord. Both are located in the BOM file.
import type { DatasetDistribution, EnergyUse, ReadArtifact } from "../../../model/types.js";
import { component, entityName, externalRefsOf, findProperty, hashesOf, partiesOf, type PropertySource } from "./cyclonedx-parts.js";
import { blankDataset, blankModelCard, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { arrayOf, dictAt, isDict, joinText, str, strings, unique, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

export interface BomContext {
  relPath: string;
  doc: ParsedDoc;
  version: string;
  /** bom-ref → refs it depends on, from `dependencies`. */
  dependsOn: ReadonlyMap<string, string[]>;
  /** metadata.properties, read for a model when the BOM describes only that model (AI-BOM generators put SPDX-AI fields there). */
  bomProperties: PropertySource | null;
}

function texts(v: unknown, render: (x: unknown) => string | null = str): string | null {
  return joinText(arrayOf(v).map(render));
}

function contactOf(c: Dict): string | null {
  const supplier = isDict(c["supplier"]) ? c["supplier"] : {};
  return (
    arrayOf(supplier["contact"])
      .map((x) => (isDict(x) ? (str(x["email"]) ?? str(x["name"])) : null))
      .find(Boolean) ??
    externalRefsOf(c["externalReferences"]).find((r) => ["support", "issue-tracker", "security-contact", "rfc-9116"].includes(r.type))?.url ??
    null
  );
}

function energyOf(env: Dict): EnergyUse[] {
  return arrayOf(env["energyConsumptions"]).flatMap((e) => {
    if (!isDict(e)) return [];
    const cost = dictAt(e, "activityEnergyCost");
    const value = str(cost["value"]);
    return value ? [{ activity: str(e["activity"]) ?? "other", value, unit: str(cost["unit"]) }] : [];
  });
}

export function cdxModelCard(ctx: BomContext, c: Dict, path: Path): ReadArtifact {
  const at = new SourceMapBuilder(ctx.doc, path);
  const mc = dictAt(c, "modelCard");
  const params = dictAt(mc, "modelParameters");
  const cons = dictAt(mc, "considerations");
  const qa = dictAt(mc, "quantitativeAnalysis");
  const env = isDict(cons["environmentalConsiderations"]) ? cons["environmentalConsiderations"] : null;
  const comp = component(c, path, ctx.dependsOn);
  const sources: PropertySource[] = [
    { path: [...path, "modelCard", "properties"], value: mc["properties"] },
    { path: [...path, "properties"], value: c["properties"] },
    ...(ctx.bomProperties ? [ctx.bomProperties] : []),
  ];
  const prop = (field: string | null, ...names: string[]) => {
    const hit = findProperty(sources, ...names);
    if (hit && field) at.set(field, ctx.doc.locate(hit.path));
    return hit?.value ?? null;
  };

  const metrics = arrayOf(qa["performanceMetrics"]).flatMap((m) =>
    isDict(m) && str(m["type"]) && str(m["value"]) ? [{ type: str(m["type"])!, value: str(m["value"])! }] : [],
  );
  const datasetEntries = arrayOf(params["datasets"]).filter(isDict);
  const datasets = datasetEntries.flatMap((d) => [str(d["ref"]) ?? str(d["name"])].filter((x): x is string => !!x));
  const declaredSensitive = datasetEntries.filter((d) => Array.isArray(d["sensitiveData"]));
  const limitations = joinText([
    texts(cons["technicalLimitations"]),
    texts(cons["ethicalConsiderations"], (r) => (isDict(r) ? joinText([str(r["name"]), str(r["mitigationStrategy"])], ": ") : null)),
    texts(cons["fairnessAssessments"], (r) => (isDict(r) ? joinText([str(r["groupAtRisk"]), str(r["harms"])], ": ") : null)),
    str(mc["limitation"]),
  ]);
  const approach = str(dictAt(params, "approach")["type"]);

  at.positions[""] = at.root();
  at.map("/intended_use", ["modelCard", "considerations", "useCases"], ["modelCard", "considerations"], ["modelCard"]);
  at.map("/out_of_scope_use", ["modelCard", "properties"], ["modelCard", "considerations"], ["modelCard"]);
  at.map(
    "/limitations",
    ["modelCard", "considerations", "technicalLimitations"],
    ["modelCard", "considerations", "ethicalConsiderations"],
    ["modelCard", "considerations"],
    ["modelCard"],
  );
  at.map("/training_data", ["modelCard", "modelParameters", "datasets"], ["modelCard", "modelParameters"], ["modelCard"]);
  at.map("/datasets", ["modelCard", "modelParameters", "datasets"]);
  at.map("/evaluation", ["modelCard", "quantitativeAnalysis"], ["modelCard"]);
  at.map("/metrics", ["modelCard", "quantitativeAnalysis", "performanceMetrics"]);
  at.map("/environmental_impact", ["modelCard", "considerations", "environmentalConsiderations"], ["modelCard", "considerations"]);
  at.map("/energy", ["modelCard", "considerations", "environmentalConsiderations", "energyConsumptions"], ["modelCard", "considerations"]);
  at.map("/licenses", ["licenses"]);
  at.map("/hashes", ["hashes"]);
  at.map("/base_models", ["pedigree", "ancestors"], ["pedigree"]);
  at.map("/supplier", ["supplier"], ["manufacturer"], ["publisher"], ["authors"], ["author"], ["group"]);
  at.map("/owners", ["authors"], ["author"], ["manufacturer"], ["supplier"]);
  at.map("/contact", ["supplier", "contact"], ["externalReferences"]);
  at.map("/name", ["name"]);
  at.map("/version", ["version"]);
  at.map("/description", ["description"]);
  at.map("/task", ["modelCard", "modelParameters", "task"], ["modelCard", "modelParameters"]);
  at.map(
    "/architecture",
    ["modelCard", "modelParameters", "modelArchitecture"],
    ["modelCard", "modelParameters", "architectureFamily"],
    ["modelCard", "modelParameters"],
  );
  at.map("/training_procedure", ["modelCard", "modelParameters", "approach"], ["modelCard", "modelParameters"]);
  at.map("/sensitive_data", ["modelCard", "modelParameters", "datasets"]);

  const riskRef = comp.external_references.find((r) => r.type === "risk-assessment");
  const card = filled(blankModelCard({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "cyclonedx", format_version: ctx.version }), {
    name: comp.name,
    version: comp.version,
    supplier: comp.supplier,
    licenses: comp.licenses,
    hashes: comp.hashes,
    base_models: comp.ancestors,
    derived: comp.ancestors.length > 0 || findProperty(sources.slice(0, 2), "cdx:ai:variant") !== null,
    datasets,
    intended_use: texts(cons["useCases"]) ?? prop("/intended_use", "informationAboutApplication"),
    out_of_scope_use: prop(null, "aigis:out-of-scope-use"),
    limitations: limitations ?? prop("/limitations", "limitation"),
    training_data: datasets.length ? datasets.join(", ") : null,
    evaluation: metrics.length ? metrics.map((m) => `${m.type}=${m.value}`).join(", ") : prop("/evaluation", "metric"),
    metrics,
    environmental_impact: env ? JSON.stringify(env) : prop("/environmental_impact", "energyConsumption"),
    contact: contactOf(c),
    description: str(c["description"]),
    task: str(params["task"]) ?? prop("/task", "domain"),
    architecture: joinText([str(params["architectureFamily"]), str(params["modelArchitecture"])], " / ") ?? prop("/architecture", "typeOfModel"),
    training_procedure: joinText([
      approach ? `approach: ${approach}` : null,
      prop("/training_procedure", "informationAboutTraining"),
      prop(null, "hyperparameter"),
    ]),
    owners: partiesOf(c),
    energy: env ? energyOf(env) : [],
    risk_assessment: prop("/risk_assessment", "safetyRiskAssessment") ?? riskRef?.url ?? null,
    autonomy_type: prop("/autonomy_type", "autonomyType"),
    human_oversight: prop("/human_oversight", "aigis:human-oversight"),
    sensitive_data: declaredSensitive.length
      ? declaredSensitive.flatMap((d) => strings(d["sensitiveData"])).join(", ") || "none declared (empty sensitiveData)"
      : prop("/sensitive_data", "useSensitivePersonalInformation"),
    standards: unique(strings(prop("/standards", "standardCompliance")?.split(/\s*[,;]\s*/))),
    unsupported: ["test_datasets"],
  });
  if (riskRef && !at.positions["/risk_assessment"]) at.map("/risk_assessment", ["externalReferences"]);
  return { artifact: card, raw: c, positions: at.positions };
}

function distributionsOf(c: Dict, data: Dict[]): DatasetDistribution[] {
  const fromData = data.flatMap((d) => {
    const url = str(dictAt(d, "contents")["url"]);
    return url ? [{ name: str(d["name"]), url, hashes: [] }] : [];
  });
  const fromRefs = arrayOf(c["externalReferences"]).flatMap((r) =>
    isDict(r) && str(r["url"]) && /^distribution/.test(str(r["type"]) ?? "")
      ? [{ name: str(r["comment"]), url: str(r["url"]), hashes: hashesOf(r["hashes"]) }]
      : [],
  );
  return [...fromData, ...fromRefs];
}

export function cdxDataset(ctx: BomContext, c: Dict, path: Path): ReadArtifact {
  const at = new SourceMapBuilder(ctx.doc, path);
  const comp = component(c, path, ctx.dependsOn);
  const rawData = arrayOf(c["data"]);
  const data = rawData.filter(isDict);
  const first = data[0] ?? {};
  const firstIdx = data.length ? rawData.indexOf(first) : 0;
  const governance = dictAt(first, "governance");
  const role = (name: string) =>
    arrayOf(governance[name]).flatMap((p) => {
      if (!isDict(p)) return [];
      const who = entityName(p["organization"]) ?? entityName(p["contact"]);
      return who ? [who] : [];
    });
  const [owners, stewards, custodians] = [role("owners"), role("stewards"), role("custodians")];
  // An explicit empty sensitiveData list says "none"; an absent one says nothing.
  const sensitiveDeclared = data.find((d) => Array.isArray(d["sensitiveData"]));
  const sensitive = sensitiveDeclared ? strings(sensitiveDeclared["sensitiveData"]).join(", ") || "none declared (empty sensitiveData)" : null;
  const classified = data.find((d) => str(d["classification"]));
  const sources: PropertySource[] = [{ path: [...path, "properties"], value: c["properties"] }];
  const prop = (field: string, name: string) => {
    const hit = findProperty(sources, name);
    if (hit) at.set(field, ctx.doc.locate(hit.path));
    return hit?.value ?? null;
  };

  at.positions[""] = at.root();
  at.map("/licenses", ["licenses"]);
  at.map("/hashes", ["hashes"]);
  at.map("/origin", ["supplier"], ["manufacturer"], ["publisher"], ["authors"], ["author"], ["group"]);
  at.map("/supplier", ["supplier"], ["manufacturer"], ["publisher"], ["authors"], ["author"], ["group"]);
  at.map("/sensitive_data", ["data", rawData.indexOf(sensitiveDeclared ?? first), "sensitiveData"], ["data", firstIdx], ["data"]);
  at.map("/owners", ["data", firstIdx, "governance", "owners"], ["data", firstIdx, "governance"], ["data", firstIdx]);
  at.map("/stewards", ["data", firstIdx, "governance", "stewards"], ["data", firstIdx, "governance"], ["data", firstIdx]);
  at.map("/custodians", ["data", firstIdx, "governance", "custodians"], ["data", firstIdx, "governance"], ["data", firstIdx]);
  at.map("/classification", ["data", rawData.indexOf(classified ?? first), "classification"], ["data", firstIdx], ["data"]);
  at.map("/collection", ["data", firstIdx, "description"], ["data", firstIdx]);
  at.map("/description", ["description"], ["data", firstIdx, "description"]);
  at.map("/distributions", ["data", firstIdx, "contents"], ["externalReferences"]);
  at.map("/name", ["name"]);
  at.map("/version", ["version"]);
  at.map("/contact", ["supplier", "contact"]);
  const knownBias = prop("/limitations", "aigis:known-bias");
  if (knownBias) at.set("/bias", at.positions["/limitations"]);
  const record = filled(blankDataset({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "cyclonedx", format_version: ctx.version }), {
    name: comp.name,
    version: comp.version,
    supplier: comp.supplier,
    licenses: comp.licenses,
    hashes: comp.hashes,
    origin: comp.supplier,
    collection: str(first["description"]) ?? str(c["description"]),
    source_datasets: comp.ancestors,
    sensitive_data: sensitive,
    intended_use: prop("/intended_use", "aigis:intended-use"),
    limitations: knownBias,
    bias: knownBias,
    owners: unique([...owners, ...stewards, ...custodians]),
    stewards,
    custodians,
    classification: joinText(
      data.map((d) => str(d["classification"])),
      ", ",
    ),
    description: str(c["description"]) ?? str(first["description"]),
    contact: contactOf(c),
    distributions: distributionsOf(c, data),
    unsupported: ["intended_use", "processing", "annotation", "anonymization", "maintenance", "collection_methods", "out_of_scope_use"],
  });
  return { artifact: record, raw: c, positions: at.positions };
}
