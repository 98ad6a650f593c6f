// The prioritized fix-list: one item per rule with findings, ordered by severity, then by how many
// controls the fix closes, then by effort (the rule's own estimate, then fewer places first).
import { severityRank } from "../model/severity.js";
import type { Finding, RuleMeta, Severity } from "../model/types.js";
import type { ControlIndex } from "./catalog.js";

export interface FixItem {
  rule: string;
  title: string;
  severity: Severity;
  effort: "small" | "medium" | "large";
  remediation: string;
  example: string | null;
  controls: { key: string; title: string; url: string }[];
  /** Where to fix: file, line and the normalized field or section the finding is about. */
  locations: { path: string; line: number; field: string; message: string }[];
}

const EFFORT = ["small", "medium", "large"];

export function buildFixList(index: ControlIndex, rules: RuleMeta[], findings: Finding[]): FixItem[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const meta = new Map(rules.map((r) => [r.id, r]));
  const items: FixItem[] = [];
  for (const [ruleId, list] of byRule) {
    const rule = meta.get(ruleId)!;
    const severity = list.map((f) => f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0]!;
    items.push({
      rule: ruleId,
      title: rule.title,
      severity,
      effort: rule.effort ?? "small",
      remediation: rule.remediation,
      example: rule.example ?? null,
      controls: rule.controls.map((key) => {
        const c = index.get(key);
        return { key, title: c?.control.title ?? key, url: c?.control.url ?? "" };
      }),
      locations: list.map((f) => ({ path: f.path, line: f.line, field: f.pointer, message: f.message })),
    });
  }
  return items.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      b.controls.length - a.controls.length ||
      EFFORT.indexOf(a.effort) - EFFORT.indexOf(b.effort) ||
      a.locations.length - b.locations.length ||
      (a.rule < b.rule ? -1 : 1),
  );
}
