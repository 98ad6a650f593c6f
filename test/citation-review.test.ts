// The citation review (docs/citations-review.md): each removal its table records is absent from the
// compiled rule metadata, and readiness follows: controls no remaining check evidences are neither met
// nor in scope on a repository the removed citations used to reach.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../src/engine/engine.js";
import { run } from "../src/run.js";
import { fixtures, policyDir, repoRoot } from "./helpers.js";

const bundle = loadBundle(policyDir);

// Rows of the table under "Removed in the second pass": | AIGIS-XX-000 | framework:control | reason |
function removals(): { rule: string; control: string }[] {
  const doc = fs.readFileSync(path.join(repoRoot, "docs", "citations-review.md"), "utf8");
  const section = doc.split("## Removed in the second pass")[1]!.split("\n## ")[0]!;
  return [...section.matchAll(/^\| (AIGIS-[A-Z]+-\d{3}) \| ([a-z0-9-]+:[^|]+?) \|/gm)].map((m) => ({ rule: m[1]!, control: m[2]! }));
}

describe("citation review", () => {
  it("no rule still cites a control the review removed from it", () => {
    const rows = removals();
    expect(rows.length).toBeGreaterThanOrEqual(26);
    for (const { rule, control } of rows) {
      const r = bundle.rules.find((x) => x.id === rule);
      expect(r, rule).toBeDefined();
      expect(r!.controls, `${rule} still cites ${control}`).not.toContain(control);
    }
  });

  it("a governance repository without agent configs has no agentic control in scope, and Annex IV(6) is unchecked", async () => {
    // fixtures/passing holds governance documents, a model card, a dataset record and an SBOM, but no
    // agent configuration: oversight and transparency of registered systems (GV-013, GV-014, GV-018)
    // no longer reach ASI09, and the SBOM's age (SC-011) no longer stands for a change description.
    const { report } = await run({ root: path.join(fixtures, "passing"), policyDir, version: "test" });
    expect(report.artifacts.some((a) => a.kind === "agent_config")).toBe(false);
    const controls = report.readiness.frameworks.flatMap((f) => f.controls);
    expect(controls.find((c) => c.key === "owasp-agentic:ASI09")!.status).toBe("not-applicable");
    const eu = report.readiness.frameworks.find((f) => f.id === "eu-ai-act")!;
    expect(eu.unchecked).toContain("eu-ai-act:Annex IV(6)");
    // LLM09 stays met, through the card's documented limitations (MC-003) rather than a notice's presence.
    expect(controls.find((c) => c.key === "owasp-llm:LLM09:2025")!.evidence.map((e) => e.rule)).toEqual(["AIGIS-MC-003"]);
  });
});
