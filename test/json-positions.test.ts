// Strict JSON is read with JSON.parse and one offset scan (src/parse/json-positions.ts) instead of a
// syntax tree; the tree still reads JSONC. On every text both accept, the two must agree on the
// value, the duplicate keys and the position of every value, so findings land on the same lines.
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJson, parseJsonc } from "../src/parse/json-doc.js";
import { fixtures } from "./helpers.js";

type Path = (string | number)[];

/** Every path in a value, the missing ones a reader asks for too. */
function paths(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(v)) {
    v.forEach((x, i) => out.push(...paths(x, [...at, i])));
    out.push([...at, v.length], [...at, -1]);
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
    out.push([...at, "missing"], [...at, 0]);
  }
  return out;
}

function agree(text: string): void {
  const fast = parseJson(text);
  const tree = parseJsonc(text);
  expect(fast.value).toEqual(tree.value);
  expect(fast.duplicates).toEqual(tree.duplicates);
  for (const p of paths(tree.value)) expect(fast.locate(p), JSON.stringify(p)).toEqual(tree.locate(p));
}

function jsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsonFiles(p) : /\.json(ld)?$/.test(e.name) ? [p] : [];
  });
}

describe("strict JSON positions", () => {
  it("agree with the syntax tree on hand-written edge cases", () => {
    for (const text of [
      '{"a": 1, "b": {"c": [1, {"d": null}]}, "a": 2}',
      '  \r\n{"k\\"ey": "v\\\\", "\\u00e9": [true, false, -1.5e-3, "x,]}"], "": {}}\r\n',
      '[[], {}, [[[1]]], "\\ud83d\\ude00", 0]',
      '"just a string"',
      "42",
      '{"__proto__": {"x": 1}, "constructor": 2, "a": {"a": {"a": 1, "a": 2}}}',
      '{\n\t"tabs"\t:\t[ 1 ,\n 2 ]\n}',
      // Quotes after runs of backslashes: escaped (odd) or closing (even).
      String.raw`{"a\\": "b\\\"c", "d\"": ["\\", "\\\\\"", "x"], "e": {"\\\\": 1}}`,
    ]) {
      agree(text);
    }
  });

  it("agree with the syntax tree on every JSON file under fixtures/", () => {
    const files = jsonFiles(fixtures);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      if (valid) agree(text);
    }
  });

  it("agree with the syntax tree on generated JSON, compact and indented", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(0, 1, 2, "\t"), (value, indent) => {
        agree(JSON.stringify(value, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it("agree on repeated keys in small and large objects, at the top and nested only", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    const object = (names: string[]) => `{${names.map((k, i) => `${JSON.stringify(k)}: ${i}`).join(", ")}}`;
    for (const n of [3, 16, 17, 40]) {
      const names = keys(n);
      agree(object([...names, names[0]!]));
      agree(object([...names, names[n - 1]!]));
      agree(`[1, {"outer": ${object([...names, names[1]!])}}, ${object(names)}]`);
      agree(`{"a": ${object(names)}, "a": ${object([...names, names[2]!])}}`);
      expect(parseJson(object(names)).duplicates).toEqual([]);
    }
  });

  it("agree on generated objects whose keys repeat", () => {
    const pairs = fc.array(fc.tuple(fc.constantFrom(...Array.from({ length: 20 }, (_, i) => `k${i % 12}`)), fc.jsonValue({ maxDepth: 2 })), { maxLength: 30 });
    fc.assert(
      fc.property(pairs, pairs, (outer, inner) => {
        const text = (entries: [string, unknown][], tail: string) =>
          `{${[...entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`), tail].filter(Boolean).join(",\n ")}}`;
        agree(text(outer, `"nested": [${text(inner, "")}]`));
      }),
      { numRuns: 200 },
    );
  });

  it("refuse nesting deeper than the limit where the tree refuses it, at the same bracket", () => {
    const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(parseJson(deep(512)).value).toBeTruthy();
    const where = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as Error).message, (e as { line?: number }).line, (e as { column?: number }).column];
      }
      return null;
    };
    const text = `{"a":\n  ${deep(600)}}`;
    expect(where(() => parseJson(text))).toEqual(["JSON nested deeper than 512 levels", 2, 514]);
    expect(where(() => parseJsonc(text))).toEqual(where(() => parseJson(text)));
  });

  it("still reports where a text is not JSON", () => {
    expect(() => parseJson('{"a": 1,\n "b": }')).toThrow(/invalid JSON/);
    try {
      parseJson('{"a": 1,\n "b": }');
    } catch (e) {
      expect((e as { line?: number }).line).toBe(2);
    }
  });
});
