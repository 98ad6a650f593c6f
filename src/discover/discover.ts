import fs from "node:fs";
import path from "node:path";
import { INVENTORY_VENDORED, inventoryKind, type InventoryFileKind } from "../inventory/index.js";
import { isCandidatePath } from "../readers/classify.js";
import type { Candidate as ReaderCandidate } from "../readers/read.js";
import { matchesAny } from "../parse/glob.js";

/** Directories that hold dependencies, caches or VCS data, never a team's own artifacts. */
export const DEFAULT_EXCLUDES = [".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".terraform", ".cache"];

/** A file the readers (ReaderCandidate) or the inventory detectors look at. */
export interface Candidate extends ReaderCandidate {
  /** A file the artifact readers look at (by extension or agent-file name). */
  artifact?: boolean;
  /** The inventory detector that looks at it, or null (src/inventory). */
  inventory?: InventoryFileKind | null;
}

export type { Skipped } from "../model/types.js";
import type { Skipped } from "../model/types.js";

export interface Discovery {
  candidates: Candidate[];
  skipped: Skipped[];
  filesSeen: number;
}

export interface DiscoverOptions {
  root: string;
  include: readonly string[];
  exclude: readonly string[];
  /** Called after each file is counted, with the number of files seen so far (progress display). */
  onFile?: (filesSeen: number) => void;
  /** Also choose the inventory's candidates (default true). */
  inventory?: boolean;
  /** Globs the inventory skips besides vendored and build trees (INVENTORY_VENDORED). */
  inventoryExclude?: readonly string[];
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * Walks the workspace once, in sorted order, and returns the files worth reading. Symbolic links
 * are followed only when they resolve to a file inside the workspace; linked directories are not
 * entered (no loops, no escape).
 */
export function discover(opts: DiscoverOptions): Discovery {
  const root = fs.realpathSync(opts.root);
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  let filesSeen = 0;
  const excludes = [...DEFAULT_EXCLUDES, ...opts.exclude];
  const inventoryExcludes = [...INVENTORY_VENDORED, ...(opts.inventoryExclude ?? [])];
  const withInventory = opts.inventory !== false;
  const stack: string[] = [""];
  while (stack.length) {
    const dirRel = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, dirRel), { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dirRel || ".", reason: `directory could not be listed (${(e as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)); // reversed: the stack pops in order
    for (const entry of entries) {
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      if (matchesAny(excludes, rel)) continue;
      const abs = path.join(root, rel);
      if (entry.isDirectory()) {
        stack.push(rel);
        continue;
      }
      let target = abs;
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = fs.realpathSync(abs);
        } catch {
          skipped.push({ path: rel, reason: "symbolic link that does not resolve (broken or a loop)" });
          continue;
        }
        if (!isInside(root, real)) {
          skipped.push({ path: rel, reason: "symbolic link that points outside the workspace; not followed" });
          continue;
        }
        if (!fs.statSync(real).isFile()) continue;
        target = real;
      } else if (!entry.isFile()) continue;
      filesSeen++;
      opts.onFile?.(filesSeen);
      if (opts.include.length && !matchesAny(opts.include, rel)) continue;
      // The format families say which files they read (src/readers/registry.ts).
      const artifact = isCandidatePath(rel);
      const inventory = withInventory ? inventoryKind(rel) : null;
      const usedInventory = inventory && !matchesAny(inventoryExcludes, rel) ? inventory : null;
      if (!artifact && !usedInventory) continue;
      candidates.push(candidate(rel, target, artifact, usedInventory));
    }
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, skipped, filesSeen };
}

/**
 * A candidate whose size is asked of the file system only when wanted: the inventory decides by it,
 * while an artifact reader measures the file it opens, so most candidates never need a stat of their own.
 */
function candidate(relPath: string, absPath: string, artifact: boolean, inventory: InventoryFileKind | null): Candidate {
  let size: number | undefined;
  return {
    relPath,
    absPath,
    artifact,
    inventory,
    get size() {
      if (size === undefined) {
        try {
          size = fs.statSync(absPath).size;
        } catch {
          size = 0; // gone since it was listed: reading it reports it
        }
      }
      return size;
    },
  };
}
