// What the report keeps of the inventory: one flat, sorted list of uses with their file and line.
import type { InventoryRecord, InventoryUse } from "../model/types.js";

/** A use as the report lists it: where it is, without its pointer, with its SHA-256 values only. */
export type InventoryItem = Omit<InventoryUse, "pointer" | "hashes"> & {
  path: string;
  sha256: string | null;
  /** Every SHA-256 of the use: a model directory has one per weights file (`sha256` is the first). */
  sha256s: string[];
};

export function inventoryOf(record: InventoryRecord): InventoryItem[] {
  return record.uses.map((u) => {
    const sha256s = u.hashes.filter((h) => h.alg === "SHA-256").map((h) => h.value);
    // Spelled out, not spread: the order of the keys is the order of the JSON report.
    return {
      path: record.path,
      line: u.line,
      column: u.column,
      type: u.type,
      name: u.name,
      version: u.version,
      provider: u.provider,
      hub: u.hub,
      category: u.category,
      revision: u.revision,
      sha256: sha256s[0] ?? null,
      sha256s,
      evidence: u.evidence,
    };
  });
}

export function sortInventory(items: InventoryItem[]): InventoryItem[] {
  return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
}
