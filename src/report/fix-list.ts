// The prioritized fix-list: one item per rule with findings, ordered by severity, then by how many
// controls the fix closes, then by how many places need it (fewer first: quicker to finish).
import { severityRank } from "../model/severity.js";
import type { Finding, RuleMeta, Severity } from "../model/types.js";
import type { ControlIndex } from "./catalog.js";

export interface FixItem {
  rule: string;
  title: string;
  severity: Severity;
  remediation: string;
  example: string | null;
  controls: { key: string; title: string; url: string }[];
  locations: { path: string; line: number; message: string }[];
}

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
      remediation: rule.remediation,
      example: rule.example ?? null,
      controls: rule.controls.map((key) => {
        const c = index.get(key);
        return { key, title: c?.control.title ?? key, url: c?.control.url ?? "" };
      }),
      locations: list.map((f) => ({ path: f.path, line: f.line, message: f.message })),
    });
  }
  return items.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      b.controls.length - a.controls.length ||
      a.locations.length - b.locations.length ||
      (a.rule < b.rule ? -1 : 1),
  );
}
