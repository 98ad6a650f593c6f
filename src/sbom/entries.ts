// What the observed inventory says an AI SBOM must list, as plain facts a machine can know: the
// models (Hub models with their purl and pinned revision, Ollama models with their tag, provider
// models with their provider, weights files with their SHA-256) and one service per hosted
// provider. Packages (SDKs, frameworks, runtimes) are left to the ordinary software SBOM, which
// reads them from lockfiles with exact versions; here a provider SDK only evidences its service.
import { PROVIDERS } from "../inventory/catalogue.js";
import type { InventoryItem } from "../inventory/report.js";

export interface ModelEntry {
  /** One entry per key: the lower-cased short name, as the rules compare names (lib.short_name); a weights file's whole path, since same-named files elsewhere are other weights. */
  key: string;
  name: string;
  version: string | null;
  purl: string | null;
  supplier: string | null;
  /** SHA-256 of the weights: one per file of a model directory. */
  sha256: string[];
  /** Where the model can be fetched (Hub or Ollama library page). */
  distribution: string | null;
  /** huggingface | ollama | weights | a provider key */
  origin: string;
}

export interface ServiceEntry {
  /** Provider key (src/inventory/catalogue.ts PROVIDERS). */
  provider: string;
  name: string;
  providerName: string;
  endpoints: string[];
}

export interface AiBomEntries {
  models: ModelEntry[];
  services: ServiceEntry[];
}

/** The name the rules match on: lower case, without an owner prefix. */
export const shortName = (name: string) => name.split("/").pop()!.trim().toLowerCase();

/** Removes everything but letters and digits, as the rules compare service names (lib.compact). */
export const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** A purl path segment: percent-encoded as the purl spec asks, `/` included. */
const seg = (s: string) => encodeURIComponent(s);

function hubModel(item: InventoryItem): ModelEntry {
  const [owner, model] = item.name.includes("/")
    ? [item.name.slice(0, item.name.indexOf("/")), item.name.slice(item.name.indexOf("/") + 1)]
    : [null, item.name];
  // A purl's version is the Hub commit; a branch or tag name moves, so it is not a version.
  const revision = item.revision && /^[0-9a-f]{40}$/.test(item.revision) ? item.revision : null;
  return {
    key: shortName(item.name),
    name: item.name,
    version: revision,
    purl: `pkg:huggingface/${owner ? `${seg(owner)}/` : ""}${seg(model)}${revision ? `@${revision}` : ""}`,
    supplier: owner,
    sha256: [],
    distribution: `https://huggingface.co/${item.name}`,
    origin: "huggingface",
  };
}

function entryFor(item: InventoryItem): ModelEntry | null {
  if (item.type === "weights") {
    return {
      key: item.name.toLowerCase(),
      name: item.name,
      version: null,
      purl: null,
      supplier: null,
      sha256: item.sha256s,
      distribution: null,
      origin: "weights",
    };
  }
  if (item.type !== "model") return null;
  if (item.hub === "huggingface") return hubModel(item);
  if (item.hub === "ollama") {
    return {
      key: shortName(item.name),
      name: item.name,
      version: item.version,
      purl: null,
      supplier: null,
      sha256: [],
      distribution: `https://ollama.com/library/${item.name}`,
      origin: "ollama",
    };
  }
  const provider = item.provider ? PROVIDERS[item.provider] : undefined;
  return {
    key: shortName(item.name),
    name: item.name,
    version: null,
    purl: null,
    supplier: provider?.name ?? null,
    sha256: [],
    distribution: null,
    origin: item.provider ?? item.hub ?? "model",
  };
}

/** A richer entry wins over a poorer one for the same name (a pinned revision, a hash). */
const richness = (m: ModelEntry) => (m.version ? 2 : 0) + (m.sha256.length ? 1 : 0);

/** The models and services the inventory shows, one per name and provider, sorted. */
export function aiBomEntries(items: readonly InventoryItem[]): AiBomEntries {
  const models = new Map<string, ModelEntry>();
  for (const item of items) {
    const m = entryFor(item);
    if (!m || m.key === "") continue;
    const seen = models.get(m.key);
    if (!seen || richness(m) > richness(seen)) models.set(m.key, m);
  }
  const providers = new Set(items.map((i) => i.provider).filter((p): p is string => !!p && p in PROVIDERS));
  const services = [...providers].sort().map((p) => ({
    provider: p,
    name: `${PROVIDERS[p]!.name} API`,
    providerName: PROVIDERS[p]!.name,
    endpoints: PROVIDERS[p]!.hosts.map((h) => `https://${h}`),
  }));
  return { models: [...models.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), services };
}
