// SPDX 3.0.1 JSON-LD (`@context` + `@graph`): the document becomes an AiSbom (spec "spdx") whose
// components are its AI and dataset packages; each ai_AIPackage also becomes a ModelCard and each
// dataset_DatasetPackage a DatasetRecord. Relationships give licences (hasDeclaredLicense,
// hasConcludedLicense), training and test data (trainedOn, testedOn) and lineage (descendantOf,
// ancestorOf). Structural problems are checked per graph node (spdx3-checks.ts).
import type { DatasetDistribution, EnergyUse, ReadArtifact, SbomComponent } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { pointerJoin } from "../../../parse/positions.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankDataset, blankModelCard, blankSbom, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { checkGraph } from "./spdx3-checks.js";
import { hashesOf, SpdxGraph, type GraphNode } from "./spdx3-graph.js";
import { arrayOf, dictAt, isDict, joinText, listOf, str, strings, unique, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

export const SPDX_VERSIONS = ["3.0.0", "3.0.1"];
const CONTEXT_VERSION = /spdx\.org\/rdf\/(\d+\.\d+(?:\.\d+)?)\//;

/** An SPDX 3 JSON-LD document: a @graph with an SPDX context or SPDX-shaped nodes. */
export function looksLikeSpdx3(v: unknown): boolean {
  if (!isDict(v) || !Array.isArray(v["@graph"])) return false;
  if (listOf(v["@context"]).some((c) => typeof c === "string" && CONTEXT_VERSION.test(c))) return true;
  return v["@graph"].some((n) => isDict(n) && (n["spdxId"] !== undefined || ["CreationInfo", "SpdxDocument"].includes(String(n["type"] ?? n["@type"]))));
}

/** The spec version from CreationInfo (in the graph or inline), else from the context URL. */
function versionOf(v: Dict, graph: SpdxGraph, doc: ParsedDoc): string {
  const infos = [
    ...graph.ofType("CreationInfo").map((g) => ({ node: g.node, path: ["@graph", g.index] as Path })),
    ...graph.nodes.flatMap((g) =>
      isDict(g.node["creationInfo"]) ? [{ node: g.node["creationInfo"] as Dict, path: ["@graph", g.index, "creationInfo"] as Path }] : [],
    ),
  ];
  const declared = infos.find((i) => str(i.node["specVersion"]));
  const fromContext = listOf(v["@context"])
    .map((c) => (typeof c === "string" ? CONTEXT_VERSION.exec(c)?.[1] : undefined))
    .find(Boolean);
  const version = str(declared?.node["specVersion"]) ?? fromContext ?? null;
  if (!version) throw new ArtifactError("SPDX 3 document without a specVersion (CreationInfo) or a versioned @context");
  if (!SPDX_VERSIONS.includes(version)) {
    const pos = (declared ? doc.locate([...declared.path, "specVersion"]) : doc.locate(["@context"])) ?? { line: 1, column: 1 };
    throw new ArtifactError(`SPDX ${version} is not supported; aigis reads SPDX 3.0.1 JSON-LD`, pos.line, pos.column);
  }
  return version;
}

interface SpdxContext {
  relPath: string;
  doc: ParsedDoc;
  version: string;
  graph: SpdxGraph;
}

const at = (g: GraphNode): Path => ["@graph", g.index];
const labelOf = (ctx: SpdxContext, ids: string[]) => unique(ids.map((id) => ctx.graph.label(id)));

/** Where a relationship-derived field is located: the first relationship node, else the package. */
function mapRelationship(ctx: SpdxContext, sm: SourceMapBuilder, field: string, g: GraphNode, type: string): void {
  const r = ctx.graph.linked(g.id, type)[0];
  sm.set(field, r ? ctx.doc.locate(at(r.at)) : sm.root());
}

function component(ctx: SpdxContext, g: GraphNode): SbomComponent {
  const n = g.node;
  const refs = [
    ...(str(n["software_downloadLocation"]) ? [{ type: "distribution", url: str(n["software_downloadLocation"])! }] : []),
    ...(str(n["software_homePage"]) ? [{ type: "website", url: str(n["software_homePage"])! }] : []),
    ...arrayOf(n["externalRef"]).flatMap((r) => (isDict(r) ? strings(r["locator"]).map((url) => ({ type: str(r["externalRefType"]) ?? "other", url })) : [])),
    ...ctx.graph.linked(g.id, "hasDocumentation").flatMap((r) => r.to.map((url) => ({ type: "documentation", url }))),
  ];
  return {
    pointer: pointerJoin("", ...at(g)),
    ref: g.id,
    type: g.type === "dataset_DatasetPackage" || str(n["software_primaryPurpose"]) === "data" ? "data" : "machine-learning-model",
    name: str(n["name"]),
    version: str(n["software_packageVersion"]),
    supplier: ctx.graph.agentNames(n["suppliedBy"])[0] ?? null,
    purl: str(n["software_packageUrl"]),
    licenses: ctx.graph.licensesOf(g.id),
    hashes: hashesOf(n["verifiedUsing"]),
    external_references: refs,
    // The package itself carries the model-card fields.
    has_model_card: g.type === "ai_AIPackage",
    ancestors: ctx.graph.lineageOf(g.id),
    properties: [],
    depends_on: ctx.graph.linked(g.id, "dependsOn").flatMap((r) => r.to),
  };
}

function energyOf(n: Dict): EnergyUse[] {
  const e = dictAt(n, "ai_energyConsumption");
  return (["training", "finetuning", "inference"] as const).flatMap((activity) =>
    arrayOf(e[`ai_${activity}EnergyConsumption`]).flatMap((d) =>
      isDict(d) && str(d["ai_energyQuantity"])
        ? [{ activity: activity === "finetuning" ? "fine-tuning" : activity, value: str(d["ai_energyQuantity"])!, unit: str(d["ai_energyUnit"]) }]
        : [],
    ),
  );
}

const entries = (v: unknown) => arrayOf(v).flatMap((d) => (isDict(d) && str(d["key"]) ? [{ type: str(d["key"])!, value: str(d["value"]) ?? "" }] : []));

function modelCard(ctx: SpdxContext, g: GraphNode, comp: SbomComponent): ReadArtifact {
  const n = g.node;
  const sm = new SourceMapBuilder(ctx.doc, at(g));
  sm.positions[""] = sm.root();
  const trained = labelOf(
    ctx,
    ctx.graph.linked(g.id, "trainedOn").flatMap((r) => r.to),
  );
  const tested = labelOf(
    ctx,
    ctx.graph.linked(g.id, "testedOn").flatMap((r) => r.to),
  );
  const metrics = entries(n["ai_metric"]);
  const energy = energyOf(n);
  for (const [field, key] of [
    ["/name", "name"],
    ["/version", "software_packageVersion"],
    ["/supplier", "suppliedBy"],
    ["/hashes", "verifiedUsing"],
    ["/intended_use", "ai_informationAboutApplication"],
    ["/limitations", "ai_limitation"],
    ["/training_procedure", "ai_informationAboutTraining"],
    ["/evaluation", "ai_metric"],
    ["/metrics", "ai_metric"],
    ["/environmental_impact", "ai_energyConsumption"],
    ["/energy", "ai_energyConsumption"],
    ["/risk_assessment", "ai_safetyRiskAssessment"],
    ["/autonomy_type", "ai_autonomyType"],
    ["/sensitive_data", "ai_useSensitivePersonalInformation"],
    ["/standards", "ai_standardCompliance"],
    ["/task", "ai_domain"],
    ["/architecture", "ai_typeOfModel"],
    ["/description", "description"],
    ["/owners", "originatedBy"],
    ["/contact", "suppliedBy"],
  ] as const) {
    sm.map(field, [key]);
  }
  mapRelationship(ctx, sm, "/licenses", g, "hasDeclaredLicense");
  mapRelationship(ctx, sm, "/datasets", g, "trainedOn");
  mapRelationship(ctx, sm, "/training_data", g, "trainedOn");
  mapRelationship(ctx, sm, "/test_datasets", g, "testedOn");
  mapRelationship(ctx, sm, "/base_models", g, ctx.graph.linked(g.id, "descendantOf").length ? "descendantOf" : "ancestorOf");
  const card = filled(blankModelCard({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "spdx", format_version: ctx.version }), {
    name: comp.name,
    version: comp.version,
    supplier: comp.supplier,
    licenses: comp.licenses,
    hashes: comp.hashes,
    base_models: comp.ancestors,
    derived: comp.ancestors.length > 0,
    datasets: trained,
    training_data: trained.length ? trained.join(", ") : null,
    test_datasets: tested,
    intended_use: str(n["ai_informationAboutApplication"]),
    limitations: str(n["ai_limitation"]),
    training_procedure: joinText([
      str(n["ai_informationAboutTraining"]),
      ...entries(n["ai_hyperparameter"]).map((h) => `${h.type}=${h.value}`),
      ...strings(n["ai_modelDataPreprocessing"]),
    ]),
    metrics,
    evaluation: metrics.length ? metrics.map((m) => `${m.type}=${m.value}`).join(", ") : null,
    energy,
    environmental_impact: energy.length ? energy.map((e) => `${e.activity}: ${e.value} ${e.unit ?? ""}`.trim()).join(", ") : null,
    contact: ctx.graph.agentContact(n["suppliedBy"]),
    description: str(n["description"]) ?? str(n["summary"]),
    task: joinText(strings(n["ai_domain"]), ", "),
    architecture: joinText(strings(n["ai_typeOfModel"]), ", "),
    owners: ctx.graph.agentNames(n["originatedBy"]),
    risk_assessment: str(n["ai_safetyRiskAssessment"]),
    autonomy_type: str(n["ai_autonomyType"]),
    sensitive_data: str(n["ai_useSensitivePersonalInformation"]),
    standards: strings(n["ai_standardCompliance"]),
    unsupported: ["out_of_scope_use", "human_oversight"],
  });
  return { artifact: card, raw: n, positions: sm.positions };
}

function dataset(ctx: SpdxContext, g: GraphNode, comp: SbomComponent): ReadArtifact {
  const n = g.node;
  const sm = new SourceMapBuilder(ctx.doc, at(g));
  sm.positions[""] = sm.root();
  for (const [field, key] of [
    ["/name", "name"],
    ["/version", "software_packageVersion"],
    ["/supplier", "suppliedBy"],
    ["/hashes", "verifiedUsing"],
    ["/origin", "originatedBy"],
    ["/owners", "originatedBy"],
    ["/collection", "dataset_dataCollectionProcess"],
    ["/processing", "dataset_dataPreprocessing"],
    ["/sensitive_data", "dataset_hasSensitivePersonalInformation"],
    ["/intended_use", "dataset_intendedUse"],
    ["/limitations", "dataset_knownBias"],
    ["/bias", "dataset_knownBias"],
    ["/classification", "dataset_confidentialityLevel"],
    ["/anonymization", "dataset_anonymizationMethodUsed"],
    ["/maintenance", "dataset_datasetUpdateMechanism"],
    ["/distributions", "software_downloadLocation"],
    ["/description", "description"],
    ["/collection_methods", "dataset_datasetAvailability"],
    ["/contact", "originatedBy"],
  ] as const) {
    sm.map(field, [key]);
  }
  if (!sm.positions["/limitations"]) sm.map("/limitations", ["dataset_datasetNoise"]);
  mapRelationship(ctx, sm, "/licenses", g, "hasDeclaredLicense");
  mapRelationship(ctx, sm, "/source_datasets", g, ctx.graph.linked(g.id, "descendantOf").length ? "descendantOf" : "ancestorOf");
  const origin = ctx.graph.agentNames(n["originatedBy"]);
  const download = str(n["software_downloadLocation"]);
  const distributions: DatasetDistribution[] = download ? [{ name: comp.name, url: download, hashes: comp.hashes }] : [];
  const availability = str(n["dataset_datasetAvailability"]);
  const record = filled(blankDataset({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "spdx", format_version: ctx.version }), {
    name: comp.name,
    version: comp.version,
    supplier: comp.supplier ?? origin[0] ?? null,
    licenses: comp.licenses,
    hashes: comp.hashes,
    origin: origin.length ? origin.join(", ") : comp.supplier,
    owners: origin,
    contact: ctx.graph.agentContact(n["originatedBy"]) ?? ctx.graph.agentContact(n["suppliedBy"]),
    collection: str(n["dataset_dataCollectionProcess"]),
    // SPDX says how the dataset is made available; a scraping script is how it was collected too.
    collection_methods: availability ? [availability] : [],
    processing: joinText(strings(n["dataset_dataPreprocessing"])),
    source_datasets: comp.ancestors,
    sensitive_data: str(n["dataset_hasSensitivePersonalInformation"]),
    anonymization: joinText(strings(n["dataset_anonymizationMethodUsed"]), ", "),
    intended_use: str(n["dataset_intendedUse"]),
    bias: joinText(strings(n["dataset_knownBias"])),
    limitations: joinText([...strings(n["dataset_knownBias"]), str(n["dataset_datasetNoise"])]),
    classification: str(n["dataset_confidentialityLevel"]),
    maintenance: str(n["dataset_datasetUpdateMechanism"]),
    description: str(n["description"]) ?? str(n["summary"]),
    distributions,
    unsupported: ["annotation", "out_of_scope_use", "stewards", "custodians"],
  });
  return { artifact: record, raw: n, positions: sm.positions };
}

export function readSpdx3(relPath: string, doc: ParsedDoc): ReadArtifact[] {
  const v = doc.value;
  if (!looksLikeSpdx3(v)) throw new ArtifactError("not an SPDX 3 JSON-LD document (needs @context and @graph)");
  const graph = new SpdxGraph((v as Dict)["@graph"]);
  const version = versionOf(v as Dict, graph, doc);
  const ctx: SpdxContext = { relPath, doc, version, graph };
  const problems = new ProblemList(doc);
  checkGraph(graph, problems);

  const sm = new SourceMapBuilder(doc);
  sm.positions[""] = doc.locate(["@graph"]) ?? { line: 1, column: 1 };
  const out: ReadArtifact[] = [];
  const components: SbomComponent[] = [];
  for (const g of graph.nodes) {
    const isModel = g.type === "ai_AIPackage" || (g.type === "software_Package" && str(g.node["software_primaryPurpose"]) === "model");
    const isData = g.type === "dataset_DatasetPackage" || (g.type === "software_Package" && str(g.node["software_primaryPurpose"]) === "data");
    if (!isModel && !isData) continue;
    const comp = component(ctx, g);
    components.push(comp);
    sm.map(comp.pointer, at(g));
    for (const [field, key] of [
      ["hashes", "verifiedUsing"],
      ["version", "software_packageVersion"],
      ["supplier", "suppliedBy"],
    ] as const)
      sm.map(`${comp.pointer}/${field}`, [...at(g), key], at(g));
    const decl = graph.linked(g.id, "hasDeclaredLicense")[0];
    sm.set(`${comp.pointer}/licenses`, decl ? doc.locate(at(decl.at)) : doc.locate(at(g)));
    if (g.type === "ai_AIPackage") out.push(modelCard(ctx, g, comp));
    if (g.type === "dataset_DatasetPackage") out.push(dataset(ctx, g, comp));
  }
  const spdxDoc = graph.ofType("SpdxDocument")[0];
  const info = graph.ofType("CreationInfo")[0]?.node ?? (spdxDoc && isDict(spdxDoc.node["creationInfo"]) ? (spdxDoc.node["creationInfo"] as Dict) : undefined);
  if (spdxDoc) sm.map("/name", [...at(spdxDoc), "name"], at(spdxDoc));
  const infoNode = graph.ofType("CreationInfo")[0];
  if (infoNode) {
    sm.map("/timestamp", [...at(infoNode), "created"], at(infoNode));
    sm.map("/supplier", [...at(infoNode), "createdBy"], at(infoNode));
  }
  sm.map("/relationships", ...graph.ofType("Relationship").slice(0, 1).map(at));
  const sbom = filled(blankSbom({ id: relPath, path: relPath, format: "spdx", format_version: version, spec: "spdx" }), {
    name: spdxDoc ? str(spdxDoc.node["name"]) : null,
    timestamp: info ? str(info["created"]) : null,
    supplier: info ? (graph.agentNames(info["createdBy"])[0] ?? null) : null,
    components,
    relationships: graph.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to })),
    external_references: spdxDoc
      ? arrayOf(spdxDoc.node["externalRef"]).flatMap((r) =>
          isDict(r) ? strings(r["locator"]).map((url) => ({ type: str(r["externalRefType"]) ?? "other", url })) : [],
        )
      : [],
    // SPDX 3.0.1 has no class for hosted services.
    unsupported: ["services"],
  });
  recordProblems(sbom, sm.positions, problems);
  return [{ artifact: sbom, raw: v, positions: sm.positions }, ...out];
}
