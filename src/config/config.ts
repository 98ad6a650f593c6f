// `.aigis.yml`: read strictly, so a typo is an error naming file, line and the fix instead of a
// setting that silently does nothing. Nothing is applied unless the whole file is valid.
import fs from "node:fs";
import path from "node:path";
import { isSeverity, isThreshold, THRESHOLDS } from "../model/severity.js";
import type { Severity, Threshold } from "../model/types.js";
import { ArtifactError } from "../readers/errors.js";
import { parseYaml, type ParsedDoc } from "../readers/yaml-doc.js";

export const CONFIG_FILE_NAMES = [".aigis.yml", ".aigis.yaml"];

export interface RuleSetting {
  severity?: Severity;
  enabled?: boolean;
}

export interface Config {
  /** Repository-relative path of the file it came from, or null for defaults. */
  source: string | null;
  failOn: Threshold;
  include: string[];
  exclude: string[];
  maxFileMiB: number;
  organizationNames: string[];
  rules: Record<string, RuleSetting>;
  params: Record<string, unknown>;
}

export const DEFAULT_CONFIG: Config = {
  source: null,
  failOn: "critical",
  include: [],
  exclude: [],
  maxFileMiB: 10,
  organizationNames: [],
  rules: {},
  params: {},
};

/** A configuration or usage problem: the run stops with exit status 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string | null = null,
    readonly line: number | null = null,
  ) {
    super(file ? `${file}${line ? `:${line}` : ""}: ${message}` : message);
  }
}

const TOP_KEYS = ["$schema", "fail-on", "include", "exclude", "max-file-size-mib", "organization", "rules", "params"];

function suggest(key: string, options: readonly string[]): string {
  const near = options.find((o) => distance(o, key) <= 2);
  return near ? ` (did you mean "${near}"?)` : ` (allowed: ${options.join(", ")})`;
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** Finds the configuration file: the explicit one, else .aigis.yml / .aigis.yaml under root. */
export function findConfig(root: string, explicit: string | null | undefined): string | null {
  if (explicit) {
    const p = path.resolve(root, explicit);
    if (!fs.existsSync(p)) throw new ConfigError(`configuration file ${explicit} does not exist`);
    return p;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const p = path.join(root, name);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

export function loadConfig(root: string, file: string | null): Config {
  if (!file) return { ...DEFAULT_CONFIG };
  const rel = path.relative(root, file).split(path.sep).join("/") || path.basename(file);
  let doc: ParsedDoc;
  try {
    doc = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (e) {
    if (e instanceof ArtifactError) throw new ConfigError(`${e.reason}; fix the YAML syntax`, rel, e.line);
    throw new ConfigError(`cannot be read (${(e as Error).message})`, rel);
  }
  return parseConfig(doc, rel);
}

export function parseConfig(doc: ParsedDoc, rel: string): Config {
  const line = (p: (string | number)[]) => doc.locate(p)?.line ?? null;
  const err = (msg: string, p: (string | number)[]): never => {
    throw new ConfigError(msg, rel, line(p));
  };
  const v = doc.value ?? {};
  if (typeof v !== "object" || Array.isArray(v)) err("must be a mapping of settings (for example `fail-on: high`)", []);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!TOP_KEYS.includes(k)) err(`unknown key "${k}"${suggest(k, TOP_KEYS)}`, [k]);

  const cfg: Config = { ...DEFAULT_CONFIG, source: rel, rules: {}, params: {} };
  if (o["fail-on"] !== undefined) {
    if (!isThreshold(o["fail-on"])) err(`fail-on must be one of ${THRESHOLDS.join(", ")}; got ${JSON.stringify(o["fail-on"])}`, ["fail-on"]);
    cfg.failOn = o["fail-on"] as Threshold;
  }
  const globs = (key: "include" | "exclude") => {
    const val = o[key];
    if (val === undefined) return [];
    if (!Array.isArray(val) || val.some((g) => typeof g !== "string" || !g.trim())) err(`${key} must be a list of glob patterns, e.g. ["models/**"]`, [key]);
    return (val as string[]).map((g) => g.trim());
  };
  cfg.include = globs("include");
  cfg.exclude = globs("exclude");
  if (o["max-file-size-mib"] !== undefined) {
    const n = o["max-file-size-mib"];
    if (typeof n !== "number" || !Number.isFinite(n) || n <= 0 || n > 1024) err("max-file-size-mib must be a number of MiB between 0 and 1024", ["max-file-size-mib"]);
    cfg.maxFileMiB = n as number;
  }
  if (o["organization"] !== undefined) {
    const org = o["organization"];
    if (!org || typeof org !== "object" || Array.isArray(org)) err("organization must be a mapping with `names: [..]`", ["organization"]);
    for (const k of Object.keys(org as object)) if (k !== "names") err(`unknown key "organization.${k}" (allowed: names)`, ["organization", k]);
    const names = (org as Record<string, unknown>)["names"];
    if (names !== undefined && (!Array.isArray(names) || names.some((n) => typeof n !== "string"))) {
      err("organization.names must be a list of the names your organization publishes models and data under", ["organization", "names"]);
    }
    cfg.organizationNames = (names as string[] | undefined) ?? [];
  }
  if (o["rules"] !== undefined) {
    const rules = o["rules"];
    if (!rules || typeof rules !== "object" || Array.isArray(rules)) err("rules must map rule ids to settings, e.g. `AIGIS-MC-014: {severity: low}`", ["rules"]);
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      if (!/^AIGIS-[A-Z]{2,4}-\d{3}$/.test(id)) err(`"${id}" is not a rule id (like AIGIS-MC-001; \`aigis rules\` lists them)`, ["rules", id]);
      if (setting === "off" || setting === false) {
        cfg.rules[id] = { enabled: false };
        continue;
      }
      if (!setting || typeof setting !== "object" || Array.isArray(setting)) err(`rules.${id} must be "off" or a mapping with severity and/or enabled`, ["rules", id]);
      const s = setting as Record<string, unknown>;
      const out: RuleSetting = {};
      for (const [k, val] of Object.entries(s)) {
        if (k === "severity") {
          if (!isSeverity(val)) err(`rules.${id}.severity must be critical, high, medium or low`, ["rules", id, k]);
          out.severity = val as Severity;
        } else if (k === "enabled") {
          if (typeof val !== "boolean") err(`rules.${id}.enabled must be true or false`, ["rules", id, k]);
          out.enabled = val as boolean;
        } else err(`unknown key "rules.${id}.${k}"${suggest(k, ["severity", "enabled"])}`, ["rules", id, k]);
      }
      cfg.rules[id] = out;
    }
  }
  if (o["params"] !== undefined) {
    const params = o["params"];
    if (!params || typeof params !== "object" || Array.isArray(params)) err("params must be a mapping of rule parameters", ["params"]);
    const p = params as Record<string, unknown>;
    if (p["min_words"] !== undefined && (typeof p["min_words"] !== "number" || !Number.isInteger(p["min_words"]) || (p["min_words"] as number) < 1)) {
      err("params.min_words must be a whole number of at least 1", ["params", "min_words"]);
    }
    if (p["today"] !== undefined && !(typeof p["today"] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(p["today"]))) {
      err("params.today must be a date written YYYY-MM-DD (it pins the date ages are measured against)", ["params", "today"]);
    }
    cfg.params = { ...p };
  }
  return cfg;
}

/**
 * The date rules measure ages against: `params.today` when the configuration pins it, else
 * SOURCE_DATE_EPOCH (the reproducible-builds convention), else the current UTC date.
 */
export function runDate(cfg: Config, env: NodeJS.ProcessEnv = process.env): string {
  const pinned = cfg.params["today"];
  if (typeof pinned === "string") return pinned;
  const epoch = Number(env["SOURCE_DATE_EPOCH"]);
  const date = Number.isFinite(epoch) && env["SOURCE_DATE_EPOCH"] ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Rule parameters as the policy sees them (input.config.params). */
export function policyParams(cfg: Config): Record<string, unknown> {
  return { ...cfg.params, organization_names: cfg.organizationNames, today: runDate(cfg) };
}
