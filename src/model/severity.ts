import { SEVERITIES, type Severity, type Threshold } from "./types.js";

export const THRESHOLDS: readonly Threshold[] = [...SEVERITIES, "none"];

/** critical → 0 … low → 3. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function isThreshold(v: unknown): v is Threshold {
  return typeof v === "string" && (THRESHOLDS as readonly string[]).includes(v);
}

/** True when a finding of severity `s` fails a check whose threshold is `t`. */
export function meetsThreshold(s: Severity, t: Threshold): boolean {
  return t !== "none" && severityRank(s) <= severityRank(t);
}

/** How each severity shows in GitHub: the annotation level, the SARIF level and code scanning's
 * security-severity (GitHub's bands: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9
 * low; values sit inside each band so a rounding on GitHub's side cannot move a rule to the next). */
export const SEVERITY_PRESENTATION: Record<Severity, { annotation: "error" | "warning" | "notice"; sarif: "error" | "warning" | "note"; security: string }> = {
  critical: { annotation: "error", sarif: "error", security: "9.5" },
  high: { annotation: "error", sarif: "error", security: "8.0" },
  medium: { annotation: "warning", sarif: "warning", security: "5.5" },
  low: { annotation: "notice", sarif: "note", security: "2.0" },
};
