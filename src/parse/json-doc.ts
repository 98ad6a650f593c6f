import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { ArtifactError } from "./errors.js";
import { JsonTooDeep, jsonSpans, spanOffset, type JsonSpan, type JsonSpans } from "./json-positions.js";
import { LineIndex } from "./positions.js";
import { lastWith, type DuplicateKey, type ParsedDoc } from "./yaml-doc.js";

/** Deeper nesting than this is refused before parsing: no real artifact needs it. */
export const MAX_JSON_DEPTH = 512;

/**
 * Parses strict JSON keeping positions. Syntax errors and absurd nesting become an ArtifactError
 * with the line of the problem. A key written twice keeps its last value, as `JSON.parse`, Python's
 * json and the CycloneDX and SPDX libraries read it, and is listed in `duplicates` to be reported.
 */
export function parseJson(text: string): ParsedDoc {
  return parse(text, false);
}

/**
 * JSON with comments and trailing commas, as VS Code, Cursor and Claude Code accept in their settings
 * and MCP files. Duplicate keys are read last-wins and listed, as in strict JSON.
 */
export function parseJsonc(text: string): ParsedDoc {
  return parse(text, true);
}

function parse(text: string, lenient: boolean): ParsedDoc {
  const lines = new LineIndex(text);
  // Strict JSON that JSON.parse accepts: its value, and the offsets from one scan of the text, which
  // also bounds the nesting (JSON.parse itself is not recursive) and tells whether any key repeats.
  // The syntax tree below is built only to say where and why a text is not JSON (or for JSONC).
  if (!lenient) {
    const value = nativeValue(text);
    if (value !== NOT_JSON) {
      let scan: JsonSpans;
      try {
        scan = jsonSpans(text, MAX_JSON_DEPTH);
      } catch (e) {
        if (!(e instanceof JsonTooDeep)) throw e;
        throw tooDeep(lines, e.offset);
      }
      const spans = scan.root;
      return {
        value,
        duplicates: scan.repeatedKeys ? spanDuplicates(spans, lines) : [],
        locate(path) {
          const offset = spanOffset(spans, path);
          return offset === null ? null : lines.position(offset);
        },
      };
    }
  }
  checkDepth(text, lines);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const pos = lines.position(first?.offset ?? 0);
    throw new ArtifactError(`invalid JSON: ${first ? describe(printParseErrorCode(first.error)) : "empty document"}`, pos.line, pos.column);
  }
  return {
    value: toValue(root),
    duplicates: findDuplicates(root, lines),
    locate(path) {
      const node = nodeAt(root, path);
      if (!node) return null;
      const anchor = node.parent?.type === "property" ? node.parent : node;
      return lines.position(anchor.offset);
    },
  };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function tooDeep(lines: LineIndex, offset: number): ArtifactError {
  const pos = lines.position(offset);
  return new ArtifactError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, pos.line, pos.column);
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
      if (++depth > MAX_JSON_DEPTH) throw tooDeep(lines, i);
    } else if (c === 125 || c === 93) depth--;
  }
}

/** The node at `path`; of a repeated key, the last one (the value that is read). */
function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = root;
  for (const seg of path) {
    if (node.type === "object") {
      const prop: Node | undefined = lastWith(node.children ?? [], (p) => p.children?.[0]?.value === String(seg) && p.children.length === 2);
      node = prop?.children?.[1];
    } else if (node.type === "array" && typeof seg === "number") {
      node = node.children?.[seg];
    } else return undefined;
    if (!node) return undefined;
  }
  return node;
}

/** Repeated keys of every object, in document order, with the line of the first occurrence. */
function findDuplicates(root: Node, lines: LineIndex): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.type === "object") {
      const first = new Map<string, number>();
      const last = new Map<string, Node>();
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || typeof key.value !== "string") continue;
        const seen = first.get(key.value);
        if (seen === undefined) first.set(key.value, key.offset);
        else found.push({ path: [...path, key.value], position: lines.position(key.offset), firstLine: lines.position(seen).line });
        if (value) last.set(key.value, value);
      }
      for (const [key, value] of last) stack.push({ node: value, path: [...path, key] });
    } else if (node.type === "array") {
      (node.children ?? []).forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
    }
  }
  return found.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}

const NOT_JSON = Symbol("not JSON");

/**
 * The value of a strict JSON text as JSON.parse builds it, the value the tree gives too (the last of
 * two equal keys at the place of the first, a "__proto__" key an ordinary property), or NOT_JSON.
 */
function nativeValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** findDuplicates over the spans of a valid text. */
function spanDuplicates(root: JsonSpan, lines: LineIndex): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: { node: JsonSpan; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.keys) {
      const first = new Map<string, number>();
      const last = new Map<string, JsonSpan>();
      node.keys.forEach((key, i) => {
        const offset = node.keyOffsets![i]!;
        const seen = first.get(key);
        if (seen === undefined) first.set(key, offset);
        else found.push({ path: [...path, key], position: lines.position(offset), firstLine: lines.position(seen).line });
        last.set(key, node.members![i]!);
      });
      for (const [key, value] of last) stack.push({ node: value, path: [...path, key] });
    } else if (node.isArray) {
      node.members!.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
    }
  }
  return found.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
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
