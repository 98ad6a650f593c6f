// MLCommons Croissant 1.0 / 1.1 JSON-LD dataset descriptions with the Responsible-AI (RAI 1.0)
// vocabulary. Properties are read by IRI (see jsonld.ts), so the `rai:` prefix, the full
// http://mlcommons.org/croissant/RAI/ IRI and `sc:`-prefixed or bare schema.org keys all work.
import type { DatasetDistribution, HashRef, ReadArtifact } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { danglingReferences, isText, NodeView, parseContext, texts, type JsonLdContext } from "./jsonld.js";
import { licenseFromText } from "../../../parse/licenses.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankDataset, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { arrayOf, isDict, joinText, listOf, str, unique, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

const SC = "https://schema.org/";
const CR = "http://mlcommons.org/croissant/";
const RAI = "http://mlcommons.org/croissant/RAI/";
const DCT = "http://purl.org/dc/terms/";
const PROV = "http://www.w3.org/ns/prov#";
const DEFAULT_PREFIXES = { sc: SC, cr: CR, rai: RAI, dct: DCT, prov: PROV, schema: SC };

export const CROISSANT_VERSIONS = ["1.0", "1.1"];
const CROISSANT_IRI = /^https?:\/\/mlcommons\.org\/croissant\/(\d+(?:\.\d+)*)\/?$/;
const REQUIRED = ["name", "description", "license", "url", "creator", "datePublished"];
const RAI_TEXT = [
  "dataCollection",
  "dataCollectionMissingData",
  "dataCollectionRawData",
  "dataImputationProtocol",
  "dataManipulationProtocol",
  "dataAnnotationProtocol",
  "dataSocialImpact",
  "annotationsPerItem",
  "dataCollectionType",
  "dataPreprocessingProtocol",
  "dataAnnotationPlatform",
  "dataAnnotationAnalysis",
  "dataReleaseMaintenancePlan",
  "personalSensitiveInformation",
  "dataBiases",
  "dataLimitations",
  "dataUseCases",
  "annotatorDemographics",
  "machineAnnotationTools",
];

function contextOf(v: Dict): JsonLdContext {
  return parseContext(v["@context"], DEFAULT_PREFIXES, SC);
}

/** A Croissant document: a JSON-LD object whose @type is schema.org Dataset. */
export function looksLikeCroissant(v: unknown): boolean {
  return isDict(v) && v["@context"] !== undefined && new NodeView(v, contextOf(v)).types().includes(`${SC}Dataset`);
}

/** Names of people or organisations, written as text or as nodes with a name. */
function agentNames(v: unknown, ctx: JsonLdContext): string[] {
  return listOf(v).flatMap((x) => {
    if (!isDict(x)) return str(x) ? [str(x)!] : [];
    const node = new NodeView(x, ctx);
    const name = str(node.get(`${SC}name`)) ?? str(node.get(`${SC}email`)) ?? str(x["@id"]);
    return name ? [name] : [];
  });
}

function conformsTo(dataset: NodeView): { key: string | null; core: string | null; values: string[] } {
  const key = dataset.key(`${DCT}conformsTo`);
  const values = key ? texts(dataset.node[key]) : [];
  let core: string | null = null;
  for (const v of values) {
    const m = CROISSANT_IRI.exec(v);
    if (m) core = m[1]!;
  }
  return { key, core, values };
}

/**
 * What mlcroissant checks on the nodes below the dataset: each distribution is a FileObject or a
 * FileSet, each record set a RecordSet, each field (and sub-field) a Field, and their names and
 * descriptions are text.
 */
