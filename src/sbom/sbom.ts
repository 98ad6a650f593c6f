// `aigis sbom [path]`: writes or updates a CycloneDX AI SBOM from the observed inventory. It only
// adds: a model or provider that no AI SBOM of the repository names yet becomes a component or a
// service; every entry and field a person wrote stays as written. Nothing to add writes nothing,
// so a second run changes nothing.
import fs from "node:fs";
import path from "node:path";
import { ConfigError, findConfig, loadConfig } from "../config/config.js";
import { inventoryOf, type InventoryItem } from "../inventory/report.js";
import { writeFileSafely } from "../io/write.js";
import { cliWorkspace, readRegularFile, resolveInside, type Workspace } from "../io/workspace.js";
import type { AiSbom, InventoryRecord } from "../model/types.js";
import { validateCycloneDx } from "../readers/formats/cyclonedx/cyclonedx-schema.js";
import { collect } from "../run.js";
import { SUPPORTED_SPECS, cycloneDxJson, sourceDateEpoch, type JsonObject } from "./bom.js";
import { aiBomEntries, compact, shortName, type AiBomEntries } from "./entries.js";

/** Where a new AI SBOM goes when the repository has none (the name `aigis init` uses). */
export const DEFAULT_SBOM = "ai-bom.cdx.json";

export interface SbomOptions {
  /** The file to write or update; default: the repository's CycloneDX JSON SBOM, else ai-bom.cdx.json. */
  output?: string | null;
  config?: string | null;
  workspace?: Workspace;
  version: string;
  env?: NodeJS.ProcessEnv;
}

export interface SbomResult {
  /** The target, relative to the scanned directory when inside it. */
  path: string;
  /** The file did not exist before. */
  created: boolean;
  written: boolean;
  /** How many AI uses the inventory holds. */
  uses: number;
  added: { models: string[]; services: string[] };
}

export function writeAiSbom(root: string, opts: SbomOptions): SbomResult {
  const dir = path.resolve(root);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigError(`path ${root} is not a directory`);
  const ws = opts.workspace ?? cliWorkspace(dir);
  resolveInside(ws, dir, "path");
  const cfg = loadConfig(dir, findConfig(dir, opts.config), ws, !!opts.config);
  const { artifacts, errors } = collect(dir, cfg);
  const items: InventoryItem[] = artifacts.flatMap(({ artifact: a }) => (a.kind === "inventory" ? inventoryOf(a as InventoryRecord) : []));
  const sboms = artifacts.map((a) => a.artifact).filter((a): a is AiSbom => a.kind === "sbom");

  const existing = sboms.filter((s) => s.spec === "cyclonedx" && s.path.toLowerCase().endsWith(".json")).sort((a, b) => (a.path < b.path ? -1 : 1))[0];
  const abs = opts.output ? path.resolve(opts.output) : path.join(dir, ...(existing?.path ?? DEFAULT_SBOM).split("/"));
  const shownPath = path.relative(dir, abs).startsWith("..") ? abs : path.relative(dir, abs).split(path.sep).join("/");
  const unreadable = errors.find((e) => path.join(dir, ...e.path.split("/")) === abs);
  if (unreadable) throw new ConfigError(`${shownPath} cannot be read (${unreadable.reason}); fix it before aigis adds to it`);

  const doc = fs.existsSync(abs) ? readBom(ws, abs, shownPath, cfg.maxFileMiB) : null;
  const missing = missingEntries(aiBomEntries(items), sboms, doc);
  const result: SbomResult = {
    path: shownPath,
    created: !doc,
    written: false,
    uses: items.length,
    added: { models: missing.models.map((m) => m.name), services: missing.services.map((s) => s.name) },
  };
  if (missing.models.length === 0 && missing.services.length === 0) return result;

  const out = doc ? extended(doc, missing, shownPath) : fresh(missing, path.basename(dir) || "ai-system", opts);
  const text = JSON.stringify(out, null, doc ? indentOf(fs.readFileSync(abs, "utf8")) : 2) + "\n";
  writeFileSafely(ws, abs, "AI SBOM", (write) => write(text));
  result.written = true;
  return result;
}

/** A CycloneDX JSON document aigis can add to, or a ConfigError saying why not. */
function readBom(ws: Workspace, abs: string, shownPath: string, maxMiB: number): JsonObject {
  const text = readRegularFile(ws, abs, "AI SBOM", maxMiB * 1024 * 1024, true);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ConfigError(
      `${shownPath} is not JSON (${(e as Error).message}); aigis sbom adds only to a CycloneDX JSON SBOM (name another file with --output)`,
    );
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || (doc as JsonObject)["bomFormat"] !== "CycloneDX") {
    throw new ConfigError(`${shownPath} is not a CycloneDX SBOM; aigis sbom adds only to one (name another file with --output)`);
  }
  const spec = (doc as JsonObject)["specVersion"];
  if (typeof spec !== "string" || !SUPPORTED_SPECS.includes(spec)) {
    throw new ConfigError(
      `${shownPath} is CycloneDX ${String(spec)}; models and service data flows need ${SUPPORTED_SPECS.join(", ")} (raise specVersion, or name another file with --output)`,
    );
  }
  return doc as JsonObject;
}

