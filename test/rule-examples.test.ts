// Every rule's documented example (custom.example in its METADATA, shipped in rules.json and shown by
// `aigis explain`) is run through the real pipeline as a pair of small repositories:
//
//   fixtures/examples/<RULE-ID>/bad/    breaks the rule: run() must report it
//   fixtures/examples/<RULE-ID>/good/   holds every line of the example: run() must not report it
//
// so a rule cannot document an example it does not accept, nor miss the gap the example fixes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../src/engine/engine.js";
import { run } from "../src/run.js";
import { fixtures, policyDir } from "./helpers.js";

const examplesDir = path.join(fixtures, "examples");
const withExample = loadBundle(policyDir).rules.filter((r) => r.example);

/**
 * Rules whose example has no good/bad pair yet. The list may only shrink: a new example without a
 * pair fails the test below, and so does a pair for a rule still listed here.
 */
const PENDING = [
  "AIGIS-AG-001", "AIGIS-AG-002", "AIGIS-AG-004", "AIGIS-AG-005", "AIGIS-AG-006", "AIGIS-AG-007", "AIGIS-AG-008", "AIGIS-AG-009",
  "AIGIS-AG-011", "AIGIS-AG-012", "AIGIS-AG-013", "AIGIS-AG-014", "AIGIS-AG-015", "AIGIS-AG-016", "AIGIS-AG-017", "AIGIS-AG-018",
  "AIGIS-DP-002", "AIGIS-DP-003", "AIGIS-DP-004", "AIGIS-DP-005", "AIGIS-DP-006", "AIGIS-DP-007", "AIGIS-DP-008", "AIGIS-DP-009",
  "AIGIS-GV-001", "AIGIS-GV-002", "AIGIS-GV-003", "AIGIS-GV-004", "AIGIS-GV-005", "AIGIS-GV-006", "AIGIS-GV-007", "AIGIS-GV-008",
  "AIGIS-GV-009", "AIGIS-GV-010", "AIGIS-GV-011", "AIGIS-GV-012", "AIGIS-GV-013", "AIGIS-GV-014", "AIGIS-GV-015", "AIGIS-GV-017",
  "AIGIS-GV-018", "AIGIS-GV-019",
  "AIGIS-IN-002", "AIGIS-IN-003",
  "AIGIS-MC-004", "AIGIS-MC-006", "AIGIS-MC-007", "AIGIS-MC-008", "AIGIS-MC-010", "AIGIS-MC-013", "AIGIS-MC-015",
  "AIGIS-SC-001", "AIGIS-SC-003", "AIGIS-SC-004", "AIGIS-SC-005", "AIGIS-SC-007", "AIGIS-SC-011", "AIGIS-SC-012", "AIGIS-SC-013", "AIGIS-SC-014",
  "AIGIS-XA-001",
];

const hasPair = (id: string) => ["bad", "good"].every((k) => fs.existsSync(path.join(examplesDir, id, k)));
const filesUnder = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const reported = async (dir: string, rule: string) =>
  (await run({ root: dir, policyDir, version: "test" })).report.findings.filter((f) => f.rule === rule).map((f) => `${f.path}:${f.line} ${f.message}`);

describe("rule examples", () => {
  it("every rule with an example has a good/bad pair, or is still listed as pending", () => {
    expect(withExample.length).toBeGreaterThan(0);
    expect(withExample.filter((r) => !hasPair(r.id)).map((r) => r.id)).toEqual(PENDING);
    // Every pair belongs to a rule that documents an example.
    const ids = new Set(withExample.map((r) => r.id));
    expect(fs.readdirSync(examplesDir).filter((d) => !ids.has(d))).toEqual([]);
  });

  const paired = withExample.filter((r) => hasPair(r.id));
  it.each(paired.map((r) => [r.id, r.example!] as const))("%s: the bad case is reported, the documented example is not", async (id, example) => {
    const good = path.join(examplesDir, id, "good");
    const text = filesUnder(good).join("\n");
    const lines = example.split("\n").map((l) => l.trim()).filter((l) => l && l !== "---");
    for (const line of lines) expect(text, `${id}: good/ lacks the example line ${line}`).toContain(line);
    expect(await reported(path.join(examplesDir, id, "bad"), id), `${id} on bad/`).not.toEqual([]);
    expect(await reported(good, id), `${id} on good/`).toEqual([]);
  });
});
