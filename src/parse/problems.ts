import type { ArtifactBase, DuplicateKey, Position, Problem, SourceMap } from "../model/types.js";
import { pointerJoin } from "./positions.js";
import { nearest } from "./source-map.js";
import type { Path } from "./values.js";
import type { ParsedDoc } from "./yaml-doc.js";

/** More than this many problems in one file say "the file is wrong", not "fix these lines". */
export const MAX_PROBLEMS = 50;

/**
 * Collects the conformance problems of one document with their positions (`/problems/<i>` in the
 * artifact's source map), so AIGIS-IN-002 can point at each one.
 */
export class ProblemList {
  readonly problems: Problem[] = [];
  readonly positions: SourceMap = {};
  private dropped = 0;

  constructor(readonly doc: ParsedDoc | null) {}

  /** A problem at a raw document path; a missing value is located at its nearest enclosing one. */
  add(path: Path, reason: string): void {
    this.addAt(pointerJoin("", ...path), reason, this.doc ? nearest(this.doc, path) : { line: 1, column: 1 });
  }

  /**
   * A requirement of the specification's text that the format's reference validator does not
   * enforce (AIGIS-IN-004, not IN-002): `clause` names where the specification asks for it.
   */
  addSpec(path: Path, reason: string, clause: string): void {
    this.addAt(pointerJoin("", ...path), reason, this.doc ? nearest(this.doc, path) : { line: 1, column: 1 }, clause);
  }

  addAt(pointer: string, reason: string, position: Position, specClause?: string): void {
    if (this.problems.some((p) => p.pointer === pointer && p.reason === reason)) return;
    if (this.problems.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    this.positions[`/problems/${this.problems.length}`] = position;
    this.problems.push(specClause ? { pointer, reason, spec_clause: specClause } : { pointer, reason });
  }

  /** The list to publish; the last entry says how many were left out. */
  result(): { problems: Problem[]; positions: SourceMap } {
    if (this.dropped === 0) return { problems: this.problems, positions: this.positions };
    const last = this.problems.length;
    return {
      problems: [...this.problems, { pointer: "", reason: `${this.dropped} more problems not listed` }],
      positions: { ...this.positions, [`/problems/${last}`]: this.positions["/problems/0"] ?? { line: 1, column: 1 } },
    };
  }
}

/** The artifact's problems and repeated keys, their positions merged into its source map. */
export function recordProblems(artifact: ArtifactBase, positions: SourceMap, list: ProblemList): void {
  const { problems, positions: at } = list.result();
  Object.assign(positions, at);
  artifact.problems = problems;
  artifact.duplicate_keys = duplicateKeys(list.doc, positions);
}

/**
 * The document's repeated keys, each placed at `/duplicate_keys/<i>`. Past MAX_PROBLEMS the file is
 * generated or hostile: the rest are left out (the last one listed still says the file has them).
 */
function duplicateKeys(doc: ParsedDoc | null, positions: SourceMap): DuplicateKey[] {
  return (doc?.duplicates ?? []).slice(0, MAX_PROBLEMS).map((d, i) => {
    positions[`/duplicate_keys/${i}`] = d.position;
    return { pointer: pointerJoin("", ...d.path), first_line: d.firstLine };
  });
}