function checkNodes(ds: NodeView, distKey: string | null, ctx: JsonLdContext, problems: ProblemList): void {
  const check = (item: unknown, path: Path, allowed: string[], what: string): Dict | null => {
    if (!isDict(item)) {
      problems.add(path, `${what} must be an object`);
      return null;
    }
    const node = new NodeView(item, ctx);
    if (!node.types().some((t) => allowed.includes(t)))
      problems.add(path, `${what} must have @type ${allowed.map((t) => t.replace(CR, "cr:").replace(SC, "sc:")).join(" or ")}`);
    for (const name of ["name", "description"]) {
      const k = node.key(SC + name);
      if (k && !isText(item[k])) problems.add([...path, k], `${name} must be text (a string, a language-tagged value or a language map)`);
    }
    return item;
  };
  if (distKey)
    arrayOf(ds.node[distKey]).forEach((item, i) => check(item, [distKey, i], [`${CR}FileObject`, `${CR}FileSet`, `${SC}FileObject`], "a distribution"));
  const fields = (owner: Dict, path: Path): void => {
    const view = new NodeView(owner, ctx);
    for (const prop of [`${CR}field`, `${CR}subField`]) {
      const k = view.key(prop);
      if (!k) continue;
      arrayOf(owner[k]).forEach((f, j) => {
        const field = check(f, [...path, k, j], [`${CR}Field`], "a field");
        if (field) fields(field, [...path, k, j]);
      });
    }
  };
  const rsKey = ds.key(`${CR}recordSet`);
  if (rsKey) {
    arrayOf(ds.node[rsKey]).forEach((item, i) => {
      const rs = check(item, [rsKey, i], [`${CR}RecordSet`], "a record set");
      if (rs) fields(rs, [rsKey, i]);
    });
  }
}

