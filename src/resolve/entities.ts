// Entity resolution: records that describe the same model or dataset (a Hugging Face card and a
// CycloneDX component, a dataset card and a Croissant file) are judged together. Without it the
// SBOM copy of a model is reported for everything its card already says, and a gap both lack is
// reported twice.
//
// Done in the host, before evaluation, so that the policies stay per record and a chunked run
// (src/engine/chunks.ts) sees exactly what a whole one does:
//   1. records are grouped by identity: same purl, Hugging Face id, bom-ref, or name;
//   2. every field has one judging record per group: the record that fills it, preferring the
//      format the field belongs to (cards for prose, SBOM components for hashes, suppliers,
//      versions and licences); when no record fills it, the record of that format;
//   3. each record gets the union of its group's text (an empty text or flag takes the judging
//      record's value), so rules that read several fields see everything the group says. Lists
//      (licences, hashes, base models, datasets) are not copied: rules compare a card's lists with
//      its SBOM component's, and a copy would make them agree with themselves;
//   4. findings and evidence on a field are kept only on its judging record (dropJudgedElsewhere).
import type { DatasetRecord, ModelCard } from "../model/types.js";

export type Resolvable = ModelCard | DatasetRecord;

/** What identifies one record, gathered while reading (the purl and bom-ref come from the SBOM component). */
export interface Identity {
  id: string;
  kind: Resolvable["kind"];
  format: string;
  name: string | null;
  purl?: string | null;
  ref?: string | null;
}

/** Fields that say who or what the record is, not evidence about it; never merged. */
const NOT_EVIDENCE = new Set(["id", "path", "kind", "format", "format_version", "problems", "duplicate_keys", "unsupported", "name"]);

const SBOM_FORMATS = ["cyclonedx", "spdx3", "spdx"];
const CARD_FORMATS = ["huggingface-model-card", "huggingface-dataset-card", "model-card-toolkit", "mct", "dps", "dtadps", "croissant"];
/** Facts of the supply chain: the SBOM component is where they belong. */
const SUPPLY_FIELDS = new Set(["hashes", "supplier", "version", "licenses", "distributions"]);

/** Lower rank = the format the field belongs to. */
function formatRank(field: string, format: string): number {
  const order = SUPPLY_FIELDS.has(field) ? [...SBOM_FORMATS, ...CARD_FORMATS] : [...CARD_FORMATS, ...SBOM_FORMATS];
  const i = order.indexOf(format);
  return i < 0 ? order.length : i;
}

/** A value that carries evidence: text with something in it, a non-empty list, `true`. */
export function filled(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "boolean") return value;
  return value !== null && value !== undefined;
}

