// Normalizes the building blocks of a CycloneDX BOM: parties, licences, hashes, references,
// properties, components and services.
import type { DataFlow, ExternalRef, HashRef, LicenseRef, NameValue, SbomComponent, SbomService } from "../../../model/types.js";
import { pointerJoin } from "../../../parse/positions.js";
import { arrayOf, isDict, listOf, str, strings, unique, type Dict, type Path } from "../../../parse/values.js";

// Hosts of hosted AI APIs; a service calling one of them is treated as an AI supplier.
const AI_API_HOSTS = [
  "api.openai.com",
  "openai.azure.com",
  "cognitiveservices.azure.com",
  "models.inference.ai.azure.com",
  "api.anthropic.com",
  "generativelanguage.googleapis.com",
  "aiplatform.googleapis.com",
  "bedrock-runtime",
  "bedrock.",
  "api.cohere.ai",
  "api.cohere.com",
  "api.mistral.ai",
  "api-inference.huggingface.co",
  "router.huggingface.co",
  "api.groq.com",
  "api.together.xyz",
  "api.together.ai",
  "api.replicate.com",
  "api.perplexity.ai",
  "api.deepseek.com",
  "api.fireworks.ai",
  "api.x.ai",
  "openrouter.ai",
  "models.github.ai",
  "api.voyageai.com",
  "api.ai21.com",
  "inference.ai",
];
const AI_WORDS =
  /\b(ai|llm|genai|gen-ai|generative|machine-learning|ml|inference|embedding|embeddings|chat[- ]?completions?|openai|anthropic|claude|gpt|gemini|mistral|llama|bedrock|vertex|cohere)\b/i;

export const ptr = (p: Path) => pointerJoin("", ...p);

/** Name of an organizationalEntity / organizationalContact, or a bare string. */
export function entityName(v: unknown): string | null {
  return isDict(v) ? (str(v["name"]) ?? str(v["email"])) : str(v);
}

/** Who supplies a component, most authoritative first (tools fill different fields). */
export function supplierOf(c: Dict): string | null {
  return (
    entityName(c["supplier"]) ??
    entityName(c["manufacturer"]) ??
    str(c["publisher"]) ??
    arrayOf(c["authors"])
      .map(entityName)
      .find((x) => x) ??
    str(c["author"]) ??
    str(c["group"])
  );
}

/** Every named party of a component: supplier, manufacturer, publisher and authors. */
export function partiesOf(c: Dict): string[] {
  const names = [entityName(c["supplier"]), entityName(c["manufacturer"]), str(c["publisher"]), ...arrayOf(c["authors"]).map(entityName), str(c["author"])];
  return unique(names.filter((x): x is string => !!x));
}

/** licenseChoice: `[{license: {id|name}}]`, `[{expression}]` (1.7 mixes both), or a stray string. */
export function licensesOf(v: unknown): LicenseRef[] {
  const out: LicenseRef[] = [];
  for (const item of listOf(v)) {
    if (typeof item === "string" && item.trim()) {
      out.push({ spdx: null, name: item.trim(), url: null });
      continue;
    }
    if (!isDict(item)) continue;
    const expr = str(item["expression"]);
    if (expr) out.push({ spdx: expr, name: null, url: null });
    const lic = item["license"];
    if (isDict(lic)) out.push({ spdx: str(lic["id"]), name: str(lic["name"]), url: str(lic["url"]) });
  }
  return out;
}

export function hashesOf(v: unknown): HashRef[] {
  return arrayOf(v).flatMap((h) => (isDict(h) && str(h["alg"]) ? [{ alg: str(h["alg"])!, value: str(h["content"]) ?? "" }] : []));
}

export function externalRefsOf(v: unknown): ExternalRef[] {
  return arrayOf(v).flatMap((r) => (isDict(r) && str(r["type"]) && str(r["url"]) ? [{ type: str(r["type"])!, url: str(r["url"])! }] : []));
}

export function propertiesOf(v: unknown): NameValue[] {
  return arrayOf(v).flatMap((p) => (isDict(p) && str(p["name"]) ? [{ name: str(p["name"])!, value: str(p["value"]) ?? "" }] : []));
}

/** Where a CycloneDX `properties` array sits, for locating the property a value came from. */
export interface PropertySource {
  path: Path;
  value: unknown;
}

