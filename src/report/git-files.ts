// The few facts a report's origin needs from git (the work tree's top, the origin remote's URL,
// HEAD's commit and branch), read from the .git files instead of asking git. Each `git` process
// costs a CLI run about 3 ms; a scan asks five questions. The reader answers only for the plain
// layout git itself would accept without a second thought; anything else returns UNSURE and the
// caller asks git: environment overrides, a repository another user owns (git's safe.directory
// check), a filesystem boundary on the way up, a git directory without objects/ or refs/, a scan from
// inside a git directory, a configuration line it cannot parse exactly, includes, URL rewriting,
// extensions (reftable, SHA-256), an unknown repository format, legacy remotes, a symbolic ref
// chain, a ref name git would refuse, a link where a file should be, an oversized file.
// Two differences stay, both on the side of naming the repository: URL rewriting (`insteadOf`) in
// the user's or system's git configuration is not consulted (a report keeps only the URL's last two
// segments, which such a rewrite rarely moves), and the files are read when git is not installed.
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

// SHA-1: a SHA-256 repository declares extensions.objectformat, which sends the reader to git.
const SHA = /^[0-9a-f]{40}$/;
// A ref name as this reader resolves it: under refs/, no `..`, nothing that needs quoting.
const REF_NAME = /^refs\/(?:[\w+@-][\w.+@-]*\/)*[\w+@-][\w.+@-]*$/;

/** A ref name this reader resolves; a component ending in `.lock` or `.`, or `@` alone, git refuses. */
function plainRefName(name: string): boolean {
  return REF_NAME.test(name) && !name.split("/").some((c) => c.endsWith(".lock") || c.endsWith(".") || c === "@");
}
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

const isDir = (p: string): boolean => {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
};

const ownUid = typeof process.getuid === "function" ? process.getuid() : null;

/** Whether git would take `gitDir` for a repository: a HEAD, and objects/ and refs/ where they are shared. */
function isGitDir(gitDir: string, commonDir: string): boolean {
  return readSmall(path.join(gitDir, "HEAD")) !== null && isDir(path.join(commonDir, "objects")) && isDir(path.join(commonDir, "refs"));
}

/** The nearest `.git` above `dir`: null outside any work tree. */
function findLayout(dir: string): Layout | null {
  let d = fs.realpathSync(dir);
  let device: number | undefined;
  for (;;) {
    const here = fs.statSync(d);
    device ??= here.dev;
    // git stops at a filesystem boundary (GIT_DISCOVERY_ACROSS_FILESYSTEM), and has rules of its own
    // for a scan from inside a git directory or a bare repository.
    if (here.dev !== device || path.basename(d) === ".git" || isGitDir(d, d)) throw new Unsure();
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
      // A .git git would skip (and climb on from), or one another user owns (git refuses it unless
      // safe.directory allows it): git decides.
      if (!isGitDir(gitDir, commonDir)) throw new Unsure();
      if (ownUid !== null && [here, st, fs.statSync(gitDir), fs.statSync(commonDir)].some((x) => x.uid !== ownUid)) throw new Unsure();
      return { top: d, gitDir, commonDir };
    }
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

// What this reader parses of a configuration: section headers without a key on their line, and
// `key = value` or a bare `key`. Anything else (and any line continued with a backslash) is git's to read.
const HEADER = /^\[([A-Za-z0-9-]+)(?:\s+"([^"\\]*)")?\]$/;
const ENTRY = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/;

/** `remote.origin.url` from a configuration this reader can read exactly; Unsure otherwise. */
function originUrlOf(config: string): string | null {
  let section = "";
  let subsection: string | undefined;
  const urls: string[] = [];
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    if (line.endsWith("\\")) throw new Unsure();
    if (line.startsWith("[")) {
      const h = HEADER.exec(line);
      if (!h) throw new Unsure();
      section = h[1]!.toLowerCase();
      subsection = h[2];
      // Includes, URL rewriting and extensions (reftable, SHA-256, per-work-tree configuration)
      // change what git answers.
      if (section === "include" || section === "includeif" || section === "url" || section === "extensions") throw new Unsure();
      continue;
    }
    const e = ENTRY.exec(line);
    if (!e) throw new Unsure();
    const key = e[1]!.toLowerCase();
    const value = e[2] ?? "";
    if (section === "core" && key === "worktree") throw new Unsure();
    if (section === "core" && key === "repositoryformatversion" && value !== "0" && value !== "1") throw new Unsure();
    if (section === "remote" && subsection === "origin" && key === "url") urls.push(value);
  }
  if (urls.length === 0) return null;
  const url = urls[0]!;
  // Quotes, escapes and comments need git's own parser; git answers the first of several URLs for
  // `remote get-url` and the last for `config --get`.
  if (urls.length > 1 || /["\\;#]/.test(url) || url === "") throw new Unsure();
  return url;
}

/** The commit a ref names; null when the ref does not exist. */
function resolveRef(layout: Layout, name: string): string | null {
  if (!plainRefName(name)) throw new Unsure();
  // Refs of one work tree live in its own git directory; every other ref is shared.
  const own = /^refs\/(?:bisect|worktree|rewritten)\//.test(name);
  const loose = readSmall(path.join(own ? layout.gitDir : layout.commonDir, ...name.split("/")));
  if (loose !== null) {
    const text = loose.trim();
    if (SHA.test(text)) return text;
    throw new Unsure(); // a symbolic ref chain (git names its last ref) or something else
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
  // Windows: git's ownership check compares security identifiers, which this reader cannot see.
  if (process.platform === "win32" || OVERRIDES.some((name) => env[name] !== undefined)) return UNSURE;
  try {
    const layout = findLayout(dir);
    if (!layout) return null;
    if (layout.gitDir !== layout.commonDir && readSmall(path.join(layout.gitDir, "config.worktree")) !== null) return UNSURE;
    // Remotes of git's first years, still honoured by `git remote get-url`.
    if (fs.existsSync(path.join(layout.commonDir, "remotes", "origin")) || fs.existsSync(path.join(layout.commonDir, "branches", "origin"))) return UNSURE;
    const remoteUrl = originUrlOf(readSmall(path.join(layout.commonDir, "config"), CONFIG_MAX) ?? "");
    const head = (readSmall(path.join(layout.gitDir, "HEAD")) ?? "").trim();
    if (SHA.test(head)) return { top: layout.top, remoteUrl, commit: head, ref: null };
    const sym = /^ref: (\S+)$/.exec(head);
    if (!sym) return UNSURE;
    return { top: layout.top, remoteUrl, commit: resolveRef(layout, sym[1]!), ref: sym[1]! };
  } catch {
    return UNSURE; // Unsure, or an unexpected file-system error: git's own answer decides
  }
}