/** A package URL without its version, qualifiers and subpath, lower-cased: the package, not one release. */
function purlPackage(purl: string): string {
  return purl
    .trim()
    .toLowerCase()
    .split(/[?#]/)[0]!
    .replace(/@[^/]*$/, "");
}

/** The Hugging Face repository id ("owner/name") of a pkg:huggingface purl; a card's "owner/name" is a name key already. */
function hfId(purl: string): string | null {
  const p = purl.trim().toLowerCase();
  return p.startsWith("pkg:huggingface/") ? purlPackage(p).slice("pkg:huggingface/".length) || null : null;
}

function splitName(name: string | null): { owner: string | null; short: string } | null {
  const text = name?.trim().toLowerCase() ?? "";
  if (!text) return null;
  const parts = text.split("/");
  const short = parts[parts.length - 1]!.trim();
  if (!short) return null;
  return { owner: parts.length > 1 ? parts.slice(0, -1).join("/").trim() : null, short };
}

/**
 * The keys each record is known by. A name identifies a record only when no other record of the
 * same format bears it (two cards named "chat-assistant" in two folders may be two models), and a
 * bare name ("bert") matches a qualified one ("acme/bert") only when no other owner uses that name
 * in the repository; two owners' models never merge. Purls and bom-refs identify whatever shares them.
 */
function keysOf(records: Identity[]): string[][] {
  const owners = new Map<string, Set<string>>();
  for (const r of records) {
    const n = splitName(r.name);
    if (n?.owner) owners.set(`${r.kind}:${n.short}`, (owners.get(`${r.kind}:${n.short}`) ?? new Set()).add(n.owner));
  }
  const named = records.map((r) => {
    const keys = new Set<string>();
    const n = splitName(r.name);
    if (n) {
      const distinct = owners.get(`${r.kind}:${n.short}`)?.size ?? 0;
      if (n.owner) keys.add(`${r.kind}|name:${n.owner}/${n.short}`);
      if (!n.owner || distinct <= 1) keys.add(`${r.kind}|name:${n.short}`);
    }
    return keys;
  });
  const bearers = new Map<string, number>();
  named.forEach((keys, i) => keys.forEach((k) => bearers.set(`${records[i]!.format} ${k}`, (bearers.get(`${records[i]!.format} ${k}`) ?? 0) + 1)));
  return records.map((r, i) => {
    const keys = [...named[i]!].filter((k) => bearers.get(`${r.format} ${k}`) === 1);
    if (r.purl?.trim()) {
      keys.push(`${r.kind}|purl:${purlPackage(r.purl)}`);
      const hf = hfId(r.purl);
      if (hf) keys.push(`${r.kind}|name:${hf}`);
    }
    if (r.ref?.trim()) keys.push(`${r.kind}|ref:${r.ref.trim()}`);
    return keys;
  });
}

/** Groups of two or more records describing the same entity, as indexes into `records`; each group sorted. */
export function groupRecords(records: Identity[]): number[][] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  keysOf(records).forEach((keys, i) => {
    for (const key of keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Field → id of the record that judges it, for one group of records describing the same entity. */
export function judgingRecords(group: Resolvable[]): Map<string, string> {
  const fields = new Set(group.flatMap((r) => Object.keys(r)).filter((f) => !NOT_EVIDENCE.has(f)));
  const judges = new Map<string, string>();
  for (const field of [...fields].sort()) {
    const candidates = group.filter((r) => !r.unsupported.includes(field) && field in r);
    if (!candidates.length) continue;
    const best = [...candidates].sort(
      (a, b) =>
        Number(filled(get(b, field))) - Number(filled(get(a, field))) ||
        formatRank(field, a.format) - formatRank(field, b.format) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )[0]!;
    judges.set(field, best.id);
  }
  return judges;
}

const get = (r: Resolvable, field: string): unknown => (r as unknown as Record<string, unknown>)[field];

/**
 * The group's records with the union of their text: an empty text or flag takes its judging
 * record's value (lists are not copied, see above). Also returns, per record, the fields another record of the group judges.
 */
export function resolveGroup(group: Resolvable[]): { records: Resolvable[]; judgedElsewhere: Map<string, Set<string>> } {
  const judges = judgingRecords(group);
  const byId = new Map(group.map((r) => [r.id, r]));
  const judgedElsewhere = new Map<string, Set<string>>();
  const records = group.map((record) => {
    const merged: Record<string, unknown> = { ...record };
    const elsewhere = new Set<string>();
    for (const [field, judgeId] of judges) {
      if (judgeId === record.id) continue;
      elsewhere.add(field);
      const value = get(byId.get(judgeId)!, field);
      if (field in merged && !filled(merged[field]) && filled(value) && !Array.isArray(value)) merged[field] = value;
    }
    judgedElsewhere.set(record.id, elsewhere);
    return merged as unknown as Resolvable;
  });
  return { records, judgedElsewhere };
}

/**
 * Findings and evidence on a field that another record of the same entity judges are dropped: a
 * gap is reported once, at the record where the field belongs, and "met" is counted there too.
 * Results about the record as a whole (its problems, its name, pointer "") are kept.
 */
export function* dropJudgedElsewhere<R extends { artifact: string; pointer: string }>(
  results: Iterable<R>,
  judgedElsewhere: Map<string, Set<string>>,
): Generator<R> {
  for (const r of results) {
    const fields = judgedElsewhere.get(r.artifact);
    const field = fields && /^\/([^/]+)/.exec(r.pointer)?.[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!(field && fields.has(field))) yield r;
  }
}

/**
 * Gathers identities while a run reads (scan() in src/run.ts keeps artifacts only as serialized
 * bytes), then rewrites the serialized records of each group with their resolved versions.
 */
export class EntityResolver {
  private readonly seen: { identity: Identity; array: "model_cards" | "datasets"; index: number }[] = [];
  /** `<sbom path>#<component pointer>` → the component's purl and bom-ref. */
  private readonly components = new Map<string, { purl: string | null; ref: string | null }>();

  /** Notes one artifact read; `index` is its position in its PolicyInput array. */
  see(
    artifact: {
      kind: string;
      id: string;
      path: string;
      format: string;
      name?: string | null;
      components?: { pointer: string; purl: string | null; ref: string | null }[];
    },
    index: number,
  ): void {
    if (artifact.kind === "sbom") {
      for (const c of artifact.components ?? []) this.components.set(`${artifact.path}#${c.pointer}`, { purl: c.purl, ref: c.ref });
    } else if (artifact.kind === "model_card" || artifact.kind === "dataset") {
      // Copied through JSON: a name a parser sliced out of the file text would keep all of that text alive.
      const identity: Identity = JSON.parse(JSON.stringify({ id: artifact.id, kind: artifact.kind, format: artifact.format, name: artifact.name ?? null }));
      this.seen.push({ identity, array: artifact.kind === "model_card" ? "model_cards" : "datasets", index });
    }
  }

  /** Resolves every group in place in `arrays`; returns, per record id, the fields another record judges. */
  resolve(arrays: Record<"model_cards" | "datasets", Uint8Array[]>, serialize: (x: unknown) => Uint8Array): Map<string, Set<string>> {
    const parse = (x: Uint8Array): unknown => JSON.parse(Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString("utf8"));
    const identities = this.seen.map(({ identity }) => ({ ...identity, ...this.components.get(identity.id) }));
    const judgedElsewhere = new Map<string, Set<string>>();
    for (const group of groupRecords(identities)) {
      const slots = group.map((i) => this.seen[i]!);
      const resolved = resolveGroup(slots.map((s) => parse(arrays[s.array][s.index]!) as Resolvable));
      resolved.records.forEach((record, k) => (arrays[slots[k]!.array][slots[k]!.index] = serialize(record)));
      for (const [id, fields] of resolved.judgedElsewhere) if (fields.size) judgedElsewhere.set(id, fields);
    }
    return judgedElsewhere;
  }
}
