// Where each value of a valid JSON text is written, found in one pass. The text has already been
// accepted by JSON.parse, so this scanner only skips over strings, numbers and literals and records
// the offsets of containers, their keys and their members; building a full syntax tree (with every
// string decoded and every number parsed) cost more than the parse itself.

/** A container or a scalar, by the offset where it starts. */
export interface JsonSpan {
  offset: number;
  /** An object's keys (decoded) and where each key is written, in document order. */
  keys?: string[];
  keyOffsets?: number[];
  /** An object's or an array's members, in document order. */
  members?: JsonSpan[];
  isArray?: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The scan of a text: its spans, and whether some object repeats a key (most never do). */
export interface JsonSpans {
  root: JsonSpan;
  repeatedKeys: boolean;
}

/** Thrown by jsonSpans at the bracket that opens a container deeper than its limit. */
export class JsonTooDeep extends Error {
  constructor(readonly offset: number) {
    super("JSON nested too deeply");
  }
}

// Objects with more keys than this look up repeats in a set instead of the key list.
const LINEAR_KEYS = 16;

/** The spans of a text JSON.parse accepted; JsonTooDeep past `maxDepth` nested containers. */
export function jsonSpans(text: string, maxDepth = Number.POSITIVE_INFINITY): JsonSpans {
  let i = 0;
  let repeatedKeys = false;
  const keySets = new Map<JsonSpan, Set<string>>();
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  // At an opening quote: returns the offset after the closing quote.
  // The closing quote is the next one preceded by an even number of backslashes; indexOf finds the
  // candidates without a step per character of long texts (descriptions, licences).
  const stringEnd = (from: number): number => {
    let j = text.indexOf('"', from + 1);
    for (;;) {
      let slashes = 0;
      while (text.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return j + 1;
      j = text.indexOf('"', j + 1);
    }
  };
  const keyAt = (from: number, end: number): string => {
    const raw = text.slice(from + 1, end - 1);
    return raw.includes("\\") ? (JSON.parse(text.slice(from, end)) as string) : raw;
  };

  skipSpace();
  const root: JsonSpan = { offset: i };
  // Containers still open, innermost last.
  const open: JsonSpan[] = [];
  let current: JsonSpan | null = null;
  const begin = (span: JsonSpan) => {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      span.members = [];
      if (c === 123) {
        span.keys = [];
        span.keyOffsets = [];
      } else span.isArray = true;
      if (open.length >= maxDepth) throw new JsonTooDeep(i);
      open.push(span);
      current = span;
      i++;
      return;
    }
    // A scalar: skip it.
    if (c === QUOTE) i = stringEnd(i);
    else while (i < text.length && !isSpace(text.charCodeAt(i)) && !",]}".includes(text[i]!)) i++;
  };
  begin(root);
  while (current) {
    const span: JsonSpan = current;
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93) {
      i++;
      keySets.delete(open.pop()!);
      current = open[open.length - 1] ?? null;
      continue;
    }
    if (c === 44) {
      i++;
      skipSpace();
    }
    if (!span.isArray) {
      const keyStart = i;
      const keyEnd = stringEnd(i);
      const key = keyAt(keyStart, keyEnd);
      const keys = span.keys!;
      if (!repeatedKeys) {
        if (keys.length < LINEAR_KEYS) repeatedKeys = keys.includes(key);
        else {
          let set = keySets.get(span);
          if (!set) keySets.set(span, (set = new Set(keys)));
          repeatedKeys = set.has(key);
          set.add(key);
        }
      }
      keys.push(key);
      span.keyOffsets!.push(keyStart);
      i = keyEnd;
      skipSpace();
      i++; // the colon
      skipSpace();
    }
    const member: JsonSpan = { offset: i };
    span.members!.push(member);
    begin(member);
  }
  return { root, repeatedKeys };
}

/** Offset of the value at `path` (of its key, for an object member), or null when absent. The last of equal keys is the one read. */
export function spanOffset(root: JsonSpan, path: readonly (string | number)[]): number | null {
  let node: JsonSpan = root;
  let anchor = root.offset;
  for (const seg of path) {
    if (node.keys) {
      const key = String(seg);
      const at = node.keys.lastIndexOf(key);
      if (at < 0) return null;
      anchor = node.keyOffsets![at]!;
      node = node.members![at]!;
    } else if (node.isArray && typeof seg === "number") {
      const next = node.members![seg];
      if (!next) return null;
      node = next;
      anchor = node.offset;
    } else return null;
  }
  return anchor;
}
