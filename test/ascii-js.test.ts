import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { asciiOnly } from "../scripts/ascii-js.mjs";

/** The value of a script's last expression, as JSON, in a fresh context. */
const evaluate = (source: string) => JSON.stringify(vm.runInNewContext(source));

describe("asciiOnly (scripts/ascii-js.mjs)", () => {
  const cases: Record<string, string> = {
    strings: `["café", 'naïve — “quoted” …', "🦜", "\\é", "\\\\é"]`,
    "untagged templates": "const n = 2; [`x${n}é`, `…${n}…${n}…`, `🦜`]",
    "regular expressions": `[/[é-ü]+/u.exec("xüy")[0], /…/.test("a…"), /🦜/u.test("🦜"), /[🦜]/u.test("🦜"), /\\é/.test("é"), /^.$/u.test("🦜")]`,
    comments: "// café …\n/* naïve\n 🦜 */ 1",
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`escapes ${name} to ASCII without changing a value`, () => {
      const { text, left } = asciiOnly(source);
      expect(left).toBe(0);
      expect(/^[\0-\x7f]*$/.test(text)).toBe(true);
      expect(evaluate(text)).toBe(evaluate(source));
    });
  }

  it("leaves a tagged template (its tag may read the raw text) and an identifier, and counts them", () => {
    const source = "const café = String.raw`é\\n`; [café, café.length]";
    const { text, left } = asciiOnly(source);
    expect(text).toBe(source);
    expect(left).toBe(4); // three é in the identifier, one in the template
    expect(evaluate(text)).toBe('["é\\\\n",3]');
  });

  it("leaves the line terminators U+2028 and U+2029, which are line breaks in a comment and line continuations after a backslash", () => {
    for (const sep of ["\u2028", "\u2029"]) {
      const sources = [
        `function f() { return /*${sep}*/ 42 } f()`, // a break inside a block comment ends the return
        `['a\\${sep}b'.length, \`a\\${sep}b\`.length, "a${sep}b".length]`,
      ];
      for (const source of sources) {
        const { text, left } = asciiOnly(source);
        expect(left).toBe(source.split(sep).length - 1);
        expect(evaluate(text)).toBe(evaluate(source));
      }
    }
  });

  it("returns ASCII text as it is and refuses what is not JavaScript", () => {
    expect(asciiOnly("const a = 1;")).toEqual({ text: "const a = 1;", left: 0 });
    expect(() => asciiOnly('const é = "')).toThrow(/not valid JavaScript/);
  });
});
