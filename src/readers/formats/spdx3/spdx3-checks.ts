// Structural requirements of SPDX 3.0.1 checked per @graph node: what the JSON schema requires
// (class by class) plus the SHACL-only minimums and profile rules of the AI and Dataset profiles
// (required supplier, versions, dates; exactly one declared and one concluded licence), and that
// every referenced element exists.
import type { ProblemList } from "../../../parse/problems.js";
import { SPDX_TERMS, type GraphNode, type SpdxGraph } from "./spdx3-graph.js";
import { arrayOf, isDict, str, type Dict } from "../../../parse/values.js";

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const PRESENCE = ["yes", "no", "noAssertion"];
const ENUMS: Record<string, string[]> = {
  ai_autonomyType: PRESENCE,
  ai_useSensitivePersonalInformation: PRESENCE,
  dataset_hasSensitivePersonalInformation: PRESENCE,
  ai_safetyRiskAssessment: ["serious", "high", "medium", "low"],
  dataset_confidentialityLevel: ["red", "amber", "green", "clear"],
  dataset_datasetAvailability: ["clickthrough", "directDownload", "query", "registration", "scrapingScript"],
  software_primaryPurpose: [
    "application",
    "archive",
    "bom",
    "configuration",
    "container",
    "data",
    "device",
    "deviceDriver",
    "diskImage",
    "documentation",
    "evidence",
    "executable",
    "file",
    "filesystemImage",
    "firmware",
    "framework",
    "install",
    "library",
    "manifest",
    "model",
    "module",
    "operatingSystem",
    "other",
    "patch",
    "platform",
    "requirement",
    "source",
    "specification",
    "test",
  ],
};
const DATASET_TYPES = [
  "audio",
  "categorical",
  "graph",
  "image",
  "noAssertion",
  "numeric",
  "other",
  "sensor",
  "structured",
  "syntactic",
  "text",
  "timeseries",
  "timestamp",
  "video",
];
const HASH_ALGORITHMS = [
  "adler32",
  "blake2b256",
  "blake2b384",
  "blake2b512",
  "blake3",
  "crystalsDilithium",
  "crystalsKyber",
  "falcon",
  "md2",
  "md4",
  "md5",
  "md6",
  "other",
  "sha1",
  "sha224",
  "sha256",
  "sha384",
  "sha3_224",
  "sha3_256",
  "sha3_384",
  "sha3_512",
  "sha512",
];
export const RELATIONSHIP_TYPES = [
  "affects",
  "amendedBy",
  "ancestorOf",
  "availableFrom",
  "configures",
  "contains",
  "coordinatedBy",
  "copiedTo",
  "delegatedTo",
  "dependsOn",
  "descendantOf",
  "describes",
  "doesNotAffect",
  "expandsTo",
  "exploitCreatedBy",
  "fixedBy",
  "fixedIn",
  "foundBy",
  "generates",
  "hasAddedFile",
  "hasAssessmentFor",
  "hasAssociatedVulnerability",
  "hasConcludedLicense",
  "hasDataFile",
  "hasDeclaredLicense",
  "hasDeletedFile",
  "hasDependencyManifest",
  "hasDistributionArtifact",
  "hasDocumentation",
  "hasDynamicLink",
  "hasEvidence",
  "hasExample",
  "hasHost",
  "hasInput",
  "hasMetadata",
  "hasOptionalComponent",
  "hasOptionalDependency",
  "hasOutput",
  "hasPrerequisite",
  "hasProvidedDependency",
  "hasRequirement",
  "hasSpecification",
  "hasStaticLink",
  "hasTest",
  "hasTestCase",
  "hasVariant",
  "invokedBy",
  "modifiedBy",
  "other",
  "packagedBy",
  "patchedBy",
  "publishedBy",
  "reportedBy",
  "republishedBy",
  "serializedInArtifact",
  "testedOn",
  "trainedOn",
  "underInvestigationFor",
  "usesTool",
];
const STRING_PROPS = [
  "name",
  "summary",
  "description",
  "comment",
  "ai_informationAboutApplication",
  "ai_informationAboutTraining",
  "ai_limitation",
  "dataset_intendedUse",
  "dataset_dataCollectionProcess",
  "dataset_datasetNoise",
  "dataset_datasetUpdateMechanism",
  "software_packageVersion",
  "software_downloadLocation",
  "software_packageUrl",
  "software_homePage",
];
const LIST_PROPS = [
  "ai_domain",
  "ai_standardCompliance",
  "ai_typeOfModel",
  "ai_modelDataPreprocessing",
  "ai_modelExplainability",
  "ai_hyperparameter",
  "ai_metric",
  "ai_metricDecisionThreshold",
  "dataset_knownBias",
  "dataset_dataPreprocessing",
  "dataset_anonymizationMethodUsed",
  "dataset_sensor",
  "originatedBy",
  "verifiedUsing",
  "externalRef",
  "externalIdentifier",
  "dataset_datasetType",
];
// SHACL minimums of the AI and Dataset profiles (not in the JSON schema).
const PROFILE_REQUIRED: Record<string, string[]> = {
  ai_AIPackage: ["name", "releaseTime", "suppliedBy", "software_downloadLocation", "software_packageVersion", "software_primaryPurpose"],
  dataset_DatasetPackage: ["name", "builtTime", "originatedBy", "releaseTime", "software_downloadLocation", "software_primaryPurpose", "dataset_datasetType"],
};
/** Types that are not Elements and so carry no spdxId or creationInfo of their own. */
const NON_ELEMENTS = new Set([
  "CreationInfo",
  "Hash",
  "ExternalRef",
  "ExternalIdentifier",
  "ExternalMap",
  "DictionaryEntry",
  "PackageVerificationCode",
  "NamespaceMap",
]);

