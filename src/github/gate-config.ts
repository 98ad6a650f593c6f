// Which configuration the gate runs with on a pull request. By default the base branch's: a pull
// request that edits `.aigis.yml` (waives everything, turns rules off, sets fail-on: none) is judged
// by the rules it is trying to change, and the edit is shown as a list of loosenings. `config-from:
// head` opts into the pull request's own file. When the base cannot be read the built-in defaults
// apply, with a warning; never the pull request's file.
import path from "node:path";
import { ConfigError, CONFIG_FILE_NAMES, DEFAULT_CONFIG, findConfig, loadConfig, loadConfigText, type Config } from "../config/config.js";
import { configLoosenings, reviewConfig, type ConfigReview } from "../config/diff.js";
import type { Severity } from "../model/types.js";
import { readBaseConfigText } from "./base-config.js";
import type { GitRunner } from "./changed-files.js";
import type { GitHubClient } from "./client.js";
import type { PullRequestContext } from "./context.js";

export type ConfigFrom = "base" | "head";

export interface GateConfig {
  /** The configuration to run with. */
  config: Config;
  /** The pull request's own configuration, to compare with the base's. */
  head: Config;
  /** The base branch's, or the defaults when it has none or it could not be read. */
  base: Config;
  source: ConfigReview["source"];
  /** Set when the base could not be used; also given to `warn`. */
  note: string | null;
}

/** A configuration file's text (from git or the API) → Config, with the checks a file on disk gets. */
export function configFromText(text: string, rel: string, baseDir: string): Config {
  return loadConfigText(text, rel, baseDir);
}

/**
 * The configuration file's candidate paths relative to the repository (git's and the API's paths),
 * in the order findConfig() tries them: the explicit file, else .aigis.yml / .aigis.yaml under root.
 */
export function configCandidates(root: string, explicit: string | null, repository: string): { rel: string; abs: string }[] {
  const files = explicit ? [path.resolve(root, explicit)] : CONFIG_FILE_NAMES.map((n) => path.join(root, n));
  return files
    .map((abs) => ({ abs, rel: path.relative(repository, abs).split(path.sep).join("/") }))
    .filter(({ rel }) => rel && !rel.startsWith("../") && rel !== ".." && !path.isAbsolute(rel));
}

export async function resolveGateConfig(opts: {
  from: ConfigFrom;
  pr: PullRequestContext;
  root: string;
  explicit: string | null;
  /** The checkout's top directory (paths at the base commit are relative to it). */
  repository: string;
  git: GitRunner | null;
  client: GitHubClient | null;
  warn: (message: string) => void;
  debug: (message: string) => void;
}): Promise<GateConfig> {
  // The pull request's file is always validated: a broken one fails the check whichever file is used.
  const head = loadConfig(opts.root, findConfigOrNull(opts.root, opts.explicit));
  const candidates = configCandidates(opts.root, opts.explicit, opts.repository);
  const read = await readBaseConfigText(
    opts.pr,
    candidates.map((c) => c.rel),
    opts,
  );
  let base: Config = { ...DEFAULT_CONFIG };
  let note: string | null = null;
  if (!read.ok) {
    note = `could not read the configuration at the base commit (${read.reason})`;
  } else if (read.file) {
    const abs = candidates.find((c) => c.rel === read.file!.path)!.abs;
    try {
      base = configFromText(read.file.text, `${read.file.path}@base`, path.dirname(abs));
      opts.debug(`base configuration ${read.file.path} read from ${read.via === "git" ? "git history" : "the contents API"}`);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      note = `the base branch's configuration is not valid (${e.message.split("\n")[0]})`;
    }
  } else {
    opts.debug("no configuration file at the base commit: the defaults apply there");
  }
  if (opts.from === "head") return { config: head, head, base, source: "head", note: null };
  if (note) {
    opts.warn(
      `aigis: ${note}; the gate uses the built-in defaults, not the pull request's configuration. Give the job fetch-depth: 0 or a token with contents: read.`,
    );
    return { config: base, head, base, source: "defaults", note: `${note}; the built-in defaults apply` };
  }
  return { config: base, head, base, source: read.ok && read.file ? "base" : "defaults", note: null };
}

function findConfigOrNull(root: string, explicit: string | null): string | null {
  try {
    return findConfig(root, explicit);
  } catch (e) {
    // An explicit file the pull request deleted: its configuration is the defaults; the base decides.
    if (e instanceof ConfigError && explicit) return null;
    throw e;
  }
}

/** The review the report carries, once the rules' built-in severities are known. */
export function reviewGateConfig(gate: GateConfig, ruleSeverity: ReadonlyMap<string, Severity>): ConfigReview {
  return reviewConfig(gate.config, configLoosenings(gate.base, gate.head, ruleSeverity), gate.source, gate.note);
}
