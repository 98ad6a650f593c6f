// Turns the engine's raw findings into the one Report every sink renders: located, enriched with
// rule metadata, sorted and fingerprinted, with readiness and the fix-list computed once here.
import { createHash } from "node:crypto";
import { meetsThreshold, severityRank } from "../model/severity.js";
import type { Finding, Position, RuleMeta, ScannedArtifact, Severity, Threshold } from "../model/types.js";
import type { RawFinding } from "../engine/engine.js";
import type { Skipped } from "../discover/discover.js";
import { ControlIndex, type Catalog } from "./catalog.js";
import { buildFixList, type FixItem } from "./fix-list.js";
import { locate, packedLocator } from "./locate.js";
import { computeReadiness, type Readiness } from "./readiness.js";
import { maskSecrets, untrustedMessage, untrustedName } from "./untrusted.js";
import { applyWaivers, type SuppressedFinding, type Waiver, type WaiverNotes, type WaiverSet } from "./waivers.js";

export const REPORT_VERSION = 1;

export interface ArtifactSummary {
  id: string;
  path: string;
  kind: string;
  format: string;
  format_version: string | null;
  name: string | null;
}

export interface Report {
  report_version: number;
  tool: { name: string; version: string };
  /** Where the report was made (src/report/origin.ts), set by the shells so reports can be merged. */
  repository?: string | null;
  commit?: string | null;
  ref?: string | null;
  threshold: Threshold;
  passed: boolean;
  summary: {
    files_scanned: number;
    artifacts: number;
    findings: number;
    blocking: number;
    suppressed: number;
    by_severity: Record<Severity, number>;
  };
  artifacts: ArtifactSummary[];
  findings: ScopedFinding[];
  /** Findings a valid waiver covers: they never fail the check. */
  suppressed: SuppressedFinding[];
  skipped: Skipped[];
  readiness: Readiness;
  fix_list: FixItem[];
  rules: RuleMeta[];
  /** Set on pull requests by scopeToChanges(): the changed files under the scanned directory. */
  changes?: { files: string[]; only_changed: boolean };
}

/** A finding, marked `in_diff` once the files a pull request changes are known. */
export interface ScopedFinding extends Finding, WaiverNotes {
  in_diff?: boolean;
}

export interface ReportInput {
  version: string;
  threshold: Threshold;
  filesScanned: number;
  artifacts: readonly ScannedArtifact[];
  raw: RawFinding[];
  rules: RuleMeta[];
  catalog: Catalog;
  skipped: Skipped[];
  /** Per-rule severity overrides and disabled rules, from configuration. */
  ruleSettings?: Record<string, { severity?: Severity; enabled?: boolean }>;
  /** Waivers from configuration and artifacts (src/report/waivers.ts). */
  waivers?: WaiverSet;
  /** Readiness frameworks to report (Report.readiness ids); all when absent. */
  frameworks?: string[] | null;
}