export function checkGraph(graph: SpdxGraph, problems: ProblemList): void {
  const imported = new Set<string>();
  for (const d of graph.ofType("SpdxDocument")) {
    for (const m of arrayOf(d.node["import"])) if (isDict(m) && str(m["externalSpdxId"])) imported.add(str(m["externalSpdxId"])!);
  }
  const resolves = (id: string) =>
    graph.byId.has(id) || imported.has(id) || SPDX_TERMS.test(id) || /^https?:\/\/spdx\.org\/(licenses|rdf\/[\d.]+\/terms)\//.test(id);
  const blankIds = new Set(graph.nodes.filter((n) => n.id?.startsWith("_:")).map((n) => n.id!));

  for (const g of graph.nodes) {
    const at = ["@graph", g.index];
    if (!g.type) {
      problems.add(at, "graph node has no type");
      continue;
    }
    if (g.type === "CreationInfo") {
      checkCreationInfo(g.node, at, problems);
      continue;
    }
    if (NON_ELEMENTS.has(g.type)) continue;
    if (!g.id) problems.add(at, `${g.type} has no spdxId`);
    const ci = g.node["creationInfo"];
    if (ci === undefined) problems.add(at, `${g.type} has no creationInfo`);
    else if (typeof ci === "string" && !blankIds.has(ci) && !resolves(ci)) problems.add([...at, "creationInfo"], `creationInfo "${ci}" is not in the graph`);
    else if (isDict(ci)) checkCreationInfo(ci, [...at, "creationInfo"], problems);
    checkProperties(g, at, problems);
    const refs: [string, unknown][] = [
      ["suppliedBy", g.node["suppliedBy"]],
      ["from", g.node["from"]],
    ];
    for (const [key, value] of refs)
      if (typeof value === "string" && !resolves(value)) problems.add([...at, key], `${key} "${value}" names no element in the graph`);
    for (const key of ["to", "originatedBy", "rootElement", "element"]) {
      arrayOf(g.node[key]).forEach((v, i) => {
        if (typeof v === "string" && !resolves(v)) problems.add([...at, key, i], `${key} "${v}" names no element in the graph`);
      });
    }
    if (g.type === "Relationship") checkRelationship(g.node, at, problems);
    // The profiles' "External property restrictions" are prose the SHACL model (and so
    // spdx3-validate) does not carry: spec-only problems (AIGIS-IN-004), not IN-002.
    const clause = `SPDX 3.0.1 ${g.type.startsWith("ai_") ? "AI" : "Dataset"} profile, ${g.type.replace(/^\w+_/, "")} External property restrictions`;
    for (const key of PROFILE_REQUIRED[g.type] ?? []) {
      const v = g.node[key];
      if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) problems.addSpec(at, `${g.type} is missing ${key}`, clause);
    }
    if (g.type in PROFILE_REQUIRED) {
      for (const rel of ["hasDeclaredLicense", "hasConcludedLicense"]) {
        const n = graph.linked(g.id, rel).reduce((sum, r) => sum + r.to.length, 0);
        if (n !== 1) problems.addSpec(at, `${g.type} needs exactly one ${rel} relationship (found ${n})`, clause);
      }
    }
  }
  const profiles = graph.ofType("SpdxDocument").flatMap((d) => arrayOf(d.node["profileConformance"]).map((p) => String(p)));
  const doc = graph.ofType("SpdxDocument")[0];
  if (doc) {
    if (graph.ofType("ai_AIPackage").length && !profiles.includes("ai"))
      problems.addSpec(
        ["@graph", doc.index],
        'SpdxDocument profileConformance does not list "ai" although the document has AI packages',
        "SPDX 3.0.1 Core, ProfileIdentifierType",
      );
    if (graph.ofType("dataset_DatasetPackage").length && !profiles.includes("dataset"))
      problems.addSpec(
        ["@graph", doc.index],
        'SpdxDocument profileConformance does not list "dataset" although the document has dataset packages',
        "SPDX 3.0.1 Core, ProfileIdentifierType",
      );
  }
}

