#!/usr/bin/env node
// Counts, from rule metadata (dist/policy/rules.json), how many controls of each framework at least
// one rule evidences, against the targets the project holds itself to. `--check` exits 1 below target.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { rules } = JSON.parse(fs.readFileSync(path.join(root, "dist", "policy", "rules.json"), "utf8"));
const catalog = JSON.parse(fs.readFileSync(path.join(root, "catalog", "controls.json"), "utf8"));
const cited = new Set(rules.flatMap((r) => r.controls));

// What counts per framework, and the target.
// A control that needs audit evidence (catalog `evidence: "no"`) never counts, even if cited: a rule
// cannot evidence it, and readiness lists it as needing audit rather than scoring it. Targets are
// what remains after the citation review of issue 16 (see the README's coverage table).
const rows = [
  { name: "ISO/IEC 42001 Annex A", framework: "iso42001", pick: (c) => c.kind === "annex-a-control", target: 35 },
  { name: "NIST AI RMF subcategories", framework: "nist-ai-rmf", pick: (c) => c.kind === "subcategory", target: 45 },
  { name: "OWASP LLM Top 10 2025", framework: "owasp-llm-2025", pick: () => true, target: 10 },
  { name: "OWASP Agentic Top 10", framework: "owasp-agentic", pick: () => true, target: 7 },
  // Point (2) of Annex IV counts when the point or any of its sub-points is cited.
  {
    name: "EU AI Act Annex IV points",
    framework: "eu-ai-act",
    pick: (c) => c.kind === "annex-iv-point",
    target: 8,
    alsoCounts: (c) => [...cited].some((k) => k.startsWith(`${c.key}(`)),
  },
];

let short = false;
const out = ["| framework | evidenced by a rule | of | target | missing |", "|---|---:|---:|---:|---|"];
for (const row of rows) {
  const fw = catalog.frameworks.find((f) => f.id === row.framework);
  const controls = fw.controls.filter(row.pick);
  const hit = controls.filter((c) => c.evidence !== "no" && (cited.has(c.key) || row.alsoCounts?.(c)));
  const missing = controls.filter((c) => !hit.includes(c)).map((c) => c.id);
  if (hit.length < row.target) short = true;
  out.push(`| ${row.name} | ${hit.length} | ${controls.length} | ${row.target} | ${missing.join(", ") || "—"} |`);
}
console.log(`${rules.length} rules\n`);
console.log(out.join("\n"));
if (process.argv.includes("--check") && short) {
  console.error("\ncoverage: below target");
  process.exit(1);
}
