// The one argument walker the subcommands share: inline and separate values, a missing value, `--`.
import { describe, expect, it } from "vitest";
import { walkArgs } from "../src/parse/args.js";

const walk = (argv: string[]) => {
  const seen: string[] = [];
  walkArgs(
    argv,
    ({ flag, arg, inline, value, rest }) => {
      if (flag === "--format" || flag === "-o") seen.push(`${flag}=${value()}`);
      else if (arg === "--") seen.push(`rest:${rest().join(",")}`);
      else seen.push(inline === undefined ? `arg:${arg}` : `flag:${flag}:${inline}`);
    },
    (message) => new Error(message),
  );
  return seen;
};

describe("walkArgs", () => {
  it("reads values written inline or as the next argument, and positionals in order", () => {
    expect(walk(["a", "--format=json", "-o", "out.json", "b", "--short=yes"])).toEqual(["arg:a", "--format=json", "-o=out.json", "arg:b", "flag:--short:yes"]);
  });

  it("refuses a flag whose value is missing or is another flag", () => {
    expect(() => walk(["--format"])).toThrow("--format needs a value");
    expect(() => walk(["--format", "--short"])).toThrow("--format needs a value");
  });

  it("hands over everything after `--`, flags included, and reads nothing after it", () => {
    expect(walk(["x", "--", "--format", "y"])).toEqual(["arg:x", "rest:--format,y"]);
  });
});