function fingerprint(f: Pick<Finding, "rule" | "artifact" | "pointer" | "path">, message: string): string {
  // Line numbers are left out on purpose: a finding keeps its identity when text above it moves.
  return createHash("sha256").update([f.rule, f.path, f.artifact, f.pointer, message].join("\u0000")).digest("hex").slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    cmp(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildReport(input: ReportInput): Report {
  const rulesByPackage = new Map(input.rules.map((r) => [r.package, r]));
  const byId = new Map(input.artifacts.map((a) => [a.artifact.id, a]));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // By artifact, so each packed source map is unpacked once (the findings are sorted below anyway).
  const ordered = [...input.raw].sort((a, b) => cmp(a.artifact, b.artifact));
  let current: { id: string; locate: (pointer: string) => Position } | null = null;
  const locateIn = (id: string, pointer: string): Position => {
    if (current?.id !== id) {
      const p = byId.get(id)?.positions;
      current = { id, locate: p instanceof Uint8Array ? packedLocator(p) : (ptr) => locate(p, ptr) };
    }
    return current.locate(pointer);
  };
  for (const raw of ordered) {
    const rule = rulesByPackage.get(raw.rule_package);
    if (!rule) throw new Error(`finding from ${raw.rule_package}, which has no rule metadata`);
    const setting = input.ruleSettings?.[rule.id];
    if (setting?.enabled === false) continue;
    const read = byId.get(raw.artifact);
    const path = read?.artifact.path ?? raw.artifact;
    const pos = typeof raw.line === "number" ? { line: raw.line, column: raw.column ?? 1 } : locateIn(raw.artifact, raw.pointer);
    // One rule, one severity: its METADATA, unless the configuration overrides it. A key a rule
    // puts on the finding object itself is not read (docs/custom-rules.md).
    const severity: Severity = setting?.severity ?? rule.severity;
    const base = { rule: rule.id, artifact: raw.artifact, pointer: raw.pointer, path };
    // Messages quote artifact text: bounded and made inert here, once. The fingerprint takes the
    // whole message, secrets masked, so findings keep their identity and no hash is taken of a secret.
    const masked = maskSecrets(raw.message);
    const finding: Finding = {
      ...base,
      severity,
      title: rule.title,
      message: untrustedMessage(masked),
      line: pos.line,
      column: pos.column,
      controls: rule.controls,
      remediation: rule.remediation,
      fingerprint: fingerprint(base, masked),
    };
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    findings.push(finding);
  }
  findings.sort(compareFindings);
  const { active, suppressed } = applyWaivers(findings, input.waivers && inertWaivers(input.waivers));

  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of active) bySeverity[f.severity]++;
  const blocking = active.filter((f) => meetsThreshold(f.severity, input.threshold)).length;
  const index = new ControlIndex(input.catalog);
  const activeRules = input.rules.filter((r) => input.ruleSettings?.[r.id]?.enabled !== false);
  const artifacts = input.artifacts
    .map(({ artifact: a }) => ({
      id: a.id,
      path: a.path,
      kind: a.kind,
      format: a.format,
      format_version: a.format_version,
      name: "name" in a && typeof a.name === "string" ? untrustedName(a.name) : null,
    }))
    .sort((a, b) => cmp(a.id, b.id));

  return {
    report_version: REPORT_VERSION,
    tool: { name: "aigis", version: input.version },
    threshold: input.threshold,
    passed: blocking === 0,
    summary: {
      files_scanned: input.filesScanned,
      artifacts: artifacts.length,
      findings: active.length,
      blocking,
      suppressed: suppressed.length,
      by_severity: bySeverity,
    },
    artifacts,
    findings: active,
    suppressed,
    skipped: input.skipped.map((s) => ({ ...s, reason: untrustedMessage(s.reason) })).sort((a, b) => cmp(a.path, b.path)),
    // A waiver accepts a gap, it does not evidence the control: waived findings still count as gaps.
    readiness: selectFrameworks(computeReadiness(index, activeRules, findings, new Set(input.artifacts.map((a) => a.artifact.kind))), input.frameworks),
    fix_list: buildFixList(index, input.rules, active),
    rules: input.rules,
  };
}

/** Waivers with the texts a report shows bounded and inert; what decides what they cover is kept. */
function inertWaivers(set: WaiverSet): WaiverSet {
  const inert = (w: Waiver): Waiver => ({ ...w, reason: untrustedMessage(w.reason), owner: untrustedName(w.owner), expires: untrustedName(w.expires), source: untrustedMessage(w.source) });
  return { ...set, waivers: set.waivers.map(inert), forbidden: set.forbidden.map(inert) };
}

/** Keeps the frameworks the configuration asks for; the overall score is their mean, as before. */
function selectFrameworks(readiness: Readiness, ids: string[] | null | undefined): Readiness {
  if (!ids) return readiness;
  const frameworks = readiness.frameworks.filter((f) => ids.includes(f.id));
  const scores = frameworks.map((f) => f.score).filter((s): s is number => s !== null);
  const overall = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;
  return { ...readiness, overall, frameworks };
}

/**
 * Marks each finding in or out of the files a pull request changes (paths relative to the scanned
 * directory). With `onlyChanged`, only findings in those files can fail the check; this is the one
 * place that decides it, so every sink and the exit status agree. Everything stays in the report.
 */
export function scopeToChanges(report: Report, changedFiles: Iterable<string>, onlyChanged: boolean): Report {
  const files = new Set(changedFiles);
  const findings = report.findings.map((f) => ({ ...f, in_diff: files.has(f.path) }));
  const blocking = findings.filter((f) => meetsThreshold(f.severity, report.threshold) && (!onlyChanged || f.in_diff)).length;
  return {
    ...report,
    passed: blocking === 0,
    summary: { ...report.summary, blocking },
    findings,
    changes: { files: [...files].sort(cmp), only_changed: onlyChanged },
  };
}
