// `only-changed`: a finding that an edit to another kind of artifact brings about counts as changed,
// though its own file is untouched (removing a model from the AI SBOM flags the call that uses it).
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { scopeToChanges } from "../src/report/report.js";
import { run } from "../src/run.js";
import { writeAiSbom } from "../src/sbom/sbom.js";
import { fixtures, policyDir, tempDir } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** ai-in-use with an AI SBOM listing everything but gpt-4o-mini, as a pull request that removed its entry leaves it. */
async function withoutGpt4oMini() {
  const dir = tempDir();
  dirs.push(dir);
  fs.cpSync(path.join(fixtures, "ai-in-use"), dir, { recursive: true });
  writeAiSbom(dir, { version: "test", env: {} });
  const file = path.join(dir, "ai-bom.cdx.json");
  const bom = JSON.parse(fs.readFileSync(file, "utf8")) as { components: { name: string }[] };
  bom.components = bom.components.filter((c) => c.name !== "gpt-4o-mini");
  fs.writeFileSync(file, JSON.stringify(bom, null, 2));
  return (await run({ root: dir, policyDir, version: "test", failOn: "high" })).report;
}

describe("only-changed and findings about another artifact", () => {
  it("counts 'not in the AI SBOM' at an untouched use as changed when the pull request edits the SBOM", async () => {
    const report = await withoutGpt4oMini();
    const undocumented = report.findings.filter((f) => f.rule === "AIGIS-INV-002");
    expect(undocumented.map((f) => f.path)).toEqual(["service/app.py"]);
    const scoped = scopeToChanges(report, ["ai-bom.cdx.json"], true);
    expect(scoped.findings.find((f) => f.rule === "AIGIS-INV-002")!.in_diff).toBe(true);
    expect(scoped.passed).toBe(false);
  });

  it("does not count it when the pull request edits another source file or a file no rule reads", async () => {
    const report = await withoutGpt4oMini();
    for (const changed of [["web/src/assistant.ts"], ["notes.txt"]]) {
      const scoped = scopeToChanges(report, changed, true);
      expect(scoped.findings.find((f) => f.rule === "AIGIS-INV-002")!.in_diff, changed[0]).toBe(false);
    }
  });

  it("counts the now unused SBOM entry as changed when the pull request removes the last use", async () => {
    const dir = tempDir();
    dirs.push(dir);
    fs.cpSync(path.join(fixtures, "ai-in-use"), dir, { recursive: true });
    writeAiSbom(dir, { version: "test", env: {} });
    const app = path.join(dir, "service/app.py");
    fs.writeFileSync(app, fs.readFileSync(app, "utf8").replace('model="gpt-4o-mini"', "model=MODEL"));
    const { report } = await run({ root: dir, policyDir, version: "test", failOn: "low" });
    expect(report.findings.filter((f) => f.rule === "AIGIS-INV-006").map((f) => f.path)).toEqual(["ai-bom.cdx.json"]);
    expect(scopeToChanges(report, ["service/app.py"], true).findings.find((f) => f.rule === "AIGIS-INV-006")!.in_diff).toBe(true);
  });
});
