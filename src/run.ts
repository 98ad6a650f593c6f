// The one pipeline both shells call: config → discover → read → PolicyInput → evaluate → Report.
import fs from "node:fs";
import path from "node:path";
import { checkAgainstPolicy } from "./config/check.js";
import { ConfigError, findConfig, forcedFormat, loadConfig, policyParams, runDate, type Config, type CustomPolicies } from "./config/config.js";
import { loadCustomPolicies } from "./custom/custom.js";
import { discover } from "./discover/discover.js";
import { cliWorkspace, resolveInside, type Workspace } from "./io/workspace.js";
import { evaluateInChunks, materializeInput, serializeArtifact, type SerializedInput } from "./engine/chunks.js";
import { type EngineCache, loadPolicyDir } from "./engine/cache.js";
import type { PolicyBundle } from "./engine/engine.js";
import {
  POLICY_INPUT_VERSION,
  type Artifact,
  type ArtifactHead,
  type PolicyInput,
  type ReadArtifact,
  type ReadError,
  type ScannedArtifact,
  type Threshold,
} from "./model/types.js";
import { detectInventory, inventorySettings, wantsBytes } from "./inventory/index.js";
import { foldModelDirectories } from "./inventory/model-dirs.js";
import { inventoryOf, sortInventory, type InventoryItem } from "./inventory/report.js";
import { readCandidate } from "./readers/read.js";
import { packSourceMap } from "./report/locate.js";
import { buildReport, type Report } from "./report/report.js";
import { collectWaivers } from "./report/waivers.js";
import { dropJudgedElsewhere, EntityResolver } from "./resolve/entities.js";

export interface RunOptions {
  /** Directory to scan. */
  root: string;
  /** Configuration file (relative to root or absolute); default: .aigis.yml / .aigis.yaml under root. */
  config?: string | null;
  /** The configuration to use instead of reading the file (on pull requests: the base branch's, src/github/gate-config.ts). */
  configOverride?: Config;
  /** Overrides `fail-on` from the configuration file. */
  failOn?: Threshold;
  /** Overrides `custom-policies` from the configuration file (a flag or an Action input). */
  customPolicies?: CustomPolicies;
  /** Directory holding policy.wasm, data.json, rules.json and catalog.json. */
  policyDir: string;
  version: string;
  /** Called with the effective configuration before scanning (debug output). */
  onConfig?: (cfg: Config) => void;
  /** Called as the scan advances (files discovered, artifacts read, rules evaluated); see src/progress.ts. */
  onProgress?: (event: ProgressEvent) => void;
  /** What the run may read: paths leaving it are refused (default: the CLI's, see src/io/workspace.ts). */
  workspace?: Workspace;
  /** Engines already loaded, shared across runs (src/engine/cache.ts); without it the policy is loaded afresh. */
  engines?: EngineCache;
  /** First-party organization when the configuration names none (the repository owner, from the
   * shell: GitHub's context or the git remote); see src/init/owner.ts. */
  defaultOrganization?: string | null;
  /** Largest PolicyInput JSON, in bytes, evaluated at once (src/engine/chunks.ts); tests make it small. */
  chunkBytes?: number;
}

/** Where a run is. Events arrive in this order; `read` once per candidate file. */
export type ProgressEvent =
  | { phase: "discover"; files: number }
  | { phase: "read"; done: number; total: number; artifacts: number }
  | { phase: "evaluate"; rules: number; artifacts: number; chunks?: { done: number; total: number } }
  | { phase: "evaluated"; rules: number; artifacts: number };

export interface RunResult {
  report: Report;
  config: Config;
}

export function collect(
  root: string,
  cfg: Config,
  onProgress?: (event: ProgressEvent) => void,
): { artifacts: ReadArtifact[]; errors: ReadError[]; filesScanned: number; skipped: { path: string; reason: string }[] } {
  const artifacts: ReadArtifact[] = [];
  const found = readAll(root, cfg, (a) => artifacts.push(a), onProgress);
  return { artifacts, ...found };
}

