// Line splitting and line positions take a fast path for texts without \r, pointer segments are
// escaped only when they need it, and headings' keys are remembered: on every input they must agree
// with the plain definitions they replace.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, headingKey } from "../src/parse/markdown.js";
import { remembered } from "../src/parse/memo.js";
import { LineIndex, pointerJoin, splitLines } from "../src/parse/positions.js";

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

  it("pointerJoin escapes ~ and / as RFC 6901 says, and only then", () => {
    const segment = fc.oneof(fc.string({ unit: fc.constantFrom("a", "~", "/", "0", "1", " ") }), fc.nat());
    fc.assert(
      fc.property(fc.string(), fc.array(segment, { maxLength: 5 }), (base, segments) => {
        const plain = base + segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
        expect(pointerJoin(base, ...segments)).toBe(plain);
      }),
      { numRuns: 500 },
    );
    expect(pointerJoin("/sections", "a/b~c")).toBe("/sections/a~1b~0c");
  });

  it("headingKey remembers each title's key: the same as working it out, in any order of asking", () => {
    const reference = (t: string) =>
      t
        .toLowerCase()
        .replace(/\[optional\]/g, "")
        .replace(/[*_`]/g, "")
        .replace(/^[\d.\s]+(?=[a-z])/, "")
        .replace(/[:.\s]+$/, "")
        .replace(/\s+/g, " ")
        .trim();
    const title = fc.string({ unit: fc.constantFrom("A", "b", " ", "1", ".", ":", "*", "_", "`", "[optional]", "\t"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 20 }), (titles) => {
        for (const t of [...titles, ...titles.reverse()]) expect(headingKey(t)).toBe(reference(t));
      }),
      { numRuns: 300 },
    );
    expect(headingKey("1.2 **Intended Use** [optional]:")).toBe("intended use");
  });

  it("remembered answers from memory, and forgets everything once its limit is reached", () => {
    const asked: string[] = [];
    const length = remembered((k) => {
      asked.push(k);
      return k.length;
    }, 2);
    expect([length("a"), length("bb"), length("a")]).toEqual([1, 2, 1]);
    expect(asked).toEqual(["a", "bb"]);
    expect(length("ccc")).toBe(3); // full: emptied, then remembered afresh
    expect(length("a")).toBe(1);
    expect(asked).toEqual(["a", "bb", "ccc", "a"]);
  });
});