export function readCroissant(relPath: string, doc: ParsedDoc): ReadArtifact {
  const v = doc.value;
  if (Array.isArray(v)) {
    // Expanded or flattened JSON-LD: valid JSON-LD, but Croissant (and mlcroissant) read one compact dataset object.
    throw new ArtifactError(
      "a top-level JSON-LD array (expanded or flattened form) is not read; Croissant is one compact JSON-LD object whose @type is sc:Dataset",
    );
  }
  if (!looksLikeCroissant(v)) throw new ArtifactError("not a Croissant dataset (needs @context and @type sc:Dataset)");
  const ctx = contextOf(v as Dict);
  const ds = new NodeView(v as Dict, ctx);
  const version = conformsTo(ds);
  if (version.core && !CROISSANT_VERSIONS.includes(version.core)) {
    const pos = doc.locate([version.key!]) ?? { line: 1, column: 1 };
    throw new ArtifactError(`Croissant ${version.core} is not supported; aigis reads Croissant 1.0 and 1.1`, pos.line, pos.column);
  }
  const at = new SourceMapBuilder(doc);
  const root = doc.locate(["@type"]) ?? { line: 1, column: 1 };
  at.positions[""] = root;
  const problems = new ProblemList(doc);
  const keyOf = (iri: string) => ds.key(iri);
  const get = (iri: string) => ds.get(iri);
  const text = (iri: string) => joinText(texts(get(iri)));
  const rai = (name: string) => text(RAI + name);
  /** Locates a normalized field at the first of these properties the document has. */
  const map = (field: string, ...iris: string[]) => {
    for (const iri of iris) {
      const k = keyOf(iri);
      if (k && at.map(field, [k])) return;
    }
  };

  // The spec text lists these as required, but mlcroissant (the reference validator) only warns
  // about some and ignores the rest, and most official examples omit one: AIGIS-IN-004, not IN-002.
  const clause = `Croissant ${version.core ?? "1.0"} §Dataset-level Information (Required)`;
  for (const name of REQUIRED) if (get(SC + name) === undefined) problems.addAt(`/${name}`, `missing ${name}`, root, clause);
  if (!version.key) problems.addAt("/dct:conformsTo", "missing dct:conformsTo (http://mlcommons.org/croissant/1.0 or /1.1)", root, clause);
  else if (!version.core) problems.addSpec([version.key], `conformsTo names no Croissant version (${version.values.join(", ") || "empty"})`, clause);
  for (const name of ["name", "description"]) {
    const k = keyOf(SC + name);
    if (k && !isText(ds.node[k])) problems.add([k], `${name} must be text (a string, a language-tagged value or a language map)`);
    // Several values are several languages; two untagged strings are two names for one dataset.
    else if (k && listOf(ds.node[k]).filter((x) => typeof x === "string").length > 1)
      problems.add([k], `${name} must be a single text value (one per language)`);
  }
  const publishedKey = keyOf(`${SC}datePublished`);
  if (publishedKey && texts(ds.node[publishedKey]).length !== 1) problems.add([publishedKey], "datePublished must be a single date");
  const published = str(get(`${SC}datePublished`));
  if (published && !/^\d{4}(-\d\d(-\d\d)?)?([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/.test(published)) {
    problems.add([keyOf(`${SC}datePublished`)!], "datePublished must be an ISO 8601 date");
  }
  for (const name of RAI_TEXT) {
    const k = keyOf(RAI + name);
    if (!k) continue;
    const value = ds.node[k];
    const ok = listOf(value).every((x) => typeof x === "string" || typeof x === "number" || (isDict(x) && x["@value"] !== undefined));
    if (!ok) problems.add([k], `rai:${name} must be text or a list of texts`);
  }

  for (const ref of danglingReferences(v as Dict, ctx)) problems.add(ref.path, `${ref.key} refers to "${ref.id}", which no node in the file defines`);

  const distKey = keyOf(`${SC}distribution`);
  checkNodes(ds, distKey, ctx, problems);
  const distributions: DatasetDistribution[] = [];
  const hashes: HashRef[] = [];
  arrayOf(distKey ? ds.node[distKey] : undefined).forEach((item, i) => {
    if (!isDict(item)) return;
    const file = new NodeView(item, ctx);
    const isFileObject = file.types().includes(`${CR}FileObject`) || file.types().includes(`${SC}FileObject`);
    const isFileSet = file.types().includes(`${CR}FileSet`);
    const fileHashes: HashRef[] = [];
    for (const [alg, iri] of [
      ["SHA-256", `${SC}sha256`],
      ["SHA-256", `${CR}sha256`],
      ["MD5", `${CR}md5`],
      ["MD5", `${SC}md5`],
    ] as const) {
      const value = str(file.get(iri));
      // The Hub writes a link in place of a digest for git repositories; that pins nothing.
      if (value && /^[0-9a-f]{32,128}$/i.test(value) && !fileHashes.some((h) => h.alg === alg)) fileHashes.push({ alg, value });
    }
    hashes.push(...fileHashes);
    const url = str(file.get(`${SC}contentUrl`));
    distributions.push({ name: str(file.get(`${SC}name`)) ?? str(item["@id"]), url, hashes: fileHashes });
    at.map(`/distributions/${distributions.length - 1}`, [distKey!, i]);
    // A file inside an archive (containedIn) is reached through it; only a standalone one needs a URL.
    if (isFileObject && !url && file.get(`${CR}containedIn`) === undefined && file.get(`${SC}containedIn`) === undefined)
      problems.add([distKey!, i], "FileObject needs a contentUrl");
    if (isFileSet && file.get(`${CR}includes`) === undefined) problems.add([distKey!, i], "FileSet needs includes (a glob of its files)");
    // One format or several (a list is what the Hub writes for a git repository): both are valid.
    if ((isFileObject || isFileSet) && texts(file.get(`${SC}encodingFormat`)).length === 0) problems.add([distKey!, i], "distribution needs an encodingFormat");
  });

  const creators = agentNames(get(`${SC}creator`), ctx);
  const publishers = agentNames(get(`${SC}publisher`), ctx);
  const generatedBy = listOf(get(`${PROV}wasGeneratedBy`)).flatMap((a) => {
    if (!isDict(a)) return texts(a);
    const act = new NodeView(a, ctx);
    return [joinText([...texts(act.get(`${SC}name`)), ...texts(act.get(`${SC}description`))], ": ")].filter((x): x is string => !!x);
  });

  map("/name", `${SC}name`);
  map("/description", `${SC}description`);
  map("/version", `${SC}version`);
  map("/licenses", `${SC}license`);
  map("/supplier", `${SC}publisher`, `${SC}creator`);
  map("/origin", `${SC}creator`, `${SC}publisher`);
  map("/owners", `${SC}creator`, `${SC}publisher`);
  map("/contact", `${SC}creator`, `${SC}publisher`);
  map("/source_datasets", `${SC}isBasedOn`, `${PROV}wasDerivedFrom`);
  map("/hashes", `${SC}distribution`);
  map("/distributions", `${SC}distribution`);
  map("/collection", `${RAI}dataCollection`, `${RAI}dataCollectionType`, `${PROV}wasGeneratedBy`);
  map("/collection_methods", `${RAI}dataCollectionType`);
  map("/processing", `${RAI}dataPreprocessingProtocol`, `${RAI}dataManipulationProtocol`, `${RAI}dataImputationProtocol`);
  map("/annotation", `${RAI}dataAnnotationProtocol`, `${RAI}dataAnnotationPlatform`, `${RAI}annotationsPerItem`);
  map("/sensitive_data", `${RAI}personalSensitiveInformation`);
  map("/bias", `${RAI}dataBiases`);
  map("/limitations", `${RAI}dataLimitations`, `${RAI}dataBiases`);
  map("/intended_use", `${RAI}dataUseCases`);
  map("/maintenance", `${RAI}dataReleaseMaintenancePlan`);

  const contact = listOf(get(`${SC}creator`))
    .map((x) => (isDict(x) ? str(new NodeView(x, ctx).get(`${SC}email`)) : null))
    .find((x) => x);
  const record = filled(blankDataset({ id: relPath, path: relPath, format: "croissant", format_version: version.core }), {
    name: texts(get(`${SC}name`))[0] ?? null,
    description: text(`${SC}description`),
    version: str(get(`${SC}version`)),
    supplier: publishers[0] ?? creators[0] ?? null,
    licenses: texts(get(`${SC}license`)).map(licenseFromText),
    hashes,
    origin: joinText(creators, ", "),
    owners: unique([...creators, ...publishers]),
    contact: contact ?? null,
    source_datasets: unique([...texts(get(`${SC}isBasedOn`)), ...texts(get(`${PROV}wasDerivedFrom`))]),
    collection: joinText([
      rai("dataCollection"),
      rai("dataCollectionTimeframe") && `Timeframe: ${rai("dataCollectionTimeframe")}`,
      rai("dataCollectionRawData"),
      rai("dataCollectionMissingData"),
      ...generatedBy,
    ]),
    collection_methods: texts(get(`${RAI}dataCollectionType`)),
    processing: joinText([rai("dataPreprocessingProtocol"), rai("dataManipulationProtocol"), rai("dataImputationProtocol")]),
    annotation: joinText([
      rai("dataAnnotationProtocol"),
      rai("dataAnnotationPlatform"),
      rai("dataAnnotationAnalysis"),
      rai("annotationsPerItem"),
      rai("annotatorDemographics"),
      rai("machineAnnotationTools"),
    ]),
    sensitive_data: rai("personalSensitiveInformation"),
    bias: rai("dataBiases"),
    limitations: joinText([rai("dataLimitations"), rai("dataBiases")]),
    intended_use: rai("dataUseCases"),
    maintenance: rai("dataReleaseMaintenancePlan"),
    distributions,
    unsupported: ["classification", "anonymization", "out_of_scope_use", "stewards", "custodians"],
  });
  recordProblems(record, at.positions, problems);
  return { artifact: record, raw: v, positions: at.positions };
}