function checkCreationInfo(ci: Dict, at: (string | number)[], problems: ProblemList): void {
  for (const key of ["specVersion", "created", "createdBy"]) if (ci[key] === undefined) problems.add(at, `CreationInfo is missing ${key}`);
  if (ci["created"] !== undefined && !DATE_TIME.test(String(ci["created"])))
    problems.add([...at, "created"], "created must be a UTC date-time like 2026-03-01T09:00:00Z");
  if (ci["createdBy"] !== undefined && (!Array.isArray(ci["createdBy"]) || ci["createdBy"].length === 0))
    problems.add([...at, "createdBy"], "createdBy must be a non-empty list of agents");
}

function checkRelationship(n: Dict, at: (string | number)[], problems: ProblemList): void {
  for (const key of ["from", "relationshipType", "to"]) if (n[key] === undefined) problems.add(at, `Relationship is missing ${key}`);
  const type = str(n["relationshipType"]);
  if (type && !RELATIONSHIP_TYPES.includes(type.replace(/^.*\//, "")))
    problems.add([...at, "relationshipType"], `relationshipType "${type}" is not an SPDX 3.0.1 relationship type`);
  if (n["to"] !== undefined && (!Array.isArray(n["to"]) || n["to"].length === 0)) problems.add([...at, "to"], "to must be a non-empty list of element ids");
}

function checkProperties(g: GraphNode, at: (string | number)[], problems: ProblemList): void {
  const n = g.node;
  for (const key of STRING_PROPS) if (n[key] !== undefined && typeof n[key] !== "string") problems.add([...at, key], `${key} must be a string`);
  for (const key of LIST_PROPS) if (n[key] !== undefined && !Array.isArray(n[key])) problems.add([...at, key], `${key} must be a list`);
  for (const key of ["releaseTime", "builtTime", "validUntilTime"]) {
    if (n[key] !== undefined && !DATE_TIME.test(String(n[key]))) problems.add([...at, key], `${key} must be a UTC date-time like 2026-03-01T09:00:00Z`);
  }
  for (const [key, allowed] of Object.entries(ENUMS)) {
    const v = n[key];
    if (v !== undefined && !allowed.includes(String(v).replace(/^.*\//, ""))) problems.add([...at, key], `${key} must be one of ${allowed.join(", ")}`);
  }
  arrayOf(n["dataset_datasetType"]).forEach((t, i) => {
    if (!DATASET_TYPES.includes(String(t).replace(/^.*\//, "")))
      problems.add([...at, "dataset_datasetType", i], `dataset_datasetType must be one of ${DATASET_TYPES.join(", ")}`);
  });
  arrayOf(n["verifiedUsing"]).forEach((h, i) => {
    if (!isDict(h)) return problems.add([...at, "verifiedUsing", i], "verifiedUsing entries must be Hash objects");
    if (str(h["type"]) !== "Hash" && str(h["@type"]) !== "Hash") return;
    if (!str(h["algorithm"]) || !str(h["hashValue"])) problems.add([...at, "verifiedUsing", i], "Hash needs algorithm and hashValue");
    else if (!HASH_ALGORITHMS.includes(str(h["algorithm"])!))
      problems.add([...at, "verifiedUsing", i, "algorithm"], `hash algorithm "${str(h["algorithm"])}" is not an SPDX 3.0.1 algorithm (e.g. sha256)`);
  });
  const energy = n["ai_energyConsumption"];
  if (isDict(energy)) {
    for (const phase of ["ai_trainingEnergyConsumption", "ai_finetuningEnergyConsumption", "ai_inferenceEnergyConsumption"]) {
      arrayOf(energy[phase]).forEach((e, i) => {
        if (!isDict(e) || e["ai_energyQuantity"] === undefined || !str(e["ai_energyUnit"]))
          problems.add([...at, "ai_energyConsumption", phase, i], "energy consumption needs ai_energyQuantity and ai_energyUnit");
      });
    }
  }
}