/**
 * The first property named like one of `names`, ignoring case and a namespace prefix
 * ("spdx:ai:autonomyType", "aibom:autonomyType" and "autonomyType" all match "autonomyType"):
 * AI-BOM generators store SPDX-AI-style fields as properties under varying prefixes.
 */
export function findProperty(sources: readonly PropertySource[], ...names: string[]): { value: string; path: Path } | null {
  const wanted = names.map((n) => n.toLowerCase());
  const bare = (n: string) => n.toLowerCase().split(":").pop() ?? "";
  for (const exact of [true, false]) {
    for (const src of sources) {
      const items = arrayOf(src.value);
      for (let i = 0; i < items.length; i++) {
        const p = items[i];
        if (!isDict(p)) continue;
        const name = str(p["name"]);
        const value = str(p["value"]);
        if (!name || !value) continue;
        const hit = exact ? wanted.includes(name.toLowerCase()) : wanted.some((w) => !w.includes(":") && bare(name) === w);
        if (hit) return { value, path: [...src.path, i] };
      }
    }
  }
  return null;
}

function ancestorsOf(c: Dict): string[] {
  const pedigree = isDict(c["pedigree"]) ? c["pedigree"] : {};
  return arrayOf(pedigree["ancestors"]).flatMap((a) => {
    if (!isDict(a)) return [];
    const name = str(a["name"]) ?? str(a["purl"]) ?? str(a["bom-ref"]);
    if (!name) return [];
    const version = str(a["version"]);
    return [version && !name.includes("@") ? `${name}@${version}` : name];
  });
}

export function component(c: Dict, path: Path, dependsOn: ReadonlyMap<string, string[]>): SbomComponent {
  const ref = str(c["bom-ref"]);
  return {
    pointer: ptr(path),
    ref,
    type: str(c["type"]) ?? "",
    name: str(c["name"]),
    version: str(c["version"]),
    supplier: supplierOf(c),
    purl: str(c["purl"]),
    licenses: licensesOf(c["licenses"]),
    hashes: hashesOf(c["hashes"]),
    external_references: externalRefsOf(c["externalReferences"]),
    has_model_card: isDict(c["modelCard"]),
    ancestors: ancestorsOf(c),
    properties: propertiesOf(c["properties"]),
    depends_on: ref ? (dependsOn.get(ref) ?? []) : [],
  };
}

function aiSignals(s: Dict): string[] {
  const signals: string[] = [];
  for (const e of arrayOf(s["endpoints"])) {
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
  for (const p of arrayOf(s["properties"])) if (isDict(p) && String(p["name"] ?? "").startsWith("cdx:ai:")) signals.push(`property ${String(p["name"])}`);
  for (const t of arrayOf(s["tags"])) if (typeof t === "string" && AI_WORDS.test(t)) signals.push(`tag ${t}`);
  const label = [str(s["name"]), entityName(s["provider"]), str(s["group"]), str(s["description"])].filter(Boolean).join(" ");
  if (signals.length === 0 && AI_WORDS.test(label)) signals.push("name or description names an AI service");
  return unique(signals);
}

function dataFlow(d: Dict): DataFlow {
  return { flow: str(d["flow"]), classification: str(d["classification"]), source: strings(d["source"]), destination: strings(d["destination"]) };
}

export function service(s: Dict, path: Path): SbomService {
  return {
    pointer: ptr(path),
    ref: str(s["bom-ref"]),
    name: str(s["name"]),
    provider: entityName(s["provider"]),
    endpoints: arrayOf(s["endpoints"]).flatMap((e) => (str(e) ? [str(e)!] : [])),
    authenticated: typeof s["authenticated"] === "boolean" ? s["authenticated"] : null,
    trust_boundary: typeof s["x-trust-boundary"] === "boolean" ? s["x-trust-boundary"] : null,
    data_flows: arrayOf(s["data"]).flatMap((d) => (isDict(d) ? [dataFlow(d)] : [])),
    ai_signals: aiSignals(s),
    trust_zone: str(s["trustZone"]),
    external_references: externalRefsOf(s["externalReferences"]),
    properties: propertiesOf(s["properties"]),
  };
}

/** Depth-first walk over nested `components` (or `services`), with each item's raw path. */
export function walk(items: unknown, key: string, base: Path, visit: (item: Dict, path: Path) => void): void {
  arrayOf(items).forEach((item, i) => {
    if (!isDict(item)) return;
    const path = [...base, i];
    visit(item, path);
    walk(item[key], key, [...path, key], visit);
  });
}
