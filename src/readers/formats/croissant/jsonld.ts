// Just enough JSON-LD for compact documents written by hand or by tools: keys and types are
// matched by the IRI they expand to, so `rai:dataBiases`, a full
// `http://mlcommons.org/croissant/RAI/dataBiases` key and a context alias all read the same.
// No remote context is fetched; well-known prefixes fill in for a missing or remote context.
import { isDict, listOf, str, type Dict, type Path } from "../../../parse/values.js";

export interface JsonLdContext {
  prefixes: Map<string, string>;
  /** Terms defined in the context (alias → IRI or compact IRI). */
  terms: Map<string, string>;
  vocab: string | null;
}

/** schema.org is written with http and https alike; compare it one way. */
export function normalizeIri(iri: string): string {
  return iri.replace(/^http:\/\/schema\.org\//, "https://schema.org/");
}

export function parseContext(value: unknown, defaults: Record<string, string>, defaultVocab: string | null): JsonLdContext {
  const ctx: JsonLdContext = { prefixes: new Map(Object.entries(defaults)), terms: new Map(), vocab: defaultVocab };
  for (const part of listOf(value)) {
    if (!isDict(part)) continue; // a remote context URL: the defaults stand in for it
    for (const [k, v] of Object.entries(part)) {
      if (k === "@vocab" && typeof v === "string") ctx.vocab = v;
      else if (k.startsWith("@")) continue;
      else if (typeof v === "string" && /[/#:]$/.test(v)) ctx.prefixes.set(k, v);
      else if (typeof v === "string") ctx.terms.set(k, v);
      else if (isDict(v) && typeof v["@id"] === "string") ctx.terms.set(k, v["@id"]);
    }
  }
  return ctx;
}

/** The IRI a compact key or type name stands for. */
export function expand(term: string, ctx: JsonLdContext): string {
  const aliased = ctx.terms.get(term) ?? term;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(aliased)) return normalizeIri(aliased);
  const colon = aliased.indexOf(":");
  if (colon > 0) {
    const prefix = ctx.prefixes.get(aliased.slice(0, colon));
    if (prefix) return normalizeIri(prefix + aliased.slice(colon + 1));
    return aliased;
  }
  return ctx.vocab ? normalizeIri(ctx.vocab + aliased) : aliased;
}

/** A JSON-LD node read by IRI, remembering which key each value came from (for positions). */
export class NodeView {
  private readonly byIri = new Map<string, string>();

  constructor(
    readonly node: Dict,
    readonly ctx: JsonLdContext,
  ) {
    for (const key of Object.keys(node)) {
      if (key.startsWith("@")) continue;
      const iri = expand(key, ctx);
      if (!this.byIri.has(iri)) this.byIri.set(iri, key);
    }
  }

  /** The key under which the property with this IRI is written, if any. */
  key(iri: string): string | null {
    return this.byIri.get(normalizeIri(iri)) ?? null;
  }

  get(iri: string): unknown {
    const k = this.key(iri);
    return k === null ? undefined : this.node[k];
  }

  types(): string[] {
    return listOf(this.node["@type"] ?? this.node["type"]).flatMap((t) => (typeof t === "string" ? [expand(t, this.ctx)] : []));
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A JSON-LD language map (`{"en": "…", "fr": ["…"]}`): every key a BCP 47 tag, every value text. */
export function isLanguageMap(v: unknown): v is Dict {
  const entries = isDict(v) ? Object.entries(v) : [];
  return entries.length > 0 && entries.every(([k, x]) => LANGUAGE_TAG.test(k) && listOf(x).every((t) => typeof t === "string"));
}

/** Text as JSON-LD writes it: strings, `{@value: string}` (language-tagged or not) or a language map, one or many. */
export function isText(v: unknown): boolean {
  const items = listOf(v);
  return items.length > 0 && items.every((x) => typeof x === "string" || (isDict(x) && typeof x["@value"] === "string") || isLanguageMap(x));
}

/** Every text in a JSON-LD value: strings, `{@value}`, `{@id}`, language maps, or named things, one or many. */
export function texts(v: unknown): string[] {
  return listOf(v).flatMap((x) => {
    if (isLanguageMap(x)) return Object.values(x).flatMap((t) => listOf(t) as string[]);
    if (isDict(x)) {
      const t = str(x["@value"]) ?? str(x["name"]) ?? str(x["@id"]) ?? str(x["url"]);
      return t ? [t] : [];
    }
    return str(x) ? [str(x)!] : [];
  });
}

/** Croissant properties whose `{"@id": …}` values point at another node of the same document. */
const REFERENCE_PROPERTIES = [
  ...["containedIn", "fileObject", "fileSet", "field", "recordSet"].map((p) => `http://mlcommons.org/croissant/${p}`),
  "https://schema.org/containedIn", // a context without the cr: alias reads containedIn through @vocab
];

export interface DanglingReference {
  path: Path;
  key: string;
  id: string;
}

/**
 * References (`containedIn`, a source's `fileObject`/`fileSet`/`field`, a join's `field`) whose
 * `@id` names no node of the document, as mlcroissant reports them. A node is named by its `@id`
 * or, as Croissant 0.8 and some 1.0 files do, by its `name`.
 */
export function danglingReferences(root: Dict, ctx: JsonLdContext): DanglingReference[] {
  const defined = new Set<string>();
  const refs: DanglingReference[] = [];
  const isReference = (x: unknown): x is Dict => isDict(x) && typeof x["@id"] === "string" && Object.keys(x).length === 1;
  const walk = (v: unknown, path: Path): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
      return;
    }
    if (!isDict(v)) return;
    if (!isReference(v)) {
      for (const k of ["@id", "name"]) if (typeof v[k] === "string") defined.add(v[k] as string);
    }
    for (const [key, value] of Object.entries(v)) {
      if (key === "@context") continue;
      if (!key.startsWith("@") && REFERENCE_PROPERTIES.includes(expand(key, ctx))) {
        listOf(value).forEach((x, i) => {
          if (isReference(x)) refs.push({ path: Array.isArray(value) ? [...path, key, i] : [...path, key], key, id: x["@id"] as string });
        });
      }
      walk(value, [...path, key]);
    }
  };
  walk(root, []);
  return refs.filter((r) => !defined.has(r.id));
}
