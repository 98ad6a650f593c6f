// The repository needs nothing beside its own clone: no test, script or source file reaches for a
// sibling folder of the clone (the vendored copies are under vendor/ and catalog/reference/).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

// The reference folder that sits beside the project's own checkout, spelled `..` `/` name or as
// path.join("..", name); the name is assembled so this file does not spell the path itself.
const NAME = ["sha", "red"].join("");
const SIBLING = new RegExp(String.raw`\.\.[\\/]${NAME}\b|["']\.\.["']\s*,\s*["']${NAME}["']`);

describe("self-contained repository", () => {
  it("reads nothing from a folder beside the clone", () => {
    const offenders = ["src", "test", "scripts", ".ci", ".github", "package.json"]
      .flatMap((top) => {
        const abs = path.join(repoRoot, top);
        if (!fs.existsSync(abs)) return [];
        if (fs.statSync(abs).isFile()) return [top];
        return fs.readdirSync(abs, { recursive: true, encoding: "utf8" }).map((f) => path.join(top, f));
      })
      .filter((rel) => fs.statSync(path.join(repoRoot, rel)).isFile())
      .filter((rel) => SIBLING.test(fs.readFileSync(path.join(repoRoot, rel), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("vendors the official schemas with their digests", () => {
    const dir = path.join(repoRoot, "vendor", "schemas");
    const sums = fs.readFileSync(path.join(dir, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(sums.map((l) => l.split(/\s+/)[1])).toEqual(
      expect.arrayContaining(["spdx3/spdx-3.0.1-json-schema.json", "model-card-toolkit/model_card.schema.v0.0.2.json"]),
    );
    for (const line of sums) {
      const [digest, name] = line.split(/\s+/) as [string, string];
      expect(
        createHash("sha256")
          .update(fs.readFileSync(path.join(dir, name)))
          .digest("hex"),
        name,
      ).toBe(digest);
    }
    for (const name of ["SOURCES.md", "spdx3/LICENSE.spdx-spec", "model-card-toolkit/LICENSE.model-card-toolkit"])
      expect(fs.existsSync(path.join(dir, name)), name).toBe(true);
  });
});
