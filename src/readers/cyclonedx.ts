// CycloneDX 1.5–1.7 JSON: the BOM becomes an AiSbom; each machine-learning-model component with a
// modelCard becomes a ModelCard and each data component a DatasetRecord, all located in the file.
import type {
  AiSbom, DatasetRecord, HashRef, LicenseRef, ModelCard, Position, ReadArtifact, SbomComponent, SbomService, SourceMap,
} from "../model/types.js";
import { ArtifactError } from "./errors.js";
import { pointerJoin } from "./positions.js";
import type { ParsedDoc } from "./yaml-doc.js";

type Dict = Record<string, unknown>;
type Path = (string | number)[];

export const CYCLONEDX_VERSIONS = ["1.5", "1.6", "1.7"];

// Hosts of hosted AI APIs; a service calling one of them is treated as an AI supplier.
const AI_API_HOSTS = [
  "api.openai.com", "openai.azure.com", "cognitiveservices.azure.com", "models.inference.ai.azure.com", "api.anthropic.com",
  "generativelanguage.googleapis.com", "aiplatform.googleapis.com", "bedrock-runtime", "bedrock.", "api.cohere.ai", "api.cohere.com",
  "api.mistral.ai", "api-inference.huggingface.co", "router.huggingface.co", "api.groq.com", "api.together.xyz", "api.together.ai",
  "api.replicate.com", "api.perplexity.ai", "api.deepseek.com", "api.fireworks.ai", "api.x.ai", "openrouter.ai", "models.github.ai",
  "api.voyageai.com", "api.ai21.com", "inference.ai",
];
const AI_WORDS = /\b(ai|llm|genai|gen-ai|generative|machine-learning|ml|inference|embedding|embeddings|chat[- ]?completions?|openai|anthropic|claude|gpt|gemini|mistral|llama|bedrock|vertex|cohere)\b/i;

const isDict = (v: unknown): v is Dict => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null);
const ptr = (p: Path) => pointerJoin("", ...p);

class Located {
  readonly positions: SourceMap = {};
  constructor(
    private readonly doc: ParsedDoc,
    private readonly base: Path,
  ) {}
  /** Records where normalized `field` comes from: the first raw path that exists, else nothing. */
  map(field: string, ...candidates: Path[]): void {
    for (const c of candidates) {
      const pos = this.doc.locate([...this.base, ...c]);
      if (pos) {
        this.positions[field] = pos;
        return;
      }
    }
  }
  root(): Position {
    return this.doc.locate(this.base) ?? { line: 1, column: 1 };
  }
}

function entityName(v: unknown): string | null {
  return isDict(v) ? str(v["name"]) : str(v);
}

function supplierOf(c: Dict): string | null {
  return (
    entityName(c["supplier"]) ??
    entityName(c["manufacturer"]) ??
    str(c["publisher"]) ??
    list(c["authors"]).map(entityName).find((x) => x) ??
    str(c["author"]) ??
    str(c["group"])
  );
}

export function licensesOf(v: unknown): LicenseRef[] {
  const out: LicenseRef[] = [];
  for (const item of list(v)) {
    if (!isDict(item)) continue;
    const expr = str(item["expression"]);
    if (expr) out.push({ spdx: expr, name: null, url: null });
    const lic = item["license"];
    if (isDict(lic)) out.push({ spdx: str(lic["id"]), name: str(lic["name"]), url: str(lic["url"]) });
  }
  return out;
}

function hashesOf(v: unknown): HashRef[] {
  return list(v).flatMap((h) => (isDict(h) && str(h["alg"]) ? [{ alg: str(h["alg"])!, value: str(h["content"]) ?? "" }] : []));
}

function property(c: Dict, name: string): string | null {
  for (const p of list(c["properties"])) if (isDict(p) && p["name"] === name) return str(p["value"]);
  return null;
}

function texts(v: unknown, render: (x: unknown) => string | null = str): string | null {
  const parts = list(v).map(render).filter((x): x is string => !!x);
  return parts.length ? parts.join("\n") : null;
}

