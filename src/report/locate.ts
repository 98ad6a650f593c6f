import type { Position, SourceMap } from "../model/types.js";
import { parentPointer } from "../parse/positions.js";

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

/**
 * A source map kept as UTF-8 JSON (`{"/pointer":[line,column]}`), outside the JavaScript heap,
 * until a finding needs it: a 10,000-artifact repository has some 340,000 positions, which as
 * objects were the largest thing a run kept after reading.
 */
export type PackedSourceMap = Uint8Array;

export function packSourceMap(map: SourceMap): PackedSourceMap {
  const pairs: Record<string, [number, number]> = {};
  for (const [pointer, pos] of Object.entries(map)) pairs[pointer] = [pos.line, pos.column];
  return Buffer.from(JSON.stringify(pairs), "utf8");
}

/** Where findings on one artifact are shown, read from its packed source map (see locate). */
export function packedLocator(packed: PackedSourceMap): (pointer: string) => Position {
  const pairs = JSON.parse(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString("utf8")) as Record<string, [number, number] | undefined>;
  return (pointer) => {
    let p: string | null = pointer;
    while (p !== null) {
      const pos = pairs[p];
      if (pos) return { line: pos[0], column: pos[1] };
      p = parentPointer(p);
    }
    return { line: 1, column: 1 };
  };
}
