// Readiness per framework, counted honestly: only controls a repository scan can speak to (scored
// in the catalog) and that some rule checks are in the denominator; a control counts as met only
// when a rule citing it had artifacts to judge and found no gap. It is a snapshot, not a certificate.
import type { Finding, RuleMeta } from "../model/types.js";
import type { ControlIndex } from "./catalog.js";

export type ControlStatus = "met" | "gap" | "no-evidence";

export interface FrameworkReadiness {
  id: string;
  name: string;
  /** Controls in reach of a scan and checked by at least one rule. */
  assessed: number;
  met: number;
  gaps: number;
  no_evidence: number;
  /** met / assessed, 0–100, one decimal; null when nothing is assessed. */
  score: number | null;
  /** In reach of a scan but not yet checked by any rule. */
  unchecked: string[];
  /** Needs audit evidence: a repository cannot show it. */
  out_of_scope: { key: string; why: string }[];
  controls: { key: string; title: string; status: ControlStatus }[];
}

export interface Readiness {
  overall: number | null;
  frameworks: FrameworkReadiness[];
  statement: string;
}

export const REPORTED_FRAMEWORKS = ["iso42001", "nist-ai-rmf", "owasp-llm-2025", "owasp-llm-2026", "owasp-agentic", "eu-ai-act"];

export function computeReadiness(index: ControlIndex, rules: RuleMeta[], findings: Finding[], kindsPresent: Set<string>): Readiness {
  const gapKeys = new Set(findings.flatMap((f) => index.expand(f.controls)));
  const evidenced = new Set<string>();
  const checked = new Set<string>();
  for (const r of rules) {
    const keys = index.expand(r.controls);
    keys.forEach((k) => checked.add(k));
    const hasArtifacts = r.applies_to.some((k) => kindsPresent.has(k));
    if (hasArtifacts) keys.forEach((k) => evidenced.add(k));
  }
  const frameworks: FrameworkReadiness[] = [];
  for (const id of REPORTED_FRAMEWORKS) {
    const f = index.catalog.frameworks.find((x) => x.id === id);
    if (!f) continue;
    const scored = f.controls.filter((c) => c.scored);
    const assessed = scored.filter((c) => checked.has(c.key));
    const controls = assessed.map((c) => ({
      key: c.key,
      title: c.title,
      status: (gapKeys.has(c.key) ? "gap" : evidenced.has(c.key) ? "met" : "no-evidence") as ControlStatus,
    }));
    const met = controls.filter((c) => c.status === "met").length;
    frameworks.push({
      id: f.id,
      name: f.id.startsWith("owasp-llm") ? `${f.short_name} ${f.edition}` : f.short_name,
      assessed: assessed.length,
      met,
      gaps: controls.filter((c) => c.status === "gap").length,
      no_evidence: controls.filter((c) => c.status === "no-evidence").length,
      score: assessed.length ? Math.round((met / assessed.length) * 1000) / 10 : null,
      unchecked: scored.filter((c) => !checked.has(c.key)).map((c) => c.key),
      out_of_scope: f.controls
        .filter((c) => !c.scored && c.kind !== "clause" && c.evidence === "no")
        .map((c) => ({ key: c.key, why: c.audit_note ?? "needs audit evidence" })),
      controls,
    });
  }
  const scores = frameworks.map((f) => f.score).filter((s): s is number => s !== null);
  return {
    overall: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
    frameworks,
    statement:
      "Readiness snapshot from repository evidence only, not a certification: each score counts the controls that aigis rules check, " +
      "and a control is met only when artifacts for it were found and no rule citing it reported a gap. Controls listed as out of scope need audit evidence.",
  };
}