function component(c: Dict, index: number): SbomComponent {
  const ancestors = list(isDict(c["pedigree"]) ? c["pedigree"]["ancestors"] : []).flatMap((a) => {
    if (!isDict(a)) return [];
    const name = str(a["name"]);
    if (!name) return [];
    const version = str(a["version"]);
    return [version ? `${name}@${version}` : name];
  });
  return {
    pointer: ptr(["components", index]),
    ref: str(c["bom-ref"]),
    type: str(c["type"]) ?? "",
    name: str(c["name"]),
    version: str(c["version"]),
    supplier: supplierOf(c),
    purl: str(c["purl"]),
    licenses: licensesOf(c["licenses"]),
    hashes: hashesOf(c["hashes"]),
    external_references: list(c["externalReferences"]).flatMap((r) =>
      isDict(r) && str(r["type"]) && str(r["url"]) ? [{ type: str(r["type"])!, url: str(r["url"])! }] : [],
    ),
    has_model_card: isDict(c["modelCard"]),
    ancestors,
  };
}

function aiSignals(s: Dict): string[] {
  const signals: string[] = [];
  for (const e of list(s["endpoints"])) {
    const url = str(e);
    if (!url) continue;
    let host = "";
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      continue;
    }
    if (AI_API_HOSTS.some((h) => (h.endsWith(".") ? host.startsWith(h) || host.includes(`.${h}`) : host === h || host.endsWith(`.${h}`)))) {
      signals.push(`endpoint host ${host}`);
    }
  }
  for (const p of list(s["properties"])) if (isDict(p) && String(p["name"] ?? "").startsWith("cdx:ai:")) signals.push(`property ${String(p["name"])}`);
  for (const t of list(s["tags"])) if (typeof t === "string" && AI_WORDS.test(t)) signals.push(`tag ${t}`);
  const label = [str(s["name"]), entityName(s["provider"]), str(s["group"]), str(s["description"])].filter(Boolean).join(" ");
  if (signals.length === 0 && AI_WORDS.test(label)) signals.push("name or description names an AI service");
  return [...new Set(signals)];
}

function service(s: Dict, index: number): SbomService {
  return {
    pointer: ptr(["services", index]),
    ref: str(s["bom-ref"]),
    name: str(s["name"]),
    provider: entityName(s["provider"]),
    endpoints: list(s["endpoints"]).flatMap((e) => (str(e) ? [str(e)!] : [])),
    authenticated: typeof s["authenticated"] === "boolean" ? s["authenticated"] : null,
    trust_boundary: typeof s["x-trust-boundary"] === "boolean" ? s["x-trust-boundary"] : null,
    data_flows: list(s["data"]).flatMap((d) => (isDict(d) ? [{ flow: str(d["flow"]), classification: str(d["classification"]) }] : [])),
    ai_signals: aiSignals(s),
  };
}

