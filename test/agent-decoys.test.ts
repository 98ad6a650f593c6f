// Decoys: configurations full of forms that look risky but are not (references, placeholders,
// loopback and container endpoints, dated snapshots, a global budget, deny-list entries, delimited
// and JSON-constrained prompt input). None of them may raise an agent finding or a read problem.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { fixtures, policyDir } from "./helpers.js";

describe("agent decoys", () => {
  let report: Report;
  beforeAll(async () => {
    report = (await run({ root: path.join(fixtures, "agents", "decoys"), policyDir, version: "test" })).report;
  });
  it("reads every decoy file as an agent configuration", () => {
    expect(
      report.artifacts
        .filter((a) => a.kind === "agent_config")
        .map((a) => a.path)
        .sort(),
    ).toEqual([
      ".claude/settings.json",
      ".mcp.json",
      ".vscode/mcp.json",
      "compose/.cursor/mcp.json",
      "gateway/litellm_config.yaml",
      "prompts/classify.prompt.yml",
    ]);
  });
  it("raises no agent finding (oversight documentation aside) and no read problem", () => {
    const raised = report.findings
      .filter((f) => (f.rule.startsWith("AIGIS-AG-") && f.rule !== "AIGIS-AG-015") || f.rule.startsWith("AIGIS-IN-"))
      .map((f) => `${f.path}:${f.line} ${f.rule} ${f.message}`);
    expect(raised).toEqual([]);
  });
});
