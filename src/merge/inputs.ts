// The report files `aigis merge` reads: files named on the command line, and the *.json files under
// directories named there (the layout actions/download-artifact leaves: one directory per artifact).
// Listed in a fixed order, so the same inputs give the same merge and the same skip messages.
import fs from "node:fs";
import path from "node:path";

export class InputError extends Error {}

export interface ReportFile {
  /** As shown to the user: the path given, or the path found under a given directory. */
  shown: string;
  abs: string;
}

export interface Listing {
  files: ReportFile[];
  /** Entries passed over with a reason (a symbolic link under a directory is not followed). */
  passed: { source: string; reason: string }[];
}

export function listReportFiles(inputs: readonly string[]): Listing {
  const files: ReportFile[] = [];
  const passed: Listing["passed"] = [];
  const seen = new Set<string>();
  const addFile = (shown: string, abs: string) => {
    const real = fs.realpathSync(abs);
    if (seen.has(real)) return; // the same file named twice, or found under two named directories
    seen.add(real);
    files.push({ shown, abs });
  };
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch (e) {
      throw new InputError(`${input}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (e as Error).message}`);
    }
    if (st.isDirectory()) walk(input, addFile, passed);
    else addFile(input, path.resolve(input));
  }
  return { files, passed };
}

function walk(dir: string, addFile: (shown: string, abs: string) => void, passed: Listing["passed"]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const shown = path.join(dir, e.name);
    if (e.isSymbolicLink()) {
      if (e.name.endsWith(".json")) passed.push({ source: shown, reason: "a symbolic link; links under a directory are not followed (name the file itself)" });
    } else if (e.isDirectory()) walk(shown, addFile, passed);
    else if (e.isFile() && e.name.endsWith(".json")) addFile(shown, path.resolve(shown));
  }
}