function modelCard(relPath: string, doc: ParsedDoc, c: Dict, index: number, version: string): ReadArtifact {
  const base: Path = ["components", index];
  const at = new Located(doc, base);
  const mc = isDict(c["modelCard"]) ? c["modelCard"] : {};
  const params = isDict(mc["modelParameters"]) ? mc["modelParameters"] : {};
  const cons = isDict(mc["considerations"]) ? mc["considerations"] : {};
  const qa = isDict(mc["quantitativeAnalysis"]) ? mc["quantitativeAnalysis"] : {};
  const comp = component(c, index);
  const metrics = list(qa["performanceMetrics"]).flatMap((m) =>
    isDict(m) && str(m["type"]) && str(m["value"]) ? [{ type: str(m["type"])!, value: str(m["value"])! }] : [],
  );
  const datasets = list(params["datasets"]).flatMap((d) => (isDict(d) ? [str(d["ref"]) ?? str(d["name"])].filter((x): x is string => !!x) : []));
  const limitations = [
    texts(cons["technicalLimitations"]),
    texts(cons["ethicalConsiderations"], (r) => (isDict(r) ? [str(r["name"]), str(r["mitigationStrategy"])].filter(Boolean).join(": ") || null : null)),
    texts(cons["fairnessAssessments"], (r) => (isDict(r) ? [str(r["groupAtRisk"]), str(r["harms"])].filter(Boolean).join(": ") || null : null)),
  ].filter(Boolean);
  const env = isDict(cons["environmentalConsiderations"]) ? cons["environmentalConsiderations"] : null;
  const contact =
    list(isDict(c["supplier"]) ? c["supplier"]["contact"] : []).map((x) => (isDict(x) ? str(x["email"]) ?? str(x["name"]) : null)).find(Boolean) ??
    comp.external_references.find((r) => ["support", "issue-tracker", "security-contact"].includes(r.type))?.url ??
    null;

  at.positions[""] = at.root();
  at.map("/intended_use", ["modelCard", "considerations", "useCases"], ["modelCard", "considerations"], ["modelCard"]);
  at.map("/out_of_scope_use", ["modelCard", "properties"], ["modelCard", "considerations"], ["modelCard"]);
  at.map("/limitations", ["modelCard", "considerations", "technicalLimitations"], ["modelCard", "considerations", "ethicalConsiderations"], ["modelCard", "considerations"], ["modelCard"]);
  at.map("/training_data", ["modelCard", "modelParameters", "datasets"], ["modelCard", "modelParameters"], ["modelCard"]);
  at.map("/datasets", ["modelCard", "modelParameters", "datasets"]);
  at.map("/evaluation", ["modelCard", "quantitativeAnalysis"], ["modelCard"]);
  at.map("/metrics", ["modelCard", "quantitativeAnalysis", "performanceMetrics"]);
  at.map("/environmental_impact", ["modelCard", "considerations", "environmentalConsiderations"], ["modelCard", "considerations"]);
  at.map("/licenses", ["licenses"]);
  at.map("/hashes", ["hashes"]);
  at.map("/base_models", ["pedigree", "ancestors"], ["pedigree"]);
  at.map("/supplier", ["supplier"], ["manufacturer"], ["authors"], ["publisher"]);
  at.map("/contact", ["supplier", "contact"], ["externalReferences"]);
  at.map("/name", ["name"]);
  at.map("/version", ["version"]);

  const card: ModelCard = {
    id: `${relPath}#${comp.pointer}`,
    path: relPath,
    kind: "model_card",
    format: "cyclonedx",
    format_version: version,
    name: comp.name,
    version: comp.version,
    supplier: comp.supplier,
    licenses: comp.licenses,
    hashes: comp.hashes,
    base_models: comp.ancestors,
    derived: comp.ancestors.length > 0 || property(c, "cdx:ai:variant") !== null,
    datasets,
    intended_use: texts(cons["useCases"]),
    out_of_scope_use: property(mc, "aigis:out-of-scope-use") ?? property(c, "aigis:out-of-scope-use"),
    limitations: limitations.length ? limitations.join("\n") : null,
    training_data: datasets.length ? datasets.join(", ") : null,
    evaluation: metrics.length ? metrics.map((m) => `${m.type}=${m.value}`).join(", ") : null,
    metrics,
    environmental_impact: env ? JSON.stringify(env) : null,
    contact,
    unsupported: [],
  };
  return { artifact: card, raw: c, positions: at.positions };
}

