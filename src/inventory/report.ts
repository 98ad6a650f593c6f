// What the report keeps of the inventory: one flat, sorted list of uses with their file and line.
import type { InventoryRecord } from "../model/types.js";

export interface InventoryItem {
  path: string;
  line: number;
  column: number;
  type: string;
  name: string;
  version: string | null;
  provider: string | null;
  hub: string | null;
  category: string | null;
  revision: string | null;
  sha256: string | null;
  /** Every SHA-256 of the use: a model directory has one per weights file (`sha256` is the first). */
  sha256s: string[];
  evidence: string;
}

export function inventoryOf(record: InventoryRecord): InventoryItem[] {
  return record.uses.map((u) => ({
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
    sha256: u.hashes.find((h) => h.alg === "SHA-256")?.value ?? null,
    sha256s: u.hashes.filter((h) => h.alg === "SHA-256").map((h) => h.value),
    evidence: u.evidence,
  }));
}

export function sortInventory(items: InventoryItem[]): InventoryItem[] {
  return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
}
