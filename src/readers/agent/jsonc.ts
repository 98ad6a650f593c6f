// JSON with comments and trailing commas, as VS Code, Cursor and Claude Code accept in their
// settings and MCP files, parsed with positions. Duplicate keys are refused like in strict JSON:
// two clients could read two different servers from the same file.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { ArtifactError } from "../errors.js";
import { MAX_JSON_DEPTH } from "../json-doc.js";
import { LineIndex } from "../positions.js";
import type { ParsedDoc } from "../yaml-doc.js";

export function parseJsonc(text: string): ParsedDoc {
  const lines = new LineIndex(text);
  checkDepth(text, lines);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const pos = lines.position(first?.offset ?? 0);
    const what = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "empty document";
    throw new ArtifactError(`invalid JSON: ${what}`, pos.line, pos.column);
  }
  checkTree(root, lines);
  return {
    value: toValue(root),
    locate(path) {
      const node = findNodeAtLocation(root, [...path]);
      if (!node) return null;
      return lines.position((node.parent?.type === "property" ? node.parent : node).offset);
    },
  };
}

/** Refuses absurd nesting before the (recursive) parser sees it. Brackets in comments count too. */
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

/** Duplicate keys, walked without recursion. */
function checkTree(root: Node, lines: LineIndex): void {
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

// Depth is bounded by checkDepth.
function toValue(node: Node): unknown {
  switch (node.type) {
    case "object": {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) Object.defineProperty(obj, String(k.value), { value: toValue(v), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case "array":
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}
