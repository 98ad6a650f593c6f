import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discover } from "../src/discover/discover.js";
import { globMatch } from "../src/parse/glob.js";
import { run } from "../src/run.js";
import { policyDir, tempDir, writeTree } from "./helpers.js";

const CARD = "---\nlicense: mit\n---\n# Model Card for x\n";

describe("discovery", () => {
  it("walks in sorted order, skips dependency folders and honours excludes", () => {
    const dir = writeTree(tempDir(), {
      "b/MODEL_CARD.md": CARD,
      "a/MODEL_CARD.md": CARD,
      "node_modules/pkg/MODEL_CARD.md": CARD,
      "vendor/x/MODEL_CARD.md": CARD,
      "src/main.py": "print(1)\n",
    });
    const found = discover({ root: dir, include: [], exclude: ["vendor/"] });
    expect(found.candidates.filter((c) => c.artifact).map((c) => c.relPath)).toEqual(["a/MODEL_CARD.md", "b/MODEL_CARD.md"]);
    // Source files are inventory candidates only (src/inventory), never artifact candidates.
    expect(found.candidates.filter((c) => !c.artifact).map((c) => [c.relPath, c.inventory])).toEqual([["src/main.py", "code"]]);
    expect(found.filesSeen).toBe(3);
  });

  it("never follows a link out of the workspace, and survives a link loop", async () => {
    const outside = writeTree(tempDir(), { "secret/MODEL_CARD.md": "---\nlicense: mit\n---\n# Model Card for SECRET-OUTSIDE\n" });
    const dir = writeTree(tempDir(), { "in/MODEL_CARD.md": CARD });
    fs.symlinkSync(path.join(outside, "secret/MODEL_CARD.md"), path.join(dir, "escape.md"));
    fs.symlinkSync(path.join(outside, "secret"), path.join(dir, "escape-dir"));
    fs.symlinkSync(path.join(dir, "loop-a"), path.join(dir, "loop-b"));
    fs.symlinkSync(path.join(dir, "loop-b"), path.join(dir, "loop-a"));
    fs.symlinkSync(path.join(dir, "in/MODEL_CARD.md"), path.join(dir, "MODEL_CARD.md"));
    const found = discover({ root: dir, include: [], exclude: [] });
    expect(found.candidates.map((c) => c.relPath)).toEqual(["MODEL_CARD.md", "in/MODEL_CARD.md"]);
    expect(found.skipped).toEqual([
      { path: "escape-dir", reason: "symbolic link that points outside the workspace; not followed" },
      { path: "escape.md", reason: "symbolic link that points outside the workspace; not followed" },
      { path: "loop-a", reason: "symbolic link that does not resolve (broken or a loop)" },
      { path: "loop-b", reason: "symbolic link that does not resolve (broken or a loop)" },
    ]);
    const json = JSON.stringify((await run({ root: dir, policyDir, version: "t" })).report);
    expect(json).not.toContain("SECRET-OUTSIDE");
  });

  it("include narrows the scan", () => {
    const dir = writeTree(tempDir(), { "models/a/MODEL_CARD.md": CARD, "other/MODEL_CARD.md": CARD });
    expect(discover({ root: dir, include: ["models/**"], exclude: [] }).candidates.map((c) => c.relPath)).toEqual(["models/a/MODEL_CARD.md"]);
  });
});

describe("glob", () => {
  it.each([
    ["*.md", "a/b/README.md", true],
    ["docs/*.md", "docs/a.md", true],
    ["docs/*.md", "docs/x/a.md", false],
    ["docs/**/*.md", "docs/x/y/a.md", true],
    ["docs/**", "docs/x/y/a.md", true],
    ["vendor/", "vendor/a/b.json", true],
    ["tests", "pkg/tests/x.json", true],
    ["*.{yml,yaml}", "a/b.yaml", true],
    ["a?c.json", "abc.json", true],
    ["/top.json", "sub/top.json", false],
  ])("%s matches %s: %s", (pattern, p, expected) => {
    expect(globMatch(pattern, p)).toBe(expected);
  });
});
