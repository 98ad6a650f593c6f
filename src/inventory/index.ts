// The observed AI inventory: which files of the one discovery walk are worth reading for AI use,
// and what each detector found in them, as one normalized `inventory` record per file whose uses
// carry the line and column of their evidence.
import path from "node:path";
import type { InventoryRecord, ReadArtifact, SourceMap } from "../model/types.js";
import { CATALOGUE, Catalogue, type CatalogueEntry } from "./catalogue.js";
import { CODE_EXTENSIONS, detectCode } from "./code.js";
import { detectContainer, isContainerOrScript } from "./containers.js";
import { detectEnv, isEnvExample } from "./env.js";
import { detectManifest, manifestKind } from "./manifests.js";
import { detectWeights, isWeightsFile } from "./weights.js";
import { detectModelConfig, isModelConfig } from "./model-dirs.js";
import type { FoundUse } from "./use.js";

/**
 * Trees that hold other people's code or build output, skipped by the inventory (not by artifact
 * discovery): a vendored copy of an SDK is not the repository's use of it.
 */
export const INVENTORY_VENDORED = [
  "vendor",
  "third_party",
  "third-party",
  "dist",
  "build",
  "target",
  "out",
  ".next",
  ".nuxt",
  "site-packages",
  "bower_components",
  "env",
  ".env",
  ".yarn",
  "coverage",
  ".gradle",
];

/** Source files larger than this are generated or minified, not a team's code. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type InventoryFileKind = "manifest" | "code" | "container" | "weights" | "env" | "model-directory";

export function inventoryKind(relPath: string): InventoryFileKind | null {
  if (manifestKind(relPath)) return "manifest";
  if (isWeightsFile(relPath)) return "weights";
  if (isModelConfig(relPath)) return "model-directory";
  if (isEnvExample(relPath)) return "env";
  if (isContainerOrScript(relPath)) return "container";
  if (CODE_EXTENSIONS.has(path.posix.extname(relPath).toLowerCase())) return "code";
  return null;
}

export interface InventorySettings {
  catalogue: Catalogue;
}

export function inventorySettings(extra: readonly CatalogueEntry[] = []): InventorySettings {
  return { catalogue: new Catalogue([...CATALOGUE, ...extra]) };
}

/** How much of a candidate the inventory needs: weights are read whole only to hash them. */
export function wantsBytes(kind: InventoryFileKind, size: number, maxFileBytes: number): boolean {
  if (kind === "weights") return size <= maxFileBytes;
  if (kind === "code") return size <= MAX_SOURCE_BYTES;
  return size <= maxFileBytes;
}

/**
 * The inventory record of one file, or null when it shows no AI use. `bytes` is the file's content
 * as discovery read it (null when over the limit); text that is not UTF-8 shows nothing.
 */
export function detectInventory(relPath: string, kind: InventoryFileKind, bytes: Uint8Array | null, settings: InventorySettings): ReadArtifact | null {
  let found: FoundUse[];
  if (kind === "weights") found = [detectWeights(relPath, bytes)];
  else {
    if (!bytes) return null;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    switch (kind) {
      case "manifest":
        found = detectManifest(manifestKind(relPath)!, relPath, text, settings.catalogue);
        break;
      case "env":
        found = detectEnv(text);
        break;
      case "container":
        found = detectContainer(text);
        break;
      case "code":
        found = detectCode(text);
        break;
      case "model-directory":
        found = detectModelConfig(relPath, text);
        break;
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  const positions: SourceMap = { "": { line: 1, column: 1 } };
  const uses = found.map((u, i) => {
    positions[`/uses/${i}`] = { line: u.line, column: u.column };
    return { pointer: `/uses/${i}`, ...u };
  });
  const artifact: InventoryRecord = {
    id: relPath,
    path: relPath,
    kind: "inventory",
    format: kind,
    format_version: null,
    problems: [],
    duplicate_keys: [],
    uses,
  };
  return { artifact, raw: null, positions };
}
