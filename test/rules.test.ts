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
      expect(
        r.controls.filter((k) => !index.get(k)),
        r.id,
      ).toEqual([]);
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

describe("aigis explain", () => {
  const capture = () => {
    const chunks: string[] = [];
    return { chunks, stream: { write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WritableStream };
  };

  it("explains a rule: purpose, controls with titles and links, fix and waiver", async () => {
    const { main } = await import("../src/cli.js");
    const out = capture();
    const err = capture();
    expect(await main(["explain", "aigis-mc-001"], { out: out.stream, err: err.stream } as never)).toBe(0);
    const text = out.chunks.join("");
    expect(text).toMatch(/^AIGIS-MC-001: Intended use documented\n/);
    expect(text).toContain("iso42001:A.9.4");
    expect(text).toContain("Intended use of the AI system [judgement]");
    expect(text).toContain("nist-ai-rmf:MAP 2.2");
    expect(text).toContain("[crosswalk]");
    expect(text).toContain("How to fix:");
    expect(text).toContain("    - rule: AIGIS-MC-001");
    expect(text).toContain("expires: YYYY-MM-DD");
  });

  it("rejects an unknown rule with exit 2", async () => {
    const { main } = await import("../src/cli.js");
    const err = capture();
    expect(await main(["explain", "AIGIS-XX-999"], { out: capture().stream, err: err.stream } as never)).toBe(2);
    expect(err.chunks.join("")).toContain("no rule AIGIS-XX-999");
  });
});