/** What no AI SBOM names yet, compared as the rules compare (short names; provider within a service's keys). */
function missingEntries(entries: AiBomEntries, sboms: AiSbom[], doc: JsonObject | null): AiBomEntries {
  const names = new Set<string>();
  // SHA-256 hashes by short name: a weights file is listed when a component of its name records its hash
  // (AIGIS-INV-004 compares the same way), so same-named weights in other directories each get theirs.
  const hashes = new Map<string, Set<string>>();
  const addHash = (name: string, alg: unknown, value: unknown) => {
    if (typeof alg !== "string" || typeof value !== "string" || !/^sha-?256$/i.test(alg)) return;
    const key = shortName(name);
    hashes.set(key, (hashes.get(key) ?? new Set()).add(value.toLowerCase()));
  };
  const serviceKeys: string[] = [];
  for (const s of sboms) {
    for (const c of s.components) {
      if (!c.name) continue;
      names.add(shortName(c.name));
      for (const h of c.hashes) addHash(c.name, h.alg, h.value);
    }
    for (const svc of s.services) serviceKeys.push(...[svc.name, svc.provider, ...svc.endpoints].filter((v): v is string => !!v).map(compact));
  }
  // The target itself, which discovery may not have read (--output outside the scanned tree).
  for (const c of arrayOf(doc?.["components"])) {
    if (typeof c["name"] !== "string") continue;
    names.add(shortName(c["name"]));
    for (const h of arrayOf(c["hashes"])) addHash(c["name"], h["alg"], h["content"]);
  }
  for (const svc of arrayOf(doc?.["services"])) {
    const provider = svc["provider"] as JsonObject | undefined;
    serviceKeys.push(
      ...[svc["name"], provider?.["name"], ...(Array.isArray(svc["endpoints"]) ? svc["endpoints"] : [])]
        .filter((v): v is string => typeof v === "string")
        .map(compact),
    );
  }
  return {
    models: entries.models.filter((m) => {
      const key = shortName(m.name);
      if (!names.has(key)) return true;
      const recorded = hashes.get(key);
      // A weights file whose name is listed with other hashes is other weights; with no hash recorded, it is listed.
      return m.origin === "weights" && m.sha256.length > 0 && !!recorded && m.sha256.some((h) => !recorded.has(h.toLowerCase()));
    }),
    services: entries.services.filter((s) => !serviceKeys.some((k) => k.includes(s.provider))),
  };
}

const arrayOf = (v: unknown): JsonObject[] => (Array.isArray(v) ? v.filter((x): x is JsonObject => !!x && typeof x === "object" && !Array.isArray(x)) : []);

/** A new AI SBOM holding the missing entries; checked against the CycloneDX schema before it is written. */
function fresh(missing: AiBomEntries, product: string, opts: SbomOptions): JsonObject {
  const doc = cycloneDxJson(missing, { specVersion: "1.6", product, tool: { name: "aigis", version: opts.version }, timestamp: sourceDateEpoch(opts.env) });
  assertValid(doc, "1.6", "the new AI SBOM");
  return doc;
}

/** The person's document with the missing entries appended and its version raised; nothing else changes. */
function extended(doc: JsonObject, missing: AiBomEntries, shownPath: string): JsonObject {
  const spec = doc["specVersion"] as string;
  const added = cycloneDxJson(missing, { specVersion: spec, takenRefs: bomRefsIn(doc) });
  // Only the additions are checked: the rest is the person's, judged by `aigis check`.
  assertValid({ bomFormat: "CycloneDX", specVersion: spec, version: 1, ...pick(added, ["components", "services"]) }, spec, `the entries added to ${shownPath}`);
  const out: JsonObject = { ...doc };
  for (const key of ["components", "services"] as const) {
    const more = (added[key] ?? []) as JsonObject[];
    if (more.length === 0) continue;
    if (doc[key] !== undefined && !Array.isArray(doc[key])) throw new ConfigError(`${shownPath}: ${key} is not a list; aigis cannot add to it`);
    out[key] = [...((doc[key] as unknown[] | undefined) ?? []), ...more];
  }
  // CycloneDX: a BOM that is modified gets the next version.
  if (Number.isInteger(doc["version"])) out["version"] = (doc["version"] as number) + 1;
  return out;
}

const pick = (o: JsonObject, keys: string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

function assertValid(doc: JsonObject, spec: string, what: string): void {
  const violations = validateCycloneDx(doc, spec);
  if (violations.length)
    throw new Error(`${what} does not validate against CycloneDX ${spec}: ${violations.map((v) => `/${v.path.join("/")}: ${v.reason}`).join("; ")}`);
}

function bomRefsIn(value: unknown, refs = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) bomRefsIn(v, refs);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "bom-ref" && typeof v === "string") refs.add(v);
      else bomRefsIn(v, refs);
    }
  }
  return refs;
}

/** The indentation the person's file uses (2 spaces when it is on one line). */
function indentOf(text: string): string | number {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1]! : 2;
}

export function renderSbom(r: SbomResult): string {
  const out: string[] = [];
  if (!r.written)
    out.push(`aigis sbom: ${r.uses === 0 ? "no AI use found" : "every model and hosted provider in use is already in an AI SBOM"}; nothing written.`);
  else {
    out.push(`aigis sbom: ${r.created ? "created" : "updated"} ${r.path}`);
    for (const m of r.added.models) out.push(`  added model    ${m}`);
    for (const s of r.added.services) out.push(`  added service  ${s}`);
    out.push(
      "",
      "Next: fill in what a machine cannot know (licences, suppliers, the classification of the data each service receives), then run `aigis check`.",
    );
  }
  return out.join("\n") + "\n";
}
