// Every rule's documented example (custom.example in its METADATA, shipped in rules.json and shown by
// `aigis explain`) is run through the real pipeline as a pair of small repositories:
//
//   fixtures/examples/<RULE-ID>/bad/    breaks the rule: run() must report it
//   fixtures/examples/<RULE-ID>/good/   holds every line of the example: run() must not report it,
//                                       nor find an unreadable or non-conforming artifact (AIGIS-IN-*)
//
// so a rule cannot document an example it does not accept, nor miss the gap the example fixes.
// Every rule with an example needs its pair: a rule added with an example fails here until it has one.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../src/engine/engine.js";
import type { Finding } from "../src/model/types.js";
import { run } from "../src/run.js";
import { fixtures, policyDir } from "./helpers.js";

const examplesDir = path.join(fixtures, "examples");
const withExample = loadBundle(policyDir).rules.filter((r) => r.example);

const hasPair = (id: string) => ["bad", "good"].every((k) => fs.existsSync(path.join(examplesDir, id, k)));
const filesUnder = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const findings = async (dir: string): Promise<Finding[]> => (await run({ root: dir, policyDir, version: "test" })).report.findings;
const shown = (list: Finding[]) => list.map((f) => `${f.rule} ${f.path}:${f.line} ${f.message}`);
const byRule = (list: Finding[], rule: string) => shown(list.filter((f) => f.rule === rule));

describe("rule examples", () => {
  it("every rule with an example has a good/bad pair", () => {
    expect(withExample.length).toBeGreaterThan(0);
    expect(withExample.filter((r) => !hasPair(r.id)).map((r) => r.id)).toEqual([]);
    // Every pair belongs to a rule that documents an example.
    const ids = new Set(withExample.map((r) => r.id));
    expect(fs.readdirSync(examplesDir).filter((d) => !ids.has(d))).toEqual([]);
  });

  const paired = withExample.filter((r) => hasPair(r.id));
  it.each(paired.map((r) => [r.id, r.example!] as const))("%s: the bad case is reported, the documented example is not", async (id, example) => {
    const good = path.join(examplesDir, id, "good");
    const text = filesUnder(good).join("\n");
    const lines = example
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && l !== "---");
    for (const line of lines) expect(text, `${id}: good/ lacks the example line ${line}`).toContain(line);
    expect(byRule(await findings(path.join(examplesDir, id, "bad")), id), `${id} on bad/`).not.toEqual([]);
    const onGood = await findings(good);
    expect(byRule(onGood, id), `${id} on good/`).toEqual([]);
    // The example, copied as shown, must also read as a conforming artifact: an abbreviated hash or
    // digest ("9f2c…") satisfies the rule's own check but fails the format's schema (AIGIS-IN-002).
    const unreadable = onGood.filter((f) => f.rule.startsWith("AIGIS-IN-"));
    expect(shown(unreadable), `${id}: good/ is not a readable, conforming repository`).toEqual([]);
  });

  // A dated example (a waiver's expiry, a review or SBOM date) must pin `params.today`, or it
  // starts failing once the calendar passes its dates; run here years after they were written.
  const dated = paired.filter((r) => filesUnder(path.join(examplesDir, r.id, "good")).some((t) => /\b20\d\d-[01]\d-[0-3]\d\b/.test(t)));
  it.each(dated.map((r) => [r.id] as const))("%s: the good case still holds in 2031", async (id) => {
    const saved = process.env["SOURCE_DATE_EPOCH"];
    process.env["SOURCE_DATE_EPOCH"] = String(Date.UTC(2031, 5, 1) / 1000);
    try {
      const onGood = await findings(path.join(examplesDir, id, "good"));
      expect(shown(onGood.filter((f) => f.rule === id || f.rule.startsWith("AIGIS-IN-"))), `${id} on good/ in 2031`).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env["SOURCE_DATE_EPOCH"];
      else process.env["SOURCE_DATE_EPOCH"] = saved;
    }
  });
});
