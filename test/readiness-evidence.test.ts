// Readiness from evidence (issue 16), measured through run() on small repositories: a rule's
// silence never meets a control, a repository with nothing to show scores next to nothing, and
// every "met" names the evidence behind it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { renderMarkdown } from "../src/sinks/markdown.js";
import { renderText } from "../src/sinks/text.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function scan(files: Record<string, string> | string): Promise<Report> {
  let root = typeof files === "string" ? files : "";
  if (typeof files !== "string") {
    root = tempDir("aigis-readiness-");
    dirs.push(root);
    writeTree(root, files);
  }
  const { report } = await run({ root, policyDir, version: "test" });
  return report;
}

const framework = (r: Report, id: string) => r.readiness.frameworks.find((f) => f.id === id)!;
const statusOf = (r: Report, key: string) => r.readiness.frameworks.flatMap((f) => f.controls).find((c) => c.key === key)?.status;

const AGENTS_MD = { "AGENTS.md": "Run npm test before committing.\nUse TypeScript.\nKeep functions small.\n" };
const EMPTY_MCP = { ".mcp.json": '{"mcpServers": {}}\n' };

describe("readiness from evidence", () => {
  let agentsOnly: Report, emptyMcp: Report, oneCard: Report, complete: Report, agents: Report;
  beforeAll(async () => {
    [agentsOnly, emptyMcp, oneCard, complete, agents] = await Promise.all([
      scan(AGENTS_MD),
      scan(EMPTY_MCP),
      scan(path.join(fixtures, "readiness", "filled-card")),
      scan(path.join(fixtures, "passing")),
      scan(path.join(fixtures, "agents", "valid")),
    ]);
  });

  it("scores AGENTS.md alone and an empty MCP config at most 10 overall, their agentic controls not met", () => {
    for (const r of [agentsOnly, emptyMcp]) {
      expect(r.readiness.overall).not.toBeNull();
      expect(r.readiness.overall!).toBeLessThanOrEqual(10);
      const agentic = framework(r, "owasp-agentic");
      expect(agentic.met).toBe(0);
      // They call for the agentic controls (there is an agent configuration), so they are scored, not skipped.
      expect(agentic.no_evidence).toBeGreaterThan(0);
      // Controls the issue found marked met on AGENTS.md alone.
      for (const key of ["iso42001:A.6.2.6", "iso42001:A.10.3", "nist-ai-rmf:MAP 3.5", "owasp-llm:LLM10:2025"]) expect(statusOf(r, key)).not.toBe("met");
    }
  });

  it("scores one filled model card above either, and a complete repository above one card", () => {
    expect(oneCard.readiness.overall!).toBeGreaterThan(Math.max(agentsOnly.readiness.overall!, emptyMcp.readiness.overall!));
    expect(complete.readiness.overall!).toBeGreaterThan(oneCard.readiness.overall!);
    // A card alone calls for no agent controls.
    expect(framework(oneCard, "owasp-agentic").score).toBeNull();
    expect(framework(oneCard, "owasp-agentic").not_applicable).toBeGreaterThan(0);
  });

  it("names the evidence of every met control and the findings of every gap, with file and line", () => {
    for (const r of [oneCard, complete, agents, agentsOnly]) {
      for (const c of r.readiness.frameworks.flatMap((f) => f.controls)) {
        if (c.status === "met") {
          expect(c.evidence.length, c.key).toBeGreaterThan(0);
          for (const e of c.evidence) {
            expect(r.rules.find((x) => x.id === e.rule)!.controls.length).toBeGreaterThan(0);
            expect(
              fs.existsSync(
                path.join(
                  r === complete
                    ? path.join(fixtures, "passing")
                    : r === agents
                      ? path.join(fixtures, "agents", "valid")
                      : path.join(fixtures, "readiness", "filled-card"),
                  e.path,
                ),
              ) || r === agentsOnly,
            ).toBe(true);
            expect(e.line).toBeGreaterThan(0);
          }
        }
        if (c.status === "gap") expect(c.findings.length, c.key).toBeGreaterThan(0);
      }
    }
    // Evidence is located like a finding: the card's intended use is where the card states it.
    const intended = oneCard.readiness.frameworks
      .flatMap((f) => f.controls)
      .flatMap((c) => c.evidence)
      .find((e) => e.rule === "AIGIS-MC-001")!;
    const lines = fs.readFileSync(path.join(fixtures, "readiness", "filled-card", "README.md"), "utf8").split("\n");
    expect(lines[intended.line - 1]).toMatch(/Direct Use|intended for/);
  });

  it("has every rule with controls record evidence on the passing fixtures, or declare itself gap-only with a reason", () => {
    const evidenced = new Set(
      [complete, agents].flatMap((r) => r.readiness.frameworks.flatMap((f) => f.controls.flatMap((c) => c.evidence.map((e) => e.rule)))),
    );
    const silent = complete.rules.filter((r) => r.controls.length > 0 && r.evidence !== "none" && !evidenced.has(r.id)).map((r) => r.id);
    // Rules whose passing case needs a situation these fixtures do not stage: a configured allowlist, an
    // EU high-risk system, a derived or third-party model, an SBOM that repeats a card's licence or
    // lineage, personal data, a vector store, an autonomous system, a server with host-wide reach; and
    // the fields a Data Provenance record cannot carry (processing, bias, hashes), which never count;
    // and AI used in code (the inventory rules), which these governance fixtures do not contain.
    const staged = [
      "AIGIS-INV-002",
      "AIGIS-INV-003",
      "AIGIS-INV-004",
      "AIGIS-INV-005",
      "AIGIS-AG-004",
      "AIGIS-AG-012",
      "AIGIS-AG-016",
      "AIGIS-DP-003",
      "AIGIS-DP-004",
      "AIGIS-DP-006",
      "AIGIS-DP-008",
      "AIGIS-GV-015",
      "AIGIS-GV-018",
      "AIGIS-MC-005",
      "AIGIS-MC-006",
      "AIGIS-XA-002",
      "AIGIS-XA-003",
    ];
    expect(silent.filter((id) => !staged.includes(id))).toEqual([]);
    for (const r of complete.rules.filter((x) => x.evidence === "none")) expect(r.evidence_reason, r.id).toMatch(/\w{3,}/);
  });

  it("labels the 2026 row as derived from 2025 citations in every sink that shows readiness", () => {
    for (const out of [renderText(complete), renderMarkdown(complete), renderJson(complete)]) expect(out).toContain("derived from 2025 citations");
    expect(framework(complete, "owasp-llm-2026")).toMatchObject({ derived_from: "owasp-llm-2025", in_overall: false });
    // Annex IV point (2) is reached through its cited sub-points, as in the coverage count.
    expect(framework(complete, "eu-ai-act").unchecked).not.toContain("eu-ai-act:Annex IV(2)");
  });

  it("never counts a field the format cannot carry: a Data Provenance record alone does not meet fairness evaluation", async () => {
    const dps = await scan(path.join(fixtures, "formats", "dps"));
    expect(dps.artifacts.some((a) => a.kind === "dataset")).toBe(true);
    expect(statusOf(dps, "nist-ai-rmf:MEASURE 2.11")).not.toBe("met");
  });
});
