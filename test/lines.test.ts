// Line splitting and line positions take a fast path for texts without \r; on every text they must
// agree with the regular-expression split and the per-character scan they replace.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../src/parse/markdown.js";
import { LineIndex, splitLines } from "../src/parse/positions.js";

const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "#", "*", "-", "[", "<", "!", ">", "\t", "M"), maxLength: 80 });

/** The positions by the definition: a line starts after \n, after \r not followed by \n, and at 0. */
function reference(t: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = t[i];
    if (c === "\n" || (c === "\r" && t[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

// cleanText as it was before it skipped patterns whose characters a text lacks.
function cleanTextReference(t: string): string {
  return t
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    .replace(/\[More Information Needed\](\([^)]*\))?/gi, "")
    .replace(/^\s*#{1,6}\s.*$/gm, "")
    .replace(/^[ \t]*[-*+][ \t]*\*\*[^*]+:?\*\*:?[ \t]*$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

describe("line helpers", () => {
  it("splitLines splits as /\\r\\n|\\r|\\n/ does", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(t.split(/\r\n|\r|\n/));
      }),
      { numRuns: 500 },
    );
    expect(splitLines("a\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });

  it("LineIndex gives every offset's line and column, with and without \\r", () => {
    fc.assert(
      fc.property(text, (t) => {
        const index = new LineIndex(t);
        for (let offset = 0; offset <= t.length; offset++) expect(index.position(offset)).toEqual(reference(t, offset));
      }),
      { numRuns: 300 },
    );
  });

  it("cleanText gives what the full set of patterns gives", () => {
    const words = fc.constantFrom(
      "# H",
      "## x",
      "<!-- c -->",
      "<!-- open",
      "[More Information Needed]",
      "[more information needed](u)",
      "- **Label:**",
      "* **B**",
      "\n",
      "\n\n\n",
      "text",
      " ",
      "#",
      "**",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const t = parts.join("");
        expect(cleanText(t)).toBe(cleanTextReference(t));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(cleanText(t)).toBe(cleanTextReference(t));
      }),
      { numRuns: 500 },
    );
  });
});
