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

/** The spans of a text JSON.parse accepted. */
export function jsonSpans(text: string): JsonSpan {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  // At an opening quote: returns the offset after the closing quote.
  const stringEnd = (from: number): number => {
    let j = from + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) j += 2;
      else if (c === QUOTE) return j + 1;
      else j++;
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
      open.pop();
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
      span.keys!.push(keyAt(keyStart, keyEnd));
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
  return root;
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
