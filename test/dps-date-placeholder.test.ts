// A Data Provenance Standard record whose required provenance.date is still a placeholder is not
// filled (AIGIS-DP-002 at the date's line), not malformed: a schema error would send the author
// to the standard instead of to the value they have yet to write.
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { policyDir, tempDir, writeTree } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const record = (date: string) =>
  [
    "source:",
    "  version: 1.0.0",
    "  title: Support tickets",
    "  id: urn:uuid:6f1c1f5e-8a4e-4c55-9f0e-3c1d2b7a9e10",
    "  issuer:",
    "    - name: Acme",
    "  description: Support tickets written by customers and answered by Acme agents.",
    "provenance:",
    "  origin:",
    "    name: Acme Support",
    "  origin-geography:",
    "    - country: US",
    `  date: ${date}`,
    "  generation-method:",
    "    - code: feeds-internal",
    "  format:",
    "    - application/jsonl",
    "use:",
    "  intended-purpose:",
    "    - code: ai-training",
    "",
  ].join("\n");

async function findings(date: string) {
  const dir = tempDir();
  dirs.push(dir);
  writeTree(dir, { "data/provenance.yaml": record(date) });
  const { report } = await run({ root: dir, policyDir, version: "test" });
  return report.findings.filter((f) => f.path === "data/provenance.yaml").map((f) => ({ rule: f.rule, line: f.line, message: f.message }));
}

const dateLine = 13;

describe("provenance.date", () => {
  it("left as TODO is an unfilled answer at its line, not a schema error", async () => {
    const found = await findings("TODO          # YYYY-MM-DD");
    expect(found.filter((f) => f.rule.startsWith("AIGIS-IN-"))).toEqual([]);
    expect(found.filter((f) => /when the data was collected/.test(f.message))).toEqual([
      { rule: "AIGIS-DP-002", line: dateLine, message: expect.stringContaining('"TODO"') },
    ]);
  });

  it("that is neither a date nor a placeholder is still a schema error", async () => {
    const found = await findings("last spring");
    expect(found.filter((f) => f.rule === "AIGIS-IN-002").map((f) => f.line)).toEqual([dateLine]);
    expect(found.some((f) => /when the data was collected/.test(f.message))).toBe(false);
  });

  it("given as a date raises neither", async () => {
    const found = await findings("2026-03-01");
    expect(found.filter((f) => f.rule === "AIGIS-IN-002" || /when the data was collected/.test(f.message))).toEqual([]);
  });
});
