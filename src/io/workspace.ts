// The filesystem boundary of a run. aigis gates the repository it reads, and the pull request writes
// that repository, so its content decides nothing about where aigis reads or writes: every path a
// run touches (the scanned directory, the configuration file, custom policies, the report files,
// `init`'s scaffold) is resolved to its real path and refused when it leaves the workspace, and
// nothing is ever written through a symbolic link.
import fs from "node:fs";
import path from "node:path";
import { ConfigError } from "../model/errors.js";

export interface Workspace {
  /** Real path of the directory everything the run reads must stay in. */
  root: string;
  /** Further real directories reports may be written under (the Action's RUNNER_TEMP). */
  outputRoots: string[];
  /**
   * The CLI's user names --config, --custom-policies and --output on the command line and is trusted
   * with them: those may lie outside the workspace (still never read or written through a link the
   * repository holds). The Action's inputs never leave the workspace (or RUNNER_TEMP for reports).
   */
  userPathsAnywhere: boolean;
  /** Lexical spelling → real path of each root, so a path given under a linked spelling is checked from the real root down. */
  aliases: [string, string][];
}

/** The Action's workspace: GITHUB_WORKSPACE; reports may also go under RUNNER_TEMP. */
export function actionWorkspace(workspace: string, runnerTemp: string | undefined): Workspace {
  const root = realDir(workspace, "GITHUB_WORKSPACE");
  const temp = runnerTemp && fs.existsSync(runnerTemp) ? fs.realpathSync(runnerTemp) : null;
  return {
    root,
    outputRoots: temp ? [temp] : [],
    userPathsAnywhere: false,
    aliases: [[path.resolve(workspace), root], ...(temp ? [[path.resolve(runnerTemp!), temp] as [string, string]] : [])],
  };
}

/** A directory as its own workspace, nothing named by a user (e.g. what `init` scaffolds). */
export function workspaceAt(dir: string): Workspace {
  const root = realDir(dir, "path");
  return { root, outputRoots: [], userPathsAnywhere: false, aliases: [[path.resolve(dir), root]] };
}

/**
 * The CLI's workspace: the git work tree holding the scanned directory (the nearest ancestor with a
 * `.git`), else the scanned directory itself.
 */
export function cliWorkspace(scanPath: string): Workspace {
  const scanned = realDir(scanPath, "path");
  const at = (root: string): Workspace => {
    // The scanned directory as the user spelled it, mapped onto the real root.
    const lexicalRoot = path.resolve(path.resolve(scanPath), path.relative(scanned, root));
    return { root, outputRoots: [], userPathsAnywhere: true, aliases: [[lexicalRoot, root]] };
  };
  for (let dir = scanned; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, ".git"))) return at(dir);
    if (path.dirname(dir) === dir) return at(scanned);
  }
}

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function realDir(dir: string, what: string): string {
  try {
    const real = fs.realpathSync(path.resolve(dir));
    if (fs.statSync(real).isDirectory()) return real;
  } catch {
    // reported below
  }
  throw new ConfigError(`${what} ${dir} is not a directory`);
}

/**
 * The real path of `target`, which must exist and stay inside the workspace (unless the CLI's user
 * named it). `what` names the setting in the error, e.g. "custom-policies.dir".
 */
export function resolveInside(ws: Workspace, target: string, what: string, named = false): string {
  let real: string;
  try {
    real = fs.realpathSync(rebased(ws, target));
  } catch (e) {
    throw new ConfigError(`${what} ${shown(ws, target)} does not exist (${code(e)})`);
  }
  if (!(named && ws.userPathsAnywhere) && !isInside(ws.root, real)) {
    throw new ConfigError(`${what} ${shown(ws, target)} leads outside the workspace (${ws.root}); it must be a path inside it, not a symbolic link out of it`);
  }
  return real;
}

/** `p` absolute, with a lexical spelling of a root replaced by its real path. */
export function rebased(ws: Workspace, p: string): string {
  const abs = path.resolve(p);
  for (const [lexical, real] of ws.aliases) {
    if (lexical !== real && isInside(lexical, abs)) return path.join(real, path.relative(lexical, abs));
  }
  return abs;
}

/** The path as the user knows it: workspace-relative when inside, else as given. */
export function shown(ws: Workspace, p: string): string {
  const abs = path.resolve(p);
  return isInside(ws.root, abs) ? path.relative(ws.root, abs).split(path.sep).join("/") || "." : p;
}

/** The largest configuration file read (a real one is a few KiB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * A text file the repository provides (the configuration): read only when it is a regular file (a
 * symbolic link, device or FIFO is refused before it is opened) of at most `maxBytes`, inside the
 * workspace. Opened with O_NOFOLLOW and checked again on the descriptor, so a swap after lstat
 * cannot redirect the read.
 */
export function readRegularFile(ws: Workspace, file: string, what: string, maxBytes: number, named = false): string {
  const abs = rebased(ws, file);
  refuseLinkedParents(ws, abs, what);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch (e) {
    throw new ConfigError(`${what} ${shown(ws, abs)} cannot be read (${code(e)})`);
  }
  if (st.isSymbolicLink())
    throw new ConfigError(`${what} ${shown(ws, abs)} is a symbolic link; aigis reads only a regular file here (replace the link with the file)`);
  if (!st.isFile()) throw new ConfigError(`${what} ${shown(ws, abs)} is not a regular file`);
  resolveInside(ws, abs, what, named);
  let fd: number;
  try {
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new ConfigError(`${what} ${shown(ws, abs)} cannot be read (${code(e)})`);
  }
  try {
    const size = fs.fstatSync(fd);
    if (!size.isFile()) throw new ConfigError(`${what} ${shown(ws, abs)} is not a regular file`);
    const tooLarge = () => new ConfigError(`${what} ${shown(ws, abs)} is larger than ${maxBytes / 1048576} MiB; a configuration file is a few KiB`);
    if (size.size > maxBytes) throw tooLarge();
    // Read one byte past the cap, so a file that grew after fstat is still refused.
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (let r: number; n < buf.length && (r = fs.readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > maxBytes) throw tooLarge();
    return buf.subarray(0, n).toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Refuses a path whose directories include a symbolic link at or below the workspace (or an output
 * root): a link the repository holds must never be read or written through. Directories above
 * those (e.g. a linked /tmp on macOS) are the machine's, not the repository's.
 */
export function refuseLinkedParents(ws: Workspace, abs: string, what: string): void {
  const guarded = [ws.root, ...ws.outputRoots];
  abs = rebased(ws, abs);
  const dirs: string[] = [];
  for (let d = path.dirname(abs); ; d = path.dirname(d)) {
    dirs.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of dirs) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(d);
    } catch {
      return; // the rest does not exist yet
    }
    if (!st.isSymbolicLink()) continue;
    // A link above every guarded root is the machine's (paths outside the roots are refused or
    // allowed by the callers); at or below one, or leading into one, it is the repository's.
    const real = safeRealpath(d);
    if (guarded.some((g) => isInside(g, d) || (real !== null && isInside(g, real)))) {
      throw new ConfigError(
        `${what} ${shown(ws, abs)} goes through the symbolic link ${shown(ws, d)}; aigis never reads or writes through a link inside the workspace`,
      );
    }
  }
}

function safeRealpath(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

export function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message ?? String(e);
}
