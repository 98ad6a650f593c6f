import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../src/engine/engine.js";
import { ControlIndex } from "../src/report/catalog.js";
import { renderRulesMarkdown, rulesReference } from "../src/report/rules-reference.js";
import { policyDir, repoRoot } from "./helpers.js";

const bundle = loadBundle(policyDir);

describe("rule metadata", () => {
  it("every rule cites only catalog controls and has fix guidance", () => {
    const index = new ControlIndex(bundle.catalog);
    for (const r of bundle.rules) {
      expect(r.controls.filter((k) => !index.get(k)), r.id).toEqual([]);
      expect(r.remediation.length, r.id).toBeGreaterThan(20);
      expect(r.description.length, r.id).toBeGreaterThan(40);
    }
  });

  it("docs/rules.md is generated from the current metadata", () => {
    const expected = renderRulesMarkdown(rulesReference(bundle.rules, bundle.catalog));
    const committed = fs.readFileSync(path.join(repoRoot, "docs", "rules.md"), "utf8");
    expect(committed, "docs/rules.md is stale: run `node dist/cli/index.js rules --format markdown > docs/rules.md`").toBe(expected);
  });

  it("aigis rules lists every rule as text and JSON, with the mapping provenance", () => {
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, "dist", "cli", "index.js"), ...args], { encoding: "utf8" });
    const text = cli(["rules"]);
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split("\n")).toHaveLength(bundle.rules.length);
    expect(text.stdout).toMatch(/^AIGIS-DP-001\s+high\s+Dataset licence declared$/m);
    const json = JSON.parse(cli(["rules", "--format", "json"]).stdout) as { rules: { id: string; controls: { key: string; mapping: string }[] }[] };
    const mc003 = json.rules.find((r) => r.id === "AIGIS-MC-003")!;
    expect(mc003.controls.find((c) => c.key === "nist-ai-rmf:MEASURE 2.5")!.mapping).toBe("crosswalk");
    expect(mc003.controls.find((c) => c.key === "owasp-llm:LLM09:2025")!.mapping).toBe("judgement");
    expect(cli(["rules", "--format", "yaml"]).status).toBe(2);
  });
});
