// Showing the observed AI inventory: the "AI in use" table in the job summary and the comment
// (what the pull request touches marked, everything escaped), SARIF results at the use, and
// `only-changed` counting a use added in a changed file as a change.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { InventoryItem } from "../src/inventory/report.js";
import { scopeToChanges, type Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { commentMarker, renderComment } from "../src/sinks/comment.js";
import { INVENTORY_ROWS, renderInventory } from "../src/sinks/inventory.js";
import { renderMarkdown } from "../src/sinks/markdown.js";
import { toSarif } from "../src/sinks/sarif.js";
import { fixtures, lineOf, policyDir } from "./helpers.js";

const aiInUse = path.join(fixtures, "ai-in-use");
const check = async () => (await run({ root: aiInUse, policyDir, version: "test", failOn: "high" })).report;

const item = (over: Partial<InventoryItem>): InventoryItem => ({
  path: "app.py",
  line: 1,
  column: 1,
  type: "model",
  name: "m",
  version: null,
  provider: null,
  hub: null,
  category: null,
  revision: null,
  sha256: null,
  sha256s: [],
  evidence: "e",
  ...over,
});

const tableRows = (md: string) => md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| | Kind"));

describe("the AI in use table", () => {
  it("is in the job summary and the comment, one row per component with where it is used", async () => {
    const report = await check();
    const summary = renderMarkdown(report);
    expect(summary).toContain("### AI in use");
    const row = tableRows(summary).find((l) => l.includes("`gpt-4o-mini`"))!;
    expect(row).toContain(`\`service/app.py:${lineOf(path.join(aiInUse, "service/app.py"), "gpt-4o-mini")}\``);
    expect(row).toContain("| openai |");
    expect(tableRows(summary).some((l) => l.includes("`models/intent.onnx`") && l.includes("| weights |"))).toBe(true);
    expect(summary).not.toContain("🆕");
    expect(renderComment(report, { marker: commentMarker("."), runUrl: null })).toContain("### AI in use");
  });

  it("marks what the pull request's changed files use, and lists those first", async () => {
    const report = scopeToChanges(await check(), ["web/src/assistant.ts"], false);
    const rows = tableRows(renderInventory(report).join("\n"));
    expect(rows[0]).toMatch(/^\| 🆕 \| model \| `claude-3-5-haiku-20241022` \|/);
    expect(rows.filter((r) => r.includes("🆕"))).toHaveLength(1);
    expect(renderInventory(report).join("\n")).toContain("1 used in files this pull request changes (🆕)");
  });

  it("escapes names and versions from the repository", () => {
    const hostile = item({ name: "x|y` <img src=x>", version: "@here #1 [l](http://e)", path: "a|b.py" });
    const out = renderInventory({ inventory: [hostile] } as unknown as Report).join("\n");
    const row = tableRows(out)[0]!;
    // The pipe is escaped inside the code span, so the row keeps its 7 columns.
    expect(row.split(/(?<!\\)\|/).length).toBe(9);
    // Inside code spans: no HTML, link or mention is rendered from them.
    expect(row).toContain("| ``x\\|y` <img src=x>`` |");
    expect(row).toContain("| `@here #1 [l](http://e)` |");
    expect(row).toContain("| `a\\|b.py:1` |");
  });

  it("groups uses of one component and bounds the rows", () => {
    const many = Array.from({ length: INVENTORY_ROWS + 5 }, (_, i) => item({ name: `org/m${String(i).padStart(3, "0")}`, line: i + 1 }));
    const twice = [item({ name: "org/m000", path: "b.py" }), ...many];
    const out = renderInventory({ inventory: twice } as unknown as Report).join("\n");
    expect(tableRows(out)).toHaveLength(INVENTORY_ROWS);
    expect(tableRows(out)[0]).toMatch(/\| 2 \|$/);
    expect(out).toContain("…and 5 more");
    expect(renderInventory({ inventory: [] } as unknown as Report)).toEqual([]);
  });
});

describe("SARIF results at the use", () => {
  it("places an AIGIS-INV-002 result at the call in code and at the dependency line", async () => {
    const sarif = toSarif(await check());
    const locs = sarif.runs[0]!.results.filter((r) => r.ruleId === "AIGIS-INV-002").map((r) => {
      const p = r.locations[0]!.physicalLocation;
      return `${p.artifactLocation.uri}:${p.region?.startLine}`;
    });
    expect(locs).toContain(`service/app.py:${lineOf(path.join(aiInUse, "service/app.py"), 'model="gpt-4o-mini"')}`);
    expect(locs).toContain(`service/app.py:${lineOf(path.join(aiInUse, "service/app.py"), "from_pretrained")}`);
    expect(locs).toContain(`web/package.json:${lineOf(path.join(aiInUse, "web/package.json"), "@anthropic-ai/sdk")}`);
  });
});

describe("only-changed and new AI uses", () => {
  it("fails on a use added in a changed file and not on uses in files the pull request leaves alone", async () => {
    const report = await check();
    const withNewUse = scopeToChanges(report, ["service/app.py"], true);
    const blocking = withNewUse.findings.filter((f) => f.in_diff && f.severity === "high").map((f) => `${f.rule} ${f.path}`);
    expect(blocking).toContain("AIGIS-INV-002 service/app.py");
    expect(withNewUse.passed).toBe(false);
    expect(withNewUse.findings.filter((f) => f.path === "Dockerfile").every((f) => !f.in_diff)).toBe(true);
    const unrelated = scopeToChanges(report, ["README.md"], true);
    expect(unrelated.findings.filter((f) => f.rule === "AIGIS-INV-002" && f.in_diff)).toEqual([]);
  });
});

it("the fixture is what these tests assume", () => {
  expect(fs.existsSync(path.join(aiInUse, "web/src/assistant.ts"))).toBe(true);
});
