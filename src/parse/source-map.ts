import type { Position, SourceMap } from "../model/types.js";
import type { Path } from "./values.js";
import type { ParsedDoc } from "./yaml-doc.js";

/**
 * Builds an artifact's source map: normalized field pointer → position of the raw value it came
 * from. `base` is where the artifact sits in its document (a BOM component, an @graph node).
 */
export class SourceMapBuilder {
  readonly positions: SourceMap = {};

  constructor(
    readonly doc: ParsedDoc,
    readonly base: Path = [],
  ) {}

  /** Records the first candidate raw path that exists; returns whether one did. */
  map(field: string, ...candidates: Path[]): boolean {
    for (const c of candidates) {
      const pos = this.doc.locate(this.base.length === 0 ? c : this.base.concat(c));
      if (pos) {
        this.positions[field] = pos;
        return true;
      }
    }
    return false;
  }

  set(field: string, pos: Position | null | undefined): void {
    if (pos) this.positions[field] = pos;
  }

  /** Where the artifact itself starts: the place a missing field is reported. */
  root(): Position {
    return nearest(this.doc, this.base);
  }
}

/** Position of `path`, or of its nearest enclosing value that exists. */
export function nearest(doc: ParsedDoc, path: Path): Position {
  for (let n = path.length; n >= 0; n--) {
    const pos = doc.locate(path.slice(0, n));
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}
