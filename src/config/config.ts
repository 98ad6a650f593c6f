// `.aigis.yml`: validated against the published schema (schema/aigis-config.schema.json, see
// schema.ts), so a typo is an error naming file, line and the fix instead of a setting that silently
// does nothing. Nothing is applied unless the whole file is valid.
import { FRAMEWORK_NAMES } from "../model/frameworks.js";
import fs from "node:fs";
import path from "node:path";
import { globMatch } from "../parse/glob.js";
import type { CatalogueEntry } from "../inventory/catalogue.js";
import type { Severity, Threshold } from "../model/types.js";
import type { FormatId } from "../readers/classify.js";
import { ArtifactError } from "../parse/errors.js";
import { parseYaml, type ParsedDoc } from "../parse/yaml-doc.js";
import { excerpt } from "./excerpt.js";
import { dotted, lineOf, schemaProblems } from "./schema.js";
import { daysBetween } from "../parse/waiver-syntax.js";
import { MAX_CONFIG_BYTES, readRegularFile, workspaceAt, type Workspace } from "../io/workspace.js";

export const CONFIG_FILE_NAMES = [".aigis.yml", ".aigis.yaml"];
export const DEFAULT_WAIVER_MAX_DAYS = 365;

export interface RuleSetting {
  severity?: Severity;
  enabled?: boolean;
}

/** A reader forced on the files a glob matches (readCandidate's ReadOptions.format). */
export interface ForcedFormat {
  path: string;
  format: string;
}

export type { ConfigWaiver } from "../model/types.js";
import type { ConfigWaiver } from "../model/types.js";

export interface CustomPolicies {
  kind: "dir" | "bundle";
  /** Absolute path. */
  path: string;
  /** Where it was set: `file:line`, or the flag or input that set it. */
  source: string;
  /** Named on the command line or as an input (not by the repository's configuration file). */
  byUser?: boolean;
}

export interface Config {
  /** Repository-relative path of the file it came from, or null for defaults. */
  source: string | null;
  failOn: Threshold;
  include: string[];
  exclude: string[];
  force: ForcedFormat[];
  maxFileMiB: number;
  organizationNames: string[];
  /** Readiness frameworks to report (ids as in Report.readiness), or null for all. */
  frameworks: string[] | null;
  rules: Record<string, RuleSetting>;
  params: Record<string, unknown>;
  waiverMaxDays: number;
  waivers: ConfigWaiver[];
  inlineWaivers: "allow" | "forbid";
  customPolicies: CustomPolicies | null;
  /** The observed AI inventory: paths it skips and catalogue entries it adds (docs/inventory.md). */
  inventory: { exclude: string[]; catalogue: CatalogueEntry[] };
  /** Line of a setting in the file (for errors found after loading); not part of the printed configuration. */
  lineOf?: (path: (string | number)[]) => number | null;
}

export const DEFAULT_CONFIG: Config = {
  source: null,
  failOn: "critical",
  include: [],
  exclude: [],
  force: [],
  maxFileMiB: 10,
  organizationNames: [],
  frameworks: null,
  rules: {},
  params: {},
  waiverMaxDays: DEFAULT_WAIVER_MAX_DAYS,
  waivers: [],
  inlineWaivers: "allow",
  customPolicies: null,
  inventory: { exclude: [], catalogue: [] },
};

export { ConfigError } from "../model/errors.js";
import { ConfigError } from "../model/errors.js";

/** Finds the configuration file: the explicit one, else .aigis.yml / .aigis.yaml under root. */
export function findConfig(root: string, explicit: string | null | undefined): string | null {
  // lstat, not exists: a dangling link named .aigis.yml is refused when read, never skipped.
  const present = (p: string) => {
    try {
      fs.lstatSync(p);
      return true;
    } catch {
      return false;
    }
  };
  if (explicit) {
    const p = path.resolve(root, explicit);
    if (!present(p)) throw new ConfigError(`configuration file ${explicit} does not exist`);
    return p;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const p = path.join(root, name);
    if (present(p)) return p;
  }
  return null;
}

/**
 * Reads and validates the configuration file: only a regular file (never through a symbolic link)
 * of at most 1 MiB inside the workspace; `named` marks a file the CLI's user named (--config).
 */
export function loadConfig(root: string, file: string | null, ws: Workspace = workspaceAt(root), named = false): Config {
  if (!file) return { ...DEFAULT_CONFIG };
  const rel = path.relative(root, file).split(path.sep).join("/") || path.basename(file);
  const text = readRegularFile(ws, file, "configuration file", MAX_CONFIG_BYTES, named);
  return loadConfigText(text, rel, path.dirname(file));
}

/** Parses and validates configuration text (from a file, or from git), `rel` naming it in errors. */
export function loadConfigText(text: string, rel: string, baseDir = "."): Config {
  let doc: ParsedDoc;
  try {
    doc = parseYaml(text);
  } catch (e) {
    if (e instanceof ArtifactError) throw new ConfigError(`${excerpt(e.reason, 200)}; fix the YAML syntax`, rel, e.line);
    throw new ConfigError(`cannot be parsed (${excerpt((e as Error).message, 200)})`, rel);
  }
  return parseConfig(doc, rel, baseDir);
}

