// The shape every detector returns, and the position helper they share.
import type { InventoryUse } from "../model/types.js";
import { splitLines } from "../parse/positions.js";

/** A use before it gets its pointer in the file's record. */
export type FoundUse = Omit<InventoryUse, "pointer">;

export function use(fields: Partial<FoundUse> & Pick<FoundUse, "type" | "name" | "evidence" | "line" | "column">): FoundUse {
  return { version: null, provider: null, hub: null, category: null, revision: null, hashes: [], ...fields };
}

/** Lines of a text with their 1-based numbers; `\r\n` and `\r` end lines too. */
export function lines(text: string): string[] {
  return splitLines(text);
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
