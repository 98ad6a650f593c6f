// The README's inputs table is what people copy from: it must name every input of action.yml, with
// the same default, and nothing action.yml does not have.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { repoRoot } from "./helpers.js";

const action = YAML.parse(fs.readFileSync(path.join(repoRoot, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");

/** Rows of the Markdown table whose header row is `header`. */
function table(markdown: string, header: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === header);
  if (start < 0) throw new Error(`no table ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** `value` → value; "empty" → "". */
function cell(text: string): string {
  if (text === "empty") return "";
  const m = /^`([^`]*)`$/.exec(text);
  if (!m) throw new Error(`default cell must be one code span or "empty": ${text}`);
  return m[1]!;
}

describe("README and action.yml", () => {
  it("list the same inputs with the same defaults", () => {
    const rows = table(readme, "| input | default | meaning |");
    const documented = Object.fromEntries(rows.map(([name, def]) => [cell(name!), cell(def!)]));
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([name, i]) => [name, String(i.default ?? "")]));
    expect(documented).toEqual(declared);
  });

  it("list the same outputs", () => {
    const rows = table(readme, "| output | meaning |");
    const documented = rows.flatMap(([names]) => [...names!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)).sort();
    expect(documented).toEqual(Object.keys(action.outputs).sort());
  });

  it("the first workflow grants what its defaults use: comment defaults to true, so pull-requests: write", () => {
    const first = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const workflow = YAML.parse(first) as { jobs: Record<string, { permissions?: Record<string, string> }>; permissions?: Record<string, string> };
    const job = Object.values(workflow.jobs)[0]!;
    const permissions = { ...workflow.permissions, ...job.permissions };
    expect(action.inputs["comment"]!.default).toBe("true");
    expect(permissions["pull-requests"]).toBe("write");
  });

  it("docs/github.md shows the summary screenshot that scripts/screenshot-summary.mjs makes", () => {
    const doc = fs.readFileSync(path.join(repoRoot, "docs", "github.md"), "utf8");
    const image = /!\[[^\]]+\]\((images\/summary\.png)\)/.exec(doc);
    expect(image).not.toBeNull();
    const png = fs.readFileSync(path.join(repoRoot, "docs", image![1]!));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(fs.readFileSync(path.join(repoRoot, "scripts", "screenshot-summary.mjs"), "utf8")).toContain('"docs", "images", "summary.png"');
  });
});