/** Discovers and reads every candidate once, handing each artifact on as soon as it is read. */
function readAll(
  root: string,
  cfg: Config,
  onArtifact: (a: ReadArtifact) => void,
  onProgress?: (event: ProgressEvent) => void,
): { errors: ReadError[]; filesScanned: number; skipped: { path: string; reason: string }[] } {
  const onFile = onProgress && ((files: number) => onProgress({ phase: "discover", files }));
  const found = discover({ root, include: cfg.include, exclude: cfg.exclude, onFile, inventoryExclude: cfg.inventory.exclude });
  const errors: ReadError[] = [];
  const notJudged: { path: string; reason: string }[] = [];
  const maxFileBytes = cfg.maxFileMiB * 1024 * 1024;
  const settings = inventorySettings(cfg.inventory.catalogue);
  let count = 0;
  // Inventory records wait for the pass that folds a model directory's weights into its model.
  const inventory: ReadArtifact[] = [];
  for (const [i, c] of found.candidates.entries()) {
    // A file both kinds of reader want is read once and handed to both.
    let bytes: Uint8Array | undefined;
    if (c.inventory) {
      if (wantsBytes(c.inventory, c.size, maxFileBytes)) {
        try {
          bytes = fs.readFileSync(c.absPath);
        } catch (e) {
          bytes = undefined; // the artifact reader reports an unreadable artifact; the inventory has nothing
          // A file only the inventory looks at is listed as not read, so its AI use is not silently unknown.
          if (c.artifact === false)
            notJudged.push({ path: c.relPath, reason: `file could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); its AI use is not known` });
        }
      }
      const record = detectInventory(c.relPath, c.inventory, bytes ?? null, settings);
      if (record) {
        inventory.push(record);
        count++;
      }
    }
    if (c.artifact !== false) {
      const r = readCandidate(c, { maxFileBytes, format: forcedFormat(cfg, c.relPath), ...(bytes ? { bytes } : {}) });
      for (const a of r.artifacts) onArtifact(a);
      count += r.artifacts.length;
      errors.push(...r.errors);
      notJudged.push(...(r.notJudged ?? []));
    }
    onProgress?.({ phase: "read", done: i + 1, total: found.candidates.length, artifacts: count });
  }
  for (const record of foldModelDirectories(inventory)) onArtifact(record);
  // An artifact that could not be read is listed as not read too, beside its AIGIS-IN-001 finding.
  const notRead = errors.map((e) => ({ path: e.path, reason: e.reason }));
  return { errors, filesScanned: found.filesSeen, skipped: [...found.skipped, ...notRead, ...notJudged] };
}

/** Where each kind of artifact goes in PolicyInput.artifacts. */
const INPUT_ARRAY = {
  model_card: "model_cards",
  dataset: "datasets",
  sbom: "sboms",
  governance: "governance",
  agent_config: "agent_configs",
  inventory: "inventory",
} as const satisfies Record<Artifact["kind"], keyof PolicyInput["artifacts"]>;

/**
 * What run() evaluates and reports from, read in one pass that keeps memory flat: each normalized
 * artifact is serialized into the policy input as soon as it is read, and only its head, packed
 * source map and inline waivers stay (the parsed documents and the artifact objects are dropped).
 */
export function scan(
  root: string,
  cfg: Config,
  onProgress?: (event: ProgressEvent) => void,
): {
  artifacts: ScannedArtifact[];
  input: SerializedInput;
  filesScanned: number;
  skipped: { path: string; reason: string }[];
  inventory: InventoryItem[];
  /** Per record id, the fields another record of the same model or dataset judges (src/resolve/entities.ts). */
  judgedElsewhere: Map<string, Set<string>>;
} {
  const artifacts: ScannedArtifact[] = [];
  const entities = new EntityResolver();
  const inventory: InventoryItem[] = [];
  const serialized: SerializedInput["artifacts"] = { model_cards: [], datasets: [], sboms: [], governance: [], agent_configs: [], inventory: [] };
  const { errors, filesScanned, skipped } = readAll(
    root,
    cfg,
    ({ artifact, positions, waivers }) => {
      const array = serialized[INPUT_ARRAY[artifact.kind]];
      entities.see(artifact, array.length);
      array.push(serializeArtifact(artifact));
      if (artifact.kind === "inventory") inventory.push(...inventoryOf(artifact));
      const head: ArtifactHead = {
        id: artifact.id,
        path: artifact.path,
        kind: artifact.kind,
        format: artifact.format,
        format_version: artifact.format_version,
      };
      if ("name" in artifact) head.name = artifact.name ?? null;
      const packed = packSourceMap(positions);
      // Copied through JSON: a string a parser sliced out of the file text keeps all of that text
      // alive in V8, which for a name from a model card's front matter is the whole card.
      const kept: ScannedArtifact = JSON.parse(JSON.stringify(waivers ? { artifact: head, waivers } : { artifact: head })) as ScannedArtifact;
      artifacts.push({ ...kept, positions: packed });
    },
    onProgress,
  );
  const judgedElsewhere = entities.resolve(serialized, serializeArtifact);
  const input: SerializedInput = { ...inputFrame(errors, filesScanned, cfg), artifacts: serialized };
  return { artifacts, input, filesScanned, skipped, inventory: sortInventory(inventory), judgedElsewhere };
}

