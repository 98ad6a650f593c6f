import type { Position, SourceMap } from "../model/types.js";
import { parentPointer } from "../readers/positions.js";

/**
 * Where a finding about `pointer` is shown: the field itself when the reader saw it, otherwise the
 * nearest enclosing node that exists (a missing field is reported where it should be added).
 */
export function locate(positions: SourceMap | undefined, pointer: string): Position {
  if (!positions) return { line: 1, column: 1 };
  let p: string | null = pointer;
  while (p !== null) {
    const pos = positions[p];
    if (pos) return pos;
    p = parentPointer(p);
  }
  return { line: 1, column: 1 };
}
