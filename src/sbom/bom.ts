// The AI SBOM's entries as CycloneDX JSON, built with @cyclonedx/cyclonedx-library's models and
// JSON serializer (sorted lists, no serial number, no timestamp unless SOURCE_DATE_EPOCH), so the
// same inventory always gives the same bytes. The library has no model for a service's `endpoints`
// and `data`, so those are added to its output: the data flow's classification is a `TODO` only a
// person can fill (AIGIS-INV-003 asks for it until then).
// Subpath imports: the package root also loads its schema resources through __dirname, which the
// ESM bundle does not have.
import * as Enums from "@cyclonedx/cyclonedx-library/Enums";
import * as Models from "@cyclonedx/cyclonedx-library/Models";
import * as Serialize from "@cyclonedx/cyclonedx-library/Serialize";
import * as Spec from "@cyclonedx/cyclonedx-library/Spec";
import type { AiBomEntries, ModelEntry, ServiceEntry } from "./entries.js";

export type JsonObject = Record<string, unknown>;

const SPECS: Record<string, typeof Spec.Spec1dot6> = { "1.5": Spec.Spec1dot5, "1.6": Spec.Spec1dot6, "1.7": Spec.Spec1dot7 };

/** CycloneDX versions that know `machine-learning-model` components and service data flows. */
export const SUPPORTED_SPECS = Object.keys(SPECS);

export const UNCLASSIFIED_FLOW = { flow: "bi-directional", classification: "TODO" } as const;

/** A bom-ref from a name, unique among `taken` (which it joins). */
export function bomRef(kind: string, name: string, taken: Set<string>): string {
  const base = `${kind}-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
  let ref = base;
  for (let i = 2; taken.has(ref); i++) ref = `${base}-${i}`;
  taken.add(ref);
  return ref;
}

function component(m: ModelEntry, refs: Set<string>): Models.Component {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, m.name, {
    bomRef: bomRef("model", m.name, refs),
    ...(m.version ? { version: m.version } : {}),
    ...(m.purl ? { purl: m.purl } : {}),
    ...(m.supplier ? { supplier: new Models.OrganizationalEntity({ name: m.supplier }) } : {}),
  });
  // The library keeps one hash per algorithm; a model directory's other files join in cycloneDxJson.
  if (m.sha256[0]) c.hashes.set(Enums.HashAlgorithm["SHA-256"], m.sha256[0]);
  if (m.distribution) c.externalReferences.add(new Models.ExternalReference(m.distribution, Enums.ExternalReferenceType.Distribution));
  return c;
}

function service(s: ServiceEntry, refs: Set<string>): Models.Service {
  return new Models.Service(s.name, { bomRef: bomRef("service", s.provider, refs), provider: new Models.OrganizationalEntity({ name: s.providerName }) });
}

export interface BomOptions {
  specVersion: string;
  /** The product the BOM describes; omitted when only entries are wanted. */
  product?: string;
  tool?: { name: string; version: string };
  /** ISO time for metadata.timestamp (from SOURCE_DATE_EPOCH), else none. */
  timestamp?: string | null;
  /** bom-refs already used in the document the entries join. */
  takenRefs?: Set<string>;
}

/** A CycloneDX JSON document holding `entries` (and, for a new BOM, its metadata). */
export function cycloneDxJson(entries: AiBomEntries, opts: BomOptions): JsonObject {
  const spec = SPECS[opts.specVersion];
  if (!spec) throw new Error(`CycloneDX ${opts.specVersion} is not supported`);
  const refs = opts.takenRefs ?? new Set<string>();
  const bom = new Models.Bom();
  if (opts.product)
    bom.metadata.component = new Models.Component(Enums.ComponentType.Application, opts.product, { bomRef: bomRef("product", opts.product, refs) });
  if (opts.tool) bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, opts.tool.name, { version: opts.tool.version }));
  if (opts.timestamp) bom.metadata.timestamp = new Date(opts.timestamp);
  for (const m of entries.models) bom.components.add(component(m, refs));
  for (const s of entries.services) bom.services.add(service(s, refs));
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const doc = JSON.parse(serializer.serialize(bom, { sortLists: true })) as JsonObject;
  // The library lists every bom-ref as a dependency with none of its own: that says nothing.
  delete doc["dependencies"];
  const byName = new Map(entries.services.map((s) => [s.name, s]));
  for (const svc of (doc["services"] ?? []) as JsonObject[]) {
    const s = byName.get(svc["name"] as string)!;
    svc["endpoints"] = s.endpoints;
    svc["data"] = [{ ...UNCLASSIFIED_FLOW }];
  }
  // A model directory has one SHA-256 per weights file; CycloneDX `hashes` is a list that may hold them all.
  const models = new Map(entries.models.map((m) => [m.name, m]));
  for (const c of (doc["components"] ?? []) as JsonObject[]) {
    const m = models.get(c["name"] as string);
    if (m && m.sha256.length > 1) c["hashes"] = m.sha256.map((content) => ({ alg: "SHA-256", content }));
  }
  return doc;
}

/** SOURCE_DATE_EPOCH (seconds) as an ISO time, the one way a timestamp gets into the BOM. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): string | null {
  const v = env["SOURCE_DATE_EPOCH"];
  if (!v || !/^\d+$/.test(v)) return null;
  return new Date(Number(v) * 1000).toISOString();
}