function dataset(relPath: string, doc: ParsedDoc, c: Dict, index: number, version: string): ReadArtifact {
  const at = new Located(doc, ["components", index]);
  const comp = component(c, index);
  const data = list(c["data"]).filter(isDict);
  const first = data[0] ?? {};
  const firstIdx = data.length ? list(c["data"]).indexOf(first) : 0;
  const governance = isDict(first["governance"]) ? first["governance"] : {};
  const owners = ["owners", "stewards", "custodians"].flatMap((role) =>
    list(governance[role]).flatMap((p) => {
      if (!isDict(p)) return [];
      const who = entityName(p["organization"]) ?? (isDict(p["contact"]) ? str(p["contact"]["name"]) ?? str(p["contact"]["email"]) : null);
      return who ? [who] : [];
    }),
  );
  // An explicit empty sensitiveData list says "none"; an absent one says nothing.
  const sensitiveDeclared = data.find((d) => Array.isArray(d["sensitiveData"]));
  const sensitive = sensitiveDeclared
    ? (sensitiveDeclared["sensitiveData"] as unknown[]).map(str).filter(Boolean).join(", ") || "none declared (empty sensitiveData)"
    : null;
  at.positions[""] = at.root();
  at.map("/licenses", ["licenses"]);
  at.map("/hashes", ["hashes"]);
  at.map("/origin", ["supplier"], ["manufacturer"], ["authors"], ["publisher"]);
  at.map("/supplier", ["supplier"], ["manufacturer"], ["authors"], ["publisher"]);
  at.map("/sensitive_data", ["data", data.indexOf(sensitiveDeclared ?? first), "sensitiveData"], ["data", firstIdx], ["data"]);
  at.map("/owners", ["data", firstIdx, "governance"], ["data", firstIdx]);
  at.map("/collection", ["data", firstIdx, "description"], ["data", firstIdx]);
  at.map("/name", ["name"]);
  const record: DatasetRecord = {
    id: `${relPath}#${comp.pointer}`,
    path: relPath,
    kind: "dataset",
    format: "cyclonedx",
    format_version: version,
    name: comp.name,
    version: comp.version,
    supplier: comp.supplier,
    licenses: comp.licenses,
    hashes: comp.hashes,
    origin: comp.supplier,
    collection: str(first["description"]) ?? str(c["description"]),
    processing: null,
    source_datasets: comp.ancestors,
    sensitive_data: sensitive,
    intended_use: property(c, "aigis:intended-use"),
    limitations: property(c, "aigis:known-bias"),
    owners,
    unsupported: ["intended_use"],
  };
  return { artifact: record, raw: c, positions: at.positions };
}

export function readCycloneDx(relPath: string, doc: ParsedDoc): ReadArtifact[] {
  const bom = doc.value;
  if (!isDict(bom) || bom["bomFormat"] !== "CycloneDX") throw new ArtifactError("not a CycloneDX BOM (bomFormat is not \"CycloneDX\")");
  const version = str(bom["specVersion"]);
  if (!version || !CYCLONEDX_VERSIONS.includes(version)) {
    const pos = doc.locate(["specVersion"]) ?? { line: 1, column: 1 };
    throw new ArtifactError(
      `CycloneDX specVersion ${version ?? "(missing)"} is not supported; AI components need 1.5, 1.6 or 1.7`,
      pos.line,
      pos.column,
    );
  }
  const out: ReadArtifact[] = [];
  const components: SbomComponent[] = [];
  const at = new Located(doc, []);
  at.positions[""] = { line: 1, column: 1 };
  list(bom["components"]).forEach((c, i) => {
    if (!isDict(c)) return;
    const type = str(c["type"]);
    if (type !== "machine-learning-model" && type !== "data") return;
    components.push(component(c, i));
    at.map(ptr(["components", i]), ["components", i]);
    for (const f of ["hashes", "version", "licenses", "supplier"]) at.map(ptr(["components", i, f]), ["components", i, f], ["components", i]);
    if (type === "machine-learning-model" && isDict(c["modelCard"])) out.push(modelCard(relPath, doc, c, i, version));
    if (type === "data") out.push(dataset(relPath, doc, c, i, version));
  });
  const services: SbomService[] = [];
  list(bom["services"]).forEach((s, i) => {
    if (!isDict(s)) return;
    services.push(service(s, i));
    at.map(ptr(["services", i]), ["services", i]);
    at.map(ptr(["services", i, "provider"]), ["services", i, "provider"], ["services", i]);
    at.map(ptr(["services", i, "data_flows"]), ["services", i, "data"], ["services", i]);
    list(s["endpoints"]).forEach((_, j) => at.map(ptr(["services", i, "endpoints", j]), ["services", i, "endpoints", j]));
  });
  const meta = isDict(bom["metadata"]) ? bom["metadata"] : {};
  const sbom: AiSbom = {
    id: relPath,
    path: relPath,
    kind: "sbom",
    format: "cyclonedx",
    format_version: version,
    spec: "cyclonedx",
    name: isDict(meta["component"]) ? str(meta["component"]["name"]) : null,
    timestamp: str(meta["timestamp"]),
    components,
    services,
  };
  return [{ artifact: sbom, raw: bom, positions: at.positions }, ...out];
}
