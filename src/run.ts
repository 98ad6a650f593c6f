// The one pipeline both shells call: config → discover → read → PolicyInput → evaluate → Report.
import fs from "node:fs";
import path from "node:path";
import { ConfigError, findConfig, loadConfig, policyParams, type Config } from "./config/config.js";
import { discover } from "./discover/discover.js";
import { Engine, loadBundle, type PolicyBundle } from "./engine/engine.js";
import { POLICY_INPUT_VERSION, type PolicyInput, type ReadArtifact, type ReadError, type Threshold } from "./model/types.js";
import { readCandidate } from "./readers/read.js";
import { buildReport, type Report } from "./report/report.js";

export interface RunOptions {
  /** Directory to scan. */
  root: string;
  /** Configuration file (relative to root or absolute); default: .aigis.yml / .aigis.yaml under root. */
  config?: string | null;
  /** Overrides `fail-on` from the configuration file. */
  failOn?: Threshold;
  /** Directory holding policy.wasm, data.json, rules.json and catalog.json. */
  policyDir: string;
  version: string;
  /** Called with the effective configuration before scanning (debug output). */
  onConfig?: (cfg: Config) => void;
  /** Called as the scan advances (files discovered, artifacts read, rules evaluated); see src/progress.ts. */
  onProgress?: (event: ProgressEvent) => void;
}

/** Where a run is. Events arrive in this order; `read` once per candidate file. */
export type ProgressEvent =
  | { phase: "discover"; files: number }
  | { phase: "read"; done: number; total: number; artifacts: number }
  | { phase: "evaluate"; rules: number; artifacts: number }
  | { phase: "evaluated"; rules: number; artifacts: number };

export interface RunResult {
  report: Report;
  config: Config;
  input: PolicyInput;
}

const engines = new Map<string, Promise<{ engine: Engine; bundle: PolicyBundle }>>();

/** The engine is compiled and instantiated once per process and policy directory. */
function engineFor(policyDir: string) {
  let e = engines.get(policyDir);
  if (!e) {
    e = (async () => {
      const bundle = loadBundle(policyDir);
      return { bundle, engine: await Engine.load(bundle) };
    })();
    engines.set(policyDir, e);
    e.catch(() => engines.delete(policyDir));
  }
  return e;
}

export function collect(
  root: string,
  cfg: Config,
  onProgress?: (event: ProgressEvent) => void,
): { artifacts: ReadArtifact[]; errors: ReadError[]; filesScanned: number; skipped: { path: string; reason: string }[] } {
  const onFile = onProgress && ((files: number) => onProgress({ phase: "discover", files }));
  const found = discover({ root, include: cfg.include, exclude: cfg.exclude, onFile });
  const artifacts: ReadArtifact[] = [];
  const errors: ReadError[] = [];
  for (const [i, c] of found.candidates.entries()) {
    const r = readCandidate(c, { maxFileBytes: cfg.maxFileMiB * 1024 * 1024 });
    artifacts.push(...r.artifacts);
    errors.push(...r.errors);
    onProgress?.({ phase: "read", done: i + 1, total: found.candidates.length, artifacts: artifacts.length });
  }
  return { artifacts, errors, filesScanned: found.filesSeen, skipped: found.skipped };
}

export function policyInput(artifacts: ReadArtifact[], errors: ReadError[], filesScanned: number, cfg: Config): PolicyInput {
  const of = <K extends string>(kind: K) => artifacts.filter((a) => a.artifact.kind === kind).map((a) => a.artifact);
  return {
    schema_version: POLICY_INPUT_VERSION,
    artifacts: {
      model_cards: of("model_card") as PolicyInput["artifacts"]["model_cards"],
      datasets: of("dataset") as PolicyInput["artifacts"]["datasets"],
      sboms: of("sbom") as PolicyInput["artifacts"]["sboms"],
      governance: of("governance") as PolicyInput["artifacts"]["governance"],
    },
    errors,
    repository: { files_scanned: filesScanned },
    config: { params: policyParams(cfg) },
  };
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const root = path.resolve(opts.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ConfigError(`path ${opts.root} is not a directory`);
  const cfg = loadConfig(root, findConfig(root, opts.config));
  if (opts.failOn) cfg.failOn = opts.failOn;
  const { engine, bundle } = await engineFor(opts.policyDir);
  checkRuleSettings(cfg, bundle);
  opts.onConfig?.(cfg);

  const { artifacts, errors, filesScanned, skipped } = collect(root, cfg, opts.onProgress);
  const input = policyInput(artifacts, errors, filesScanned, cfg);
  const rules = bundle.rules.filter((r) => cfg.rules[r.id]?.enabled !== false).length;
  opts.onProgress?.({ phase: "evaluate", rules, artifacts: artifacts.length });
  const raw = engine.evaluate(input);
  opts.onProgress?.({ phase: "evaluated", rules, artifacts: artifacts.length });
  const report = buildReport({
    version: opts.version,
    threshold: cfg.failOn,
    filesScanned,
    artifacts,
    raw,
    rules: bundle.rules,
    catalog: bundle.catalog,
    skipped,
    ruleSettings: cfg.rules,
  });
  return { report, config: cfg, input };
}

/** Rule ids and parameter names in the configuration must exist in the loaded policy. */
function checkRuleSettings(cfg: Config, bundle: PolicyBundle): void {
  const ids = new Set(bundle.rules.map((r) => r.id));
  for (const id of Object.keys(cfg.rules)) {
    if (!ids.has(id)) throw new ConfigError(`rules: ${id} is not a known rule (\`aigis rules\` lists them)`, cfg.source);
  }
  const defaults = (JSON.parse(new TextDecoder().decode(bundle.data)) as { aigis?: { defaults?: Record<string, unknown> } }).aigis?.defaults ?? {};
  for (const k of Object.keys(cfg.params)) {
    if (!(k in defaults)) throw new ConfigError(`params: unknown parameter "${k}" (known: ${Object.keys(defaults).sort().join(", ")})`, cfg.source);
  }
}
