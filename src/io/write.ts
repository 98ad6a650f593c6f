// Writes a file without ever writing through a symbolic link and without leaving a partial file:
// the text goes into a fresh temporary file beside the target (O_EXCL, so it cannot be a link
// planted in advance) that is renamed over the target once complete. rename() replaces a link
// itself, never the file it points to, and a failed write (ENOSPC, EACCES) removes the temporary file.
import { crypto } from "../lazy-builtins.js";
import fs from "node:fs";
import path from "node:path";
import { ConfigError } from "../model/errors.js";
import { isInside, rebased, refuseLinkedParents, shown, type Workspace } from "./workspace.js";

/** Receives the file's text piece by piece. */
export type Write = (text: string) => void;

/**
 * Checks where `file` may be written and returns its absolute path: inside the workspace or an
 * output root (the CLI's user may name any place), no symbolic link among its directories inside
 * those, the target not a link nor a directory. Throws ConfigError naming `what`.
 */
export function checkWriteTarget(ws: Workspace, file: string, what: string): string {
  const abs = rebased(ws, file);
  refuseLinkedParents(ws, abs, what);
  const roots = [ws.root, ...ws.outputRoots];
  const parent = existingReal(path.dirname(abs));
  if (!ws.userPathsAnywhere && !roots.some((r) => isInside(r, parent))) {
    const where = ws.outputRoots.length ? `the workspace (${ws.root}) or RUNNER_TEMP (${ws.outputRoots.join(", ")})` : `the workspace (${ws.root})`;
    throw new ConfigError(`${what} ${file} is outside ${where}; write it under one of them`);
  }
  let st: fs.Stats | null = null;
  try {
    st = fs.lstatSync(abs);
  } catch {
    // does not exist yet
  }
  if (st?.isSymbolicLink())
    throw new ConfigError(`${what} ${shown(ws, abs)} is a symbolic link; aigis never writes through one (remove it, or pick another path)`);
  if (st?.isDirectory()) throw new ConfigError(`${what} ${shown(ws, abs)} is a directory; name a file`);
  return abs;
}

/** Writes `file` (checked with checkWriteTarget) via a temporary file and rename. */
export function writeFileSafely(ws: Workspace, file: string, what: string, body: (write: Write) => void): string {
  const abs = checkWriteTarget(ws, file, what);
  makeDirs(ws, path.dirname(abs), what);
  writeAtomically(abs, body);
  return abs;
}

/** Temp file beside `abs` (O_EXCL | O_NOFOLLOW), filled by `body`, renamed over `abs`; removed on failure. */
export function writeAtomically(abs: string, body: (write: Write) => void): void {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${crypto().randomBytes(6).toString("hex")}.tmp`);
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(tmp, flags, 0o666);
  let done = false;
  try {
    // writeFileSync on a descriptor writes all of the text (writeSync may write part of it).
    body((text) => fs.writeFileSync(fd, text));
    fs.closeSync(fd);
    done = true;
    fs.renameSync(tmp, abs);
  } catch (e) {
    if (!done) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
    }
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Creates missing directories one at a time, refusing any that is (or became) a symbolic link. */
export function makeDirs(ws: Workspace, dir: string, what: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    let st: fs.Stats | null = null;
    try {
      st = fs.lstatSync(d);
    } catch {
      // missing
    }
    if (st) {
      if (!st.isDirectory() && !(st.isSymbolicLink() && !isGuarded(ws, d))) throw new ConfigError(`${what}: ${shown(ws, d)} is not a directory`);
      break;
    }
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    if (!fs.lstatSync(d).isDirectory()) throw new ConfigError(`${what}: ${shown(ws, d)} is not a directory (a symbolic link appeared while it was created)`);
  }
}

function isGuarded(ws: Workspace, d: string): boolean {
  return [ws.root, ...ws.outputRoots].some((r) => isInside(r, d));
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function existingReal(p: string): string {
  const rest: string[] = [];
  for (let d = p; ; d = path.dirname(d)) {
    try {
      return path.join(fs.realpathSync(d), ...rest);
    } catch {
      if (path.dirname(d) === d) return p;
      rest.unshift(path.basename(d));
    }
  }
}
