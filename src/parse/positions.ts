import type { Position } from "../model/types.js";

/** Maps character offsets of one text to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // Most texts end lines with \n alone: indexOf finds them without a step per character.
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/**
 * A text's lines, split at \r\n, \r or \n. Texts without \r are split at "\n" by the string
 * search, several times faster than the regular expression on long texts.
 */
export function splitLines(text: string): string[] {
  return text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
}

/** RFC 6901 pointer segment escaping. */
export function pointerJoin(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) {
    const text = String(s);
    // Most segments need no escaping: the replacements run only when there is something to escape.
    out += `/${text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text}`;
  }
  return out;
}

/** "/a/b/0" → "/a/b" → "/a" → "". */
export function parentPointer(pointer: string): string | null {
  if (pointer === "") return null;
  const i = pointer.lastIndexOf("/");
  return i <= 0 ? "" : pointer.slice(0, i);
}
