// An index over an SPDX 3 JSON-LD @graph: nodes by id, normalized class names, relationships,
// and the lookups readers need (agent names, licences, hashes).
import type { HashRef, LicenseRef } from "../../../model/types.js";
import { arrayOf, isDict, listOf, str, strings, type Dict } from "../../../parse/values.js";

export const SPDX_TERMS = /^https?:\/\/spdx\.org\/rdf\/(\d+\.\d+(?:\.\d+)?)\/terms\/([A-Za-z]+)\/([A-Za-z]+)$/;
// Profile namespaces → the prefix the JSON-LD context gives their terms (Core has none).
const PROFILE_PREFIX: Record<string, string> = {
  Core: "",
  AI: "ai_",
  Dataset: "dataset_",
  Software: "software_",
  SimpleLicensing: "simplelicensing_",
  ExpandedLicensing: "expandedlicensing_",
  Security: "security_",
  Build: "build_",
  Lite: "lite_",
  Extension: "extension_",
};

/** `ai_AIPackage`, or the compact name of a full class IRI (https://spdx.org/rdf/3.0.1/terms/AI/AIPackage). */
export function className(type: string): string {
  const m = SPDX_TERMS.exec(type);
  if (!m) return type.replace(/^spdx:/, "");
  return `${PROFILE_PREFIX[m[2]!] ?? `${m[2]!.toLowerCase()}_`}${m[3]}`;
}

export interface GraphNode {
  node: Dict;
  index: number;
  type: string;
  id: string | null;
}

export interface GraphRelationship {
  at: GraphNode;
  from: string;
  type: string;
  to: string[];
}

const HASH_NAMES: Record<string, string> = {
  md5: "MD5",
  sha1: "SHA-1",
  sha224: "SHA-224",
  sha256: "SHA-256",
  sha384: "SHA-384",
  sha512: "SHA-512",
  sha3_224: "SHA3-224",
  sha3_256: "SHA3-256",
  sha3_384: "SHA3-384",
  sha3_512: "SHA3-512",
  blake2b256: "BLAKE2b-256",
  blake2b384: "BLAKE2b-384",
  blake2b512: "BLAKE2b-512",
  blake3: "BLAKE3",
};

/** Licence individuals SPDX defines instead of an element in the graph. */
const LICENSE_INDIVIDUALS: Record<string, string> = { NoAssertionLicense: "NOASSERTION", NoneLicense: "NONE" };

export const nodeId = (n: Dict): string | null => str(n["spdxId"]) ?? str(n["@id"]);
export const nodeType = (n: Dict): string | null => {
  const t = str(n["type"]) ?? str(n["@type"]);
  return t ? className(t) : null;
};

export class SpdxGraph {
  readonly nodes: GraphNode[] = [];
  readonly byId = new Map<string, GraphNode>();
  readonly relationships: GraphRelationship[] = [];

  constructor(graph: unknown) {
    arrayOf(graph).forEach((n, index) => {
      if (!isDict(n)) return;
      const g: GraphNode = { node: n, index, type: nodeType(n) ?? "", id: nodeId(n) };
      this.nodes.push(g);
      if (g.id && !this.byId.has(g.id)) this.byId.set(g.id, g);
      if (g.type === "Relationship") {
        const from = str(n["from"]);
        const type = str(n["relationshipType"]);
        if (from && type) this.relationships.push({ at: g, from, type: className(type).replace(/^.*\//, ""), to: strings(n["to"]) });
      }
    });
  }

  ofType(...types: string[]): GraphNode[] {
    return this.nodes.filter((n) => types.includes(n.type));
  }

  /** Relationships of `type` leaving `from` (or, with `direction: "to"`, arriving at it). */
  linked(id: string | null, type: string, direction: "from" | "to" = "from"): GraphRelationship[] {
    if (!id) return [];
    return this.relationships.filter((r) => r.type === type && (direction === "from" ? r.from === id : r.to.includes(id)));
  }

  /** An element's display name: its name (and version), else its id. */
  label(id: string): string {
    const n = this.byId.get(id)?.node;
    if (!n) return id;
    const name = str(n["name"]);
    return name ?? id;
  }

  agentNames(v: unknown): string[] {
    return listOf(v).flatMap((x) => {
      const id = isDict(x) ? nodeId(x) : str(x);
      const node = isDict(x) ? x : id ? this.byId.get(id)?.node : undefined;
      const name = node ? str(node["name"]) : null;
      return name ? [name] : id ? [id] : [];
    });
  }

  /** An agent's e-mail (externalIdentifier of type email), if the graph gives one. */
  agentContact(v: unknown): string | null {
    for (const x of listOf(v)) {
      const node = isDict(x) ? x : str(x) ? this.byId.get(str(x)!)?.node : undefined;
      for (const ident of arrayOf(node?.["externalIdentifier"])) {
        if (isDict(ident) && str(ident["externalIdentifierType"]) === "email" && str(ident["identifier"])) return str(ident["identifier"]);
      }
    }
    return null;
  }

  license(id: string): LicenseRef {
    const node = this.byId.get(id)?.node;
    if (node) {
      const expr = str(node["simplelicensing_licenseExpression"]);
      if (expr) return { spdx: expr, name: null, url: null };
      const listed = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+)$/.exec(id);
      return { spdx: listed ? listed[1]! : null, name: str(node["name"]) ?? (listed ? null : id), url: str(arrayOf(node["expandedlicensing_seeAlso"])[0]) };
    }
    const listed = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+)$/.exec(id);
    if (listed) return { spdx: listed[1]!, name: null, url: null };
    const individual = SPDX_TERMS.exec(id)?.[3] ?? "";
    if (LICENSE_INDIVIDUALS[individual]) return { spdx: LICENSE_INDIVIDUALS[individual]!, name: null, url: null };
    return { spdx: null, name: id, url: null };
  }

  /** Declared licences first, then concluded ones not already declared. */
  licensesOf(id: string | null): LicenseRef[] {
    const out: LicenseRef[] = [];
    for (const type of ["hasDeclaredLicense", "hasConcludedLicense"]) {
      for (const r of this.linked(id, type)) {
        for (const to of r.to) {
          const lic = this.license(to);
          if (!out.some((l) => l.spdx === lic.spdx && l.name === lic.name)) out.push(lic);
        }
      }
    }
    return out;
  }

  /** Ancestors: targets of descendantOf from the element, sources of ancestorOf to it. */
  lineageOf(id: string | null): string[] {
    const ids = [...this.linked(id, "descendantOf").flatMap((r) => r.to), ...this.linked(id, "ancestorOf", "to").map((r) => r.from)];
    return [...new Set(ids.map((x) => this.label(x)))];
  }
}

export function hashesOf(v: unknown): HashRef[] {
  return arrayOf(v).flatMap((h) => {
    if (!isDict(h)) return [];
    const alg = str(h["algorithm"]);
    const value = str(h["hashValue"]);
    return alg && value ? [{ alg: HASH_NAMES[alg] ?? alg, value }] : [];
  });
}
