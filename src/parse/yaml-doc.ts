import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type ScalarTag } from "yaml";
import type { Position } from "../model/types.js";
import { ArtifactError } from "./errors.js";

/** Alias expansion cap: an alias bomb is refused instead of expanded (yaml's own guard). */
export const MAX_YAML_ALIASES = 100;

/** A key written twice in one mapping (or JSON object): the last value is the one read. */
export interface DuplicateKey {
  /** Path of the repeated key from the document root. */
  path: (string | number)[];
  /** Where the repeated (winning) occurrence is written. */
  position: Position;
  /** Line of the first occurrence, which the reader overrides. */
  firstLine: number;
}

export interface ParsedDoc {
  value: unknown;
  /** Position of the value at `path` (of its key, for a mapping entry), or null when absent. */
  locate(path: readonly (string | number)[]): Position | null;
  /** Keys written more than once, in document order; the value read is always the last one. */
  duplicates?: DuplicateKey[];
}

export interface YamlOptions {
  /**
   * `error` (the default, for aigis's own configuration: an ambiguous gate setting is refused) or
   * `last-wins` (for artifacts: read as PyYAML, which huggingface_hub and LiteLLM use, reads them;
   * each duplicate is listed in `duplicates` so it can be reported on its own).
   */
  duplicateKeys?: "error" | "last-wins";
}

/** What artifact readers pass: the document is read the way the tools that wrote it read it. */
export const ARTIFACT_YAML: YamlOptions = { duplicateKeys: "last-wins" };

// YAML 1.1 (PyYAML) reads digits grouped with underscores as numbers (`co2_eq_emissions: 24_700_000`);
// YAML 1.2 core makes them strings. Only the underscore forms are added: everything else keeps the
// core schema, so `no`, `on` or `y` (language codes, answers) stay strings instead of PyYAML booleans.
const groupedInt: ScalarTag = {
  identify: (v) => typeof v === "number" && Number.isInteger(v),
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[1-9][0-9_]*_[0-9_]*$/,
  resolve: (s) => Number(s.replace(/_/g, "")),
};
const groupedFloat: ScalarTag = {
  identify: (v) => typeof v === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?=[^_]*_)[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?$/,
  resolve: (s) => Number(s.replace(/_/g, "")),
};

/**
 * Parses YAML keeping positions. Syntax errors and alias bombs (and duplicate keys, unless
 * `last-wins`) become an ArtifactError carrying the line of the problem. `startLine` shifts
 * positions for YAML that is embedded in a larger file (front matter).
 */
export function parseYaml(text: string, startLine = 1, opts: YamlOptions = {}): ParsedDoc {
  const lastWins = opts.duplicateKeys === "last-wins";
  // Classification reads a document's front matter for its declared kind and the reader then
  // parses the same text again: the last parse is reused once (each caller gets its own value).
  const cached = lastParsed?.text === text && lastParsed.lastWins === lastWins ? lastParsed : null;
  lastParsed = null;
  const { doc, lineCounter } = cached ?? parseWith(text, lastWins);
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
  if (!cached) lastParsed = { text, lastWins, doc, lineCounter };
  return parsedDoc(doc, value, lastWins, at);
}

/** The last document parseYaml read without error; the parsed nodes are never changed. */
let lastParsed: { text: string; lastWins: boolean; doc: Document.Parsed; lineCounter: LineCounter } | null = null;

function parseWith(text: string, lastWins: boolean): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: !lastWins,
    strict: true,
    prettyErrors: false,
    schema: "core",
    // A template's `{{ name }}` is a map used as a key, which the library would announce on
    // standard error as a process warning; the value is simply not text to the rules.
    logLevel: "error",
    ...(lastWins ? { customTags: [groupedInt, groupedFloat] } : {}),
  });
  return { doc, lineCounter };
}

function parsedDoc(doc: Document.Parsed, value: unknown, lastWins: boolean, at: (offset: number) => Position): ParsedDoc {
  return {
    value,
    duplicates: lastWins ? findDuplicates(doc.contents, at) : [],
    locate(path) {
      let node: unknown = doc.contents;
      let keyOffset: number | null = null;
      for (const seg of path) {
        keyOffset = null;
        if (isMap(node)) {
          // The last pair with the key: the one whose value was read.
          const pair = lastWith(node.items, (p) => keyText(p.key) === String(seg));
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

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/** Array.prototype.findLast, which the ES2022 library this project targets does not declare. */
export function lastWith<T>(items: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** Whether any mapping in the tree repeats a key: a walk without the paths, for the usual answer, no. */
function anyRepeatedKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = keyText(pair.key);
        if (keys.has(key)) return true;
        keys.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return false;
}

/** Repeated keys of every mapping, found by walking the parsed nodes (aliases are not followed). */
function findDuplicates(root: unknown, at: (offset: number) => Position): DuplicateKey[] {
  if (!anyRepeatedKey(root)) return [];
  const found: DuplicateKey[] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        const key = keyText(pair.key);
        const offset = (pair.key as YamlNode | null)?.range?.[0] ?? 0;
        const seen = first.get(key);
        if (seen === undefined) first.set(key, offset);
        else found.push({ path: [...path, key], position: at(offset), firstLine: at(seen).line });
      }
      // Only the values that are read (the last of each key) are walked further.
      const last = new Map(node.items.map((p) => [keyText(p.key), p.value] as const));
      for (const [key, value] of last) stack.push({ node: value, path: [...path, key] });
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return found.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}

function firstLine(s: string): string {
  return s
    .split("\n")[0]!
    .replace(/ at line \d+, column \d+:?$/, "")
    .trim();
}