/** Validates a parsed file (all problems at once, in file order) and builds the Config from it. */
export function parseConfig(doc: ParsedDoc, rel: string, baseDir = "."): Config {
  const problems = schemaProblems(doc);
  if (problems.length) {
    const [first, ...rest] = problems;
    throw new ConfigError(first!.message + rest.map((p) => `\n${rel}${p.line ? `:${p.line}` : ""}: ${p.message}`).join(""), rel, first!.line);
  }
  const o = (doc.value ?? {}) as Record<string, unknown>;
  const at = (p: (string | number)[]) => lineOf(doc, p);
  const src = (p: (string | number)[]) => `${rel}:${at(p) ?? 1}`;
  const list = (key: string) => ((o[key] as string[] | undefined) ?? []).map((g) => g.trim());

  const cfg: Config = {
    ...DEFAULT_CONFIG,
    source: rel,
    failOn: (o["fail-on"] as Threshold | undefined) ?? DEFAULT_CONFIG.failOn,
    include: list("include"),
    exclude: list("exclude"),
    force: ((o["force"] as ForcedFormat[] | undefined) ?? []).map((f) => ({ path: f.path.trim(), format: f.format })),
    maxFileMiB: (o["max-file-size-mib"] as number | undefined) ?? DEFAULT_CONFIG.maxFileMiB,
    organizationNames: ((o["organization"] as { names?: string[] } | undefined)?.names ?? []).map((n) => n.trim()),
    frameworks: frameworks(o["frameworks"] as string[] | undefined, o["owasp-llm-edition"] as string | number | undefined),
    rules: {},
    params: { ...((o["params"] as Record<string, unknown> | undefined) ?? {}) },
    waiverMaxDays: (o["waiver-max-days"] as number | undefined) ?? DEFAULT_WAIVER_MAX_DAYS,
    inlineWaivers: (o["inline-waivers"] as "allow" | "forbid" | undefined) ?? "allow",
    customPolicies: null,
    inventory: inventoryConfig(o["inventory"] as { exclude?: string[]; catalogue?: CatalogueEntry[] } | undefined),
    lineOf: at,
  };
  for (const [id, setting] of Object.entries((o["rules"] as Record<string, unknown> | undefined) ?? {})) {
    cfg.rules[id] = setting === "off" || setting === false ? { enabled: false } : { ...(setting as RuleSetting) };
  }
  const custom = o["custom-policies"] as { dir?: string; bundle?: string } | undefined;
  if (custom) {
    const kind = custom.dir !== undefined ? "dir" : "bundle";
    cfg.customPolicies = { kind, path: path.resolve(baseDir, (custom.dir ?? custom.bundle)!.trim()), source: src(["custom-policies", kind]) };
  }
  const today = runDate(cfg);
  cfg.waivers = ((o["waivers"] as Omit<ConfigWaiver, "source">[] | undefined) ?? []).map((w, i) => {
    const days = daysBetween(today, w.expires);
    if (days > cfg.waiverMaxDays) {
      throw new ConfigError(
        `${dotted(["waivers", i, "expires"])} ${w.expires} is ${days} days after today (${today}), beyond waiver-max-days (${cfg.waiverMaxDays}); ` +
          "pick an earlier date and renew the waiver when it comes up for review, or raise waiver-max-days",
        rel,
        at(["waivers", i, "expires"]),
      );
    }
    return { rule: w.rule, path: w.path.trim(), reason: w.reason.trim(), owner: w.owner.trim(), expires: w.expires, source: src(["waivers", i]) };
  });
  return cfg;
}

function inventoryConfig(o: { exclude?: string[]; catalogue?: CatalogueEntry[] } | undefined): Config["inventory"] {
  return {
    exclude: (o?.exclude ?? []).map((g) => g.trim()),
    catalogue: (o?.catalogue ?? []).map((e) => ({ ...e, package: e.package.trim() })),
  };
}

/** `frameworks` and `owasp-llm-edition` as the readiness framework ids to report (null: all). */
function frameworks(names: string[] | undefined, edition: string | number | undefined): string[] | null {
  const ed = edition === undefined || edition === "both" ? null : String(edition);
  if (!names && !ed) return null;
  const ids = (names ?? Object.keys(FRAMEWORK_NAMES)).flatMap((n) => FRAMEWORK_NAMES[n] ?? []);
  return ed ? ids.filter((id) => !id.startsWith("owasp-llm-") || id === `owasp-llm-${ed}`) : ids;
}

/**
 * The date rules measure ages against: `params.today` when the configuration pins it, else
 * SOURCE_DATE_EPOCH (the reproducible-builds convention), else the current UTC date.
 */
export function runDate(cfg: Pick<Config, "params">, env: NodeJS.ProcessEnv = process.env): string {
  const pinned = cfg.params["today"];
  if (typeof pinned === "string") return pinned;
  const epoch = Number(env["SOURCE_DATE_EPOCH"]);
  const date = Number.isFinite(epoch) && env["SOURCE_DATE_EPOCH"] ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Rule parameters as the policy sees them (input.config.params). */
export function policyParams(cfg: Config): Record<string, unknown> {
  const names = cfg.organizationNames.length ? cfg.organizationNames : ((cfg.params["organization_names"] as string[] | undefined) ?? []);
  return { ...cfg.params, organization_names: names, today: runDate(cfg) };
}

/** A directory or a .tar.gz given as a CLI flag or an Action input (`source` names which). */
export function customPoliciesFlag(value: string, source: string, base = process.cwd()): CustomPolicies {
  const p = path.resolve(base, value);
  const isDir = fs.existsSync(p) && fs.statSync(p).isDirectory();
  return { kind: isDir || !/\.(tar\.gz|tgz)$/i.test(p) ? "dir" : "bundle", path: p, source, byUser: true };
}

/** The reader `force` sets for a file, if any (the first matching entry). */
export function forcedFormat(cfg: Pick<Config, "force">, relPath: string): FormatId | undefined {
  return cfg.force.find((f) => globMatch(f.path, relPath))?.format as FormatId | undefined;
}
