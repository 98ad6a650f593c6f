// The layering of src/ as docs/architecture.md and README's layout describe it, checked by reading
// every import: parsing primitives below readers, config and discovery; readers that know no engine,
// report or sink; sinks, report and engine that know no reader, discovery or configuration; only
// the GitHub layer and the Action shell talk to @actions/*; and no two folders import each other.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

const SRC = path.join(repoRoot, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.m?[jt]s$/.test(e.name) && !/\.d\.m?ts$/.test(e.name) ? [p] : [];
  });
}

interface Edge {
  from: string; // src-relative file
  spec: string; // as written
  to: string | null; // src-relative target for relative imports
}

// Static imports and re-exports, type-only ones included: a type import is a dependency too.
const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((abs) => {
    const from = path.relative(SRC, abs).split(path.sep).join("/");
    const text = fs.readFileSync(abs, "utf8");
    return [...text.matchAll(IMPORT)].map((m) => {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      const to = spec.startsWith(".") ? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)) : null;
      return { from, spec, to };
    });
  });
}

/** The top-level part of src/ a file belongs to: its folder, or the file itself for src/*.ts. */
const area = (rel: string) => rel.split("/")[0]!.replace(/\.[jt]s$/, "");

const ALL = edges();
const violations = (fromAreas: string[], toAreas: string[]) =>
  ALL.filter((e) => fromAreas.includes(area(e.from)) && e.to !== null && toAreas.includes(area(e.to))).map((e) => `${e.from} -> ${e.spec}`);

describe("import rules", () => {
  it("finds the imports it checks", () => {
    expect(ALL.some((e) => e.from === "run.ts" && e.to?.startsWith("readers/"))).toBe(true);
    expect(ALL.some((e) => e.from.startsWith("readers/formats/") && e.to?.startsWith("parse/"))).toBe(true);
  });

  it("keeps @actions/* in the GitHub layer and the Action shell", () => {
    const shell = new Set(["action.ts", "main.ts"]);
    const bad = ALL.filter((e) => e.spec.startsWith("@actions/") && !e.from.startsWith("github/") && !shell.has(e.from)).map((e) => `${e.from} -> ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it("keeps sinks, report and engine free of readers, discovery and configuration", () => {
    expect(violations(["sinks", "report", "engine"], ["readers", "discover", "config"])).toEqual([]);
  });

  it("keeps readers free of engine, report, sinks and configuration", () => {
    expect(violations(["readers"], ["engine", "report", "sinks", "config", "discover", "github", "run"])).toEqual([]);
  });

  it("keeps parsing primitives and the model below everything", () => {
    const upper = ["readers", "discover", "config", "engine", "report", "sinks", "custom", "init", "github", "run", "action", "cli", "main", "io"];
    expect(violations(["parse", "model"], upper)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    const graph = new Map<string, Set<string>>();
    for (const e of ALL) {
      if (!e.to) continue;
      const a = area(e.from);
      const b = area(e.to);
      if (a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (n: string, trail: string[]) => {
      if (state.get(n) === "done") return;
      if (state.get(n) === "open") {
        cycles.push([...trail.slice(trail.indexOf(n)), n].join(" -> "));
        return;
      }
      state.set(n, "open");
      for (const m of graph.get(n) ?? []) visit(m, [...trail, n]);
      state.set(n, "done");
    };
    for (const n of [...graph.keys()].sort()) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
