// The few facts a report's origin needs from git (the work tree's top, the origin remote's URL,
// HEAD's commit and branch), read from the .git files instead of asking git. Each `git` process
// costs a CLI run about 3 ms; a scan asks five questions. Anything outside the plain layout this
// reader knows (environment overrides, includes, URL rewriting, extensions such as reftable, a
// link where a file should be, an oversized file) returns UNSURE, and the caller asks git itself.
// One difference stays: URL rewriting (`insteadOf`) in the user's or system's git configuration is
// not consulted; a report keeps only the URL's last two segments, which such a rewrite rarely moves.
import fs from "node:fs";
import path from "node:path";

/** "Ask git instead": the files do not settle the question. */
export const UNSURE = Symbol("ask git");

export interface GitFiles {
  /** The work tree's top directory (real path). */
  top: string;
  /** `remote.origin.url`, or null when the repository has no such remote. */
  remoteUrl: string | null;
  /** HEAD's commit, or null on a branch with no commit yet. */
  commit: string | null;
  /** The branch HEAD names (`refs/heads/…`), or null on a detached HEAD. */
  ref: string | null;
}

type Env = Record<string, string | undefined>;

// Variables that move the repository, the work tree or the configuration git would read.
const OVERRIDES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM",
  "GIT_CONFIG",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_COUNT",
  "GIT_CONFIG_PARAMETERS",
  "GIT_NAMESPACE",
  "GIT_REF_STORAGE",
];

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// A ref name as this reader resolves it: under refs/, no `..`, nothing that needs quoting.
const REF_NAME = /^refs\/(?:[\w+@-][\w.+@-]*\/)*[\w+@-][\w.+@-]*$/;
const SMALL = 64 * 1024;
const CONFIG_MAX = 1024 * 1024;
const PACKED_REFS_MAX = 32 * 1024 * 1024;

class Unsure extends Error {}

/** A regular file's text, or null when it does not exist; Unsure for a link, a directory or a file over `max`. */
function readSmall(file: string, max = SMALL): string | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return null;
    throw new Unsure();
  }
  if (!st.isFile() || st.size > max) throw new Unsure();
  return fs.readFileSync(file, "utf8");
}

interface Layout {
  top: string;
  gitDir: string;
  commonDir: string;
}

/** The nearest `.git` above `dir`: null outside any work tree. */
function findLayout(dir: string): Layout | null {
  let d = fs.realpathSync(dir);
  for (;;) {
    const dotGit = path.join(d, ".git");
    let st: fs.Stats | null = null;
    try {
      st = fs.lstatSync(dotGit);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new Unsure();
    }
    if (st) {
      let gitDir: string;
      if (st.isDirectory()) gitDir = dotGit;
      else if (st.isFile()) {
        // A linked work tree or a submodule: `gitdir: <path>`, relative to the work tree.
        const m = /^gitdir: (.+?)\s*$/.exec(readSmall(dotGit) ?? "");
        if (!m) throw new Unsure();
        gitDir = path.resolve(d, m[1]!);
      } else throw new Unsure();
      const common = readSmall(path.join(gitDir, "commondir"));
      const commonDir = common === null ? gitDir : path.resolve(gitDir, common.trim());
      if (readSmall(path.join(gitDir, "HEAD")) === null) throw new Unsure();
      return { top: d, gitDir, commonDir };
    }
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** `remote.origin.url` from a configuration this reader can read exactly; Unsure otherwise. */
function originUrlOf(config: string): string | null {
  // Includes, URL rewriting, extensions (reftable, per-work-tree configuration), a relocated work
  // tree and the old `[remote.origin]` syntax all change what git answers: let git answer.
  if (/^\s*\[\s*(?:include|includeif|extensions|remote\.)/im.test(config) || /insteadof/i.test(config) || /^\s*worktree\s*=/im.test(config)) {
    throw new Unsure();
  }
  let inOrigin = false;
  const urls: string[] = [];
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      // The section name is case-insensitive, the subsection ("origin") is not.
      inOrigin = /^\[\s*remote\s+"origin"\s*\]$/i.test(line) && line.includes('"origin"');
      continue;
    }
    if (!inOrigin) continue;
    const m = /^url\s*=\s*(.*)$/i.exec(line);
    if (m) urls.push(m[1]!);
  }
  if (urls.length === 0) return null;
  const url = urls[0]!;
  // Quotes, escapes, comments and continuation lines need git's own parser.
  if (urls.length > 1 || /["\\;#]/.test(url) || url === "") throw new Unsure();
  return url;
}

/** The commit a ref names, following symbolic refs a few levels; null when the ref does not exist. */
function resolveRef(layout: Layout, name: string, depth = 0): string | null {
  if (depth > 5 || !REF_NAME.test(name)) throw new Unsure();
  // Refs of one work tree live in its own git directory; every other ref is shared.
  const own = /^refs\/(?:bisect|worktree|rewritten)\//.test(name);
  const loose = readSmall(path.join(own ? layout.gitDir : layout.commonDir, ...name.split("/")));
  if (loose !== null) {
    const text = loose.trim();
    if (SHA.test(text)) return text;
    const sym = /^ref: (\S+)$/.exec(text);
    if (sym) return resolveRef(layout, sym[1]!, depth + 1);
    throw new Unsure();
  }
  const packed = readSmall(path.join(layout.commonDir, "packed-refs"), PACKED_REFS_MAX);
  if (packed === null) return null;
  for (const line of packed.split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0 && line.slice(space + 1).trimEnd() === name) {
      const sha = line.slice(0, space);
      if (SHA.test(sha)) return sha;
      throw new Unsure();
    }
  }
  return null;
}

/**
 * The origin facts of the work tree holding `dir` from its .git files; null outside any work tree;
 * UNSURE when git must be asked.
 */
export function readGitFiles(dir: string, env: Env): GitFiles | null | typeof UNSURE {
  if (OVERRIDES.some((name) => env[name] !== undefined)) return UNSURE;
  try {
    const layout = findLayout(dir);
    if (!layout) return null;
    if (layout.gitDir !== layout.commonDir && readSmall(path.join(layout.gitDir, "config.worktree")) !== null) return UNSURE;
    const remoteUrl = originUrlOf(readSmall(path.join(layout.commonDir, "config"), CONFIG_MAX) ?? "");
    const head = (readSmall(path.join(layout.gitDir, "HEAD")) ?? "").trim();
    if (SHA.test(head)) return { top: layout.top, remoteUrl, commit: head, ref: null };
    const sym = /^ref: (\S+)$/.exec(head);
    if (!sym || !REF_NAME.test(sym[1]!)) return UNSURE;
    return { top: layout.top, remoteUrl, commit: resolveRef(layout, sym[1]!), ref: sym[1]! };
  } catch {
    return UNSURE; // Unsure, or an unexpected file-system error: git's own answer decides
  }
}
