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
