import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { ArtifactError } from "./errors.js";
import { LineIndex } from "./positions.js";
import type { ParsedDoc } from "./yaml-doc.js";

/** Deeper nesting than this is refused before parsing: no real artifact needs it. */
export const MAX_JSON_DEPTH = 512;

/**
 * Parses strict JSON keeping positions. Syntax errors, duplicate keys and absurd nesting become an
 * ArtifactError with the line of the problem.
 */
export function parseJson(text: string): ParsedDoc {
  return parse(text, false);
}

/**
 * JSON with comments and trailing commas, as VS Code, Cursor and Claude Code accept in their settings
 * and MCP files. Duplicate keys are still refused: two clients could read two different values from
 * the same file.
 */
export function parseJsonc(text: string): ParsedDoc {
  return parse(text, true);
}

function parse(text: string, lenient: boolean): ParsedDoc {
  const lines = new LineIndex(text);
  checkDepth(text, lines);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const pos = lines.position(first?.offset ?? 0);
    throw new ArtifactError(`invalid JSON: ${first ? describe(printParseErrorCode(first.error)) : "empty document"}`, pos.line, pos.column);
  }
  checkDuplicateKeys(root, lines);
  return {
    value: toValue(root),
    locate(path) {
      const node = findNodeAtLocation(root, [...path]);
      if (!node) return null;
      const anchor = node.parent?.type === "property" ? node.parent : node;
      return lines.position(anchor.offset);
    },
  };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function checkDepth(text: string, lines: LineIndex): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) {
        const pos = lines.position(i);
        throw new ArtifactError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, pos.line, pos.column);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}

function checkDuplicateKeys(root: Node, lines: LineIndex): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "object") {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key && typeof key.value === "string") {
          if (seen.has(key.value)) {
            const pos = lines.position(key.offset);
            throw new ArtifactError(`duplicate key "${key.value}" in JSON`, pos.line, pos.column);
          }
          seen.add(key.value);
        }
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}

// Depth is bounded by checkDepth. defineProperty keeps a "__proto__" key an ordinary key.
function toValue(root: Node): unknown {
  const convert = (node: Node): unknown => {
    switch (node.type) {
      case "object": {
        const obj: Record<string, unknown> = {};
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (k && v) Object.defineProperty(obj, String(k.value), { value: convert(v), enumerable: true, writable: true, configurable: true });
        }
        return obj;
      }
      case "array":
        return (node.children ?? []).map(convert);
      default:
        return node.value;
    }
  };
  return convert(root);
}
