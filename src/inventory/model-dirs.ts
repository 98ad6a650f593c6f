// Hugging Face model directories: a `config.json` naming the model's `architectures` or
// `model_type`, next to its weights files, is one model, not a folder plus N weights files. The
// config is read like any candidate; the weights are folded into it in a pass after reading
// (inventory records are small), so the model is named by its directory and keeps every hash.
import path from "node:path";
import type { InventoryRecord, ReadArtifact } from "../model/types.js";
import { use, positionAt, type FoundUse } from "./use.js";

export const MODEL_CONFIG = "config.json";

export const isModelConfig = (relPath: string) => path.posix.basename(relPath) === MODEL_CONFIG;

/** The record format of a model directory's config, which the fold pass looks for. */
export const MODEL_DIRECTORY_FORMAT = "model-directory";

/**
 * The model a Transformers `config.json` describes, named by its directory, at the key that makes
 * it one; nothing for any other `config.json`. Whether it is a model at all is settled by the fold:
 * without weights beside it, it is a configuration, not a model in use.
 */
export function detectModelConfig(relPath: string, text: string): FoundUse[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return []; // not JSON: some other tool's config.json, nothing the inventory can tell
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return [];
  const o = doc as Record<string, unknown>;
  const hasArchitectures = Array.isArray(o["architectures"]) && o["architectures"].some((a) => typeof a === "string");
  const hasModelType = typeof o["model_type"] === "string" && o["model_type"] !== "";
  if (!hasArchitectures && !hasModelType) return [];
  const key = hasArchitectures ? "architectures" : "model_type";
  const at = text.search(new RegExp(`"${key}"\\s*:`));
  const { line, column } = at >= 0 ? positionAt(text, at) : { line: 1, column: 1 };
  const dir = path.posix.dirname(relPath);
  return [use({ type: "weights", name: dir === "." ? "." : dir, line, column, evidence: "Hugging Face model directory" })];
}

/**
 * Folds the weights files directly inside a model directory into the directory's model: their
 * hashes join the model's, their own records go. A model config with no weights beside it is
 * dropped (a configuration, not weights in use); weights elsewhere stay as they are.
 */
export function foldModelDirectories(records: ReadArtifact[]): ReadArtifact[] {
  const configs = new Map<string, ReadArtifact>();
  for (const r of records)
    if (r.artifact.kind === "inventory" && r.artifact.format === MODEL_DIRECTORY_FORMAT) configs.set(path.posix.dirname(r.artifact.path), r);
  if (configs.size === 0) return records;
  const folded = new Map<string, InventoryRecord[]>();
  const kept: ReadArtifact[] = [];
  for (const r of records) {
    const a = r.artifact as InventoryRecord;
    if (a.format === MODEL_DIRECTORY_FORMAT) continue;
    const dir = path.posix.dirname(a.path);
    if (a.format === "weights" && configs.has(dir)) folded.set(dir, [...(folded.get(dir) ?? []), a]);
    else kept.push(r);
  }
  for (const [dir, config] of configs) {
    const weights = (folded.get(dir) ?? []).sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    if (weights.length === 0) continue;
    const record = config.artifact as InventoryRecord;
    const files = weights.map((w) => path.posix.basename(w.path));
    const model = record.uses[0]!;
    model.hashes = weights.flatMap((w) => w.uses.flatMap((u) => u.hashes));
    model.evidence = `Hugging Face model directory: ${MODEL_CONFIG} and ${files.length === 1 ? "weights file" : `${files.length} weights files`} ${files.join(", ")}`;
    kept.push(config);
  }
  return kept;
}