/** Everything in PolicyInput but the artifacts, which scan() serializes as it reads them. */
function inputFrame(errors: ReadError[], filesScanned: number, cfg: Config): Omit<PolicyInput, "artifacts"> {
  return {
    schema_version: POLICY_INPUT_VERSION,
    errors,
    repository: { files_scanned: filesScanned },
    config: { params: policyParams(cfg) },
  };
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const root = path.resolve(opts.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ConfigError(`path ${opts.root} is not a directory`);
  const workspace = opts.workspace ?? cliWorkspace(root);
  resolveInside(workspace, root, "path");
  const cfg = opts.configOverride ? { ...opts.configOverride } : loadConfig(root, findConfig(root, opts.config), workspace, !!opts.config);
  if (opts.failOn) cfg.failOn = opts.failOn;
  if (opts.customPolicies) cfg.customPolicies = opts.customPolicies;
  // Names in organization.names or params.organization_names win; otherwise the owner is first-party.
  if (opts.defaultOrganization && !cfg.organizationNames.length && !(cfg.params["organization_names"] as unknown[] | undefined)?.length) {
    cfg.organizationNames = [opts.defaultOrganization];
  }
  const { engine, bundle } = await (opts.engines ? opts.engines.load(opts.policyDir) : loadPolicyDir(opts.policyDir));
  // Custom policies are compiled or loaded and checked before anything is read or evaluated.
  const custom = cfg.customPolicies ? await loadCustomPolicies(cfg.customPolicies, { root, builtin: bundle, workspace }) : null;
  const allRules = [...bundle.rules, ...(custom?.rules ?? [])];
  checkAgainstPolicy(cfg, allRules, { ...policyDefaults(bundle), ...custom?.defaults });
  opts.onConfig?.(cfg);

  const scanned = scan(root, cfg, opts.onProgress);
  const { artifacts, filesScanned, skipped, inventory, judgedElsewhere } = scanned;
  // The serialized input (tens of MB in a monorepo, outside the JavaScript heap) is needed only
  // until evaluation ends: nothing after it keeps a reference, so building the report reuses it.
  let input: SerializedInput | null = scanned.input;
  (scanned as { input: SerializedInput | null }).input = null;
  const waivers = collectWaivers(cfg, artifacts, runDate(cfg), new Set(allRules.map((r) => r.id)));
  const rules = allRules.filter((r) => cfg.rules[r.id]?.enabled !== false).length;
  opts.onProgress?.({ phase: "evaluate", rules, artifacts: artifacts.length });
  const onChunk = (done: number, total: number) => opts.onProgress?.({ phase: "evaluate", rules, artifacts: artifacts.length, chunks: { done, total } });
  // A field of a model or dataset described by several records is judged on one of them only.
  const builtin = evaluateInChunks(engine, input, { ...(opts.chunkBytes ? { maxBytes: opts.chunkBytes } : {}), onChunk }).results;
  const customResults = custom?.evaluate(materializeInput(input)) ?? [];
  input = null;
  // Read once, by the report, as they are parsed (src/engine/chunks.ts RawResults).
  const raw = dropJudgedElsewhere(
    (function* () {
      yield* builtin.drain();
      yield* customResults;
    })(),
    judgedElsewhere,
  );
  opts.onProgress?.({ phase: "evaluated", rules, artifacts: artifacts.length });
  const report = buildReport({
    version: opts.version,
    threshold: cfg.failOn,
    filesScanned,
    artifacts,
    raw,
    rules: allRules,
    catalog: bundle.catalog,
    skipped,
    inventory,
    ruleSettings: cfg.rules,
    waivers,
    frameworks: cfg.frameworks,
  });
  const inside = cfg.source && !cfg.source.startsWith("..") && !path.isAbsolute(cfg.source);
  return { report: inside ? { ...report, config_file: cfg.source!.split(path.sep).join("/") } : report, config: cfg };
}

/** Rule parameters the built-in policy defines (data.aigis.defaults). */
function policyDefaults(bundle: PolicyBundle): Record<string, unknown> {
  return (JSON.parse(new TextDecoder().decode(bundle.data)) as { aigis?: { defaults?: Record<string, unknown> } }).aigis?.defaults ?? {};
}
