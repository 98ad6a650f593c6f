import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Position } from "../model/types.js";
import { ArtifactError } from "./errors.js";

/** Alias expansion cap: an alias bomb is refused instead of expanded (yaml's own guard). */
export const MAX_YAML_ALIASES = 100;

export interface ParsedDoc {
  value: unknown;
  /** Position of the value at `path` (of its key, for a mapping entry), or null when absent. */
  locate(path: readonly (string | number)[]): Position | null;
}

/**
 * Parses YAML keeping positions. Duplicate keys, syntax errors and alias bombs become an
 * ArtifactError carrying the line of the problem. `startLine` shifts positions for YAML that is
 * embedded in a larger file (front matter).
 */
export function parseYaml(text: string, startLine = 1): ParsedDoc {
  const lineCounter = new LineCounter();
  // logLevel "error": a template's `{{ name }}` is a map used as a key, which the library would
  // announce on standard error as a process warning; the value is simply not text to the rules.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, schema: "core", logLevel: "error" });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + startLine - 1, column: p.col };
  };
  const problem = doc.errors[0];
  if (problem) {
    const pos = at(problem.pos[0]);
    const reason = problem.code === "DUPLICATE_KEY" ? "duplicate key in YAML" : `invalid YAML: ${firstLine(problem.message)}`;
    throw new ArtifactError(reason, pos.line, pos.column);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    throw new ArtifactError(`YAML could not be expanded: ${firstLine(String((e as Error).message ?? e))}`, startLine, 1);
  }
  return {
    value,
    locate(path) {
      let node: unknown = doc.contents;
      let keyOffset: number | null = null;
      for (const seg of path) {
        keyOffset = null;
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
          if (!pair) return null;
          keyOffset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : null;
          node = pair.value;
        } else if (isSeq(node) && typeof seg === "number") {
          node = node.items[seg];
          if (node === undefined) return null;
        } else {
          return null;
        }
      }
      if (keyOffset !== null) return at(keyOffset);
      const range = (node as YamlNode | null)?.range;
      return range ? at(range[0]) : null;
    },
  };
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
}
