// Turns the engine's raw findings into the one Report every sink renders: located, enriched with
// rule metadata, sorted and fingerprinted, with readiness and the fix-list computed once here.
import type { InventoryItem } from "../inventory/report.js";
import { compareText as cmp } from "../model/order.js";
import { meetsThreshold, severityRank } from "../model/severity.js";
import type { ConfigReview, Finding, Position, RuleMeta, ScannedArtifact, Severity, Skipped, Threshold } from "../model/types.js";
import { isEvidence, type RawResult } from "../engine/engine.js";
import { ControlIndex, type Catalog } from "./catalog.js";
import { buildFixList, type FixItem } from "./fix-list.js";
import { locate, packedLocator } from "./locate.js";
import { sha256Hex } from "./sha256.js";
import { crypto } from "../lazy-builtins.js";
import { computeReadiness, EvidenceDigest, withOverall, type Readiness } from "./readiness.js";
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
    /** Artifacts by kind (model_card, dataset, …), the kinds found only. */
    artifacts_by_kind: Record<string, number>;
  };
  artifacts: ArtifactSummary[];
  findings: ScopedFinding[];
  /** Findings a valid waiver covers: they never fail the check. */
  suppressed: SuppressedFinding[];
  skipped: Skipped[];
  readiness: Readiness;
  fix_list: FixItem[];
  rules: RuleMeta[];
  /** Set on pull requests by scopeToChanges(): the changed files under the scanned directory, and
   * those of them the pull request deletes. */
  changes?: { files: string[]; deleted?: string[]; only_changed: boolean };
  /** Set on pull requests: which configuration gated and what the pull request's own loosens. */
  config_review?: ConfigReview;
  /** The observed AI inventory (src/inventory): every use of AI seen, with file and line. */
  inventory: InventoryItem[];
  /** The configuration file the run read, relative to the scanned directory (absent for defaults):
   * where a SARIF viewer is pointed for findings about the repository as a whole. */
  config_file?: string;
  /** Set by the Action: where the scanned files live on GitHub, so sinks can link `path:line`. */
  source?: ReportSource;
}

/** The commit the scanned files are at (the pull request's head, not its merge commit) and the
 * scanned directory relative to the repository ("" for its root). */
export interface ReportSource {
  server_url: string;
  repository: string;
  sha: string;
  root: string;
}

/** A finding about the repository as a whole (no AI policy, no register, no SBOM): the rules
 * report it on artifact "", so it has no file. Sinks show it without a place, never on an artifact. */
export function repositoryWide(f: { path: string }): boolean {
  return f.path === "";
}

/** A finding, marked `in_diff` once the files a pull request changes are known. */
export interface ScopedFinding extends Finding, WaiverNotes {
  in_diff?: boolean;
  /** Whether the finding is in the gate's scope: false only for a finding outside the changed files
   * in only-changed mode. Sinks annotate and list as blocking only what counts. */
  counts?: boolean;
  /** Whether the finding fails the check: it counts and meets the threshold. */
  blocking?: boolean;
}

export interface ReportInput {
  version: string;
  threshold: Threshold;
  filesScanned: number;
  artifacts: readonly ScannedArtifact[];
  /** The engine's results: findings and evidence records. */
  /** Read once, in order (a run streams them; see RawResults in src/engine/chunks.ts). */
  raw: Iterable<RawResult>;
  rules: RuleMeta[];
  catalog: Catalog;
  skipped: Skipped[];
  inventory?: InventoryItem[];
  /** Per-rule severity overrides and disabled rules, from configuration. */
  ruleSettings?: Record<string, { severity?: Severity; enabled?: boolean }>;
  /** Waivers from configuration and artifacts (src/report/waivers.ts). */
  waivers?: WaiverSet;
  /** Readiness frameworks to report (Report.readiness ids); all when absent. */
  frameworks?: string[] | null;
}

function fingerprint(f: Pick<Finding, "rule" | "artifact" | "pointer" | "path">, message: string): string {
  // Line numbers are left out on purpose: a finding keeps its identity when text above it moves.
  return sha256([f.rule, f.path, f.artifact, f.pointer, message].join("\u0000")).slice(0, 32);
}

// The first findings are hashed in JavaScript (src/report/sha256.ts), which spares a small run
// loading node:crypto (about 3 ms); past them node:crypto is loaded, whose one-call hash is about
// four times faster. Both give the same digest (test/sha256.test.ts).
const JS_HASHES = 1000;
let hashes = 0;
function sha256(text: string): string {
  if (++hashes <= JS_HASHES) return sha256Hex(text);
  const c = crypto();
  return typeof c.hash === "function" ? c.hash("sha256", text, "hex") : c.createHash("sha256").update(text).digest("hex");
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

/** A rule as this run applied it: one severity for the rule and all its findings, from the
 * configuration when it overrides METADATA (which stays as default_severity). */
function effectiveRule(rule: RuleMeta, configured: Severity | undefined): RuleMeta {
  return configured && configured !== rule.severity ? { ...rule, severity: configured, default_severity: rule.severity } : rule;
}

export function buildReport(input: ReportInput): Report {
  const rulesByPackage = new Map(input.rules.map((r) => [r.package, r]));
  const byId = new Map(input.artifacts.map((a) => [a.artifact.id, a]));
  const findings: Finding[] = [];
  // Evidence is only counted and sampled per rule (readiness lists the first few per control).
  const evidence = new EvidenceDigest();
  const seen = new Set<string>();
  let current: { id: string; locate: (pointer: string) => Position } | null = null;
  const locateIn = (id: string, pointer: string): Position => {
    if (current?.id !== id) {
      const p = byId.get(id)?.positions;
      current = { id, locate: p instanceof Uint8Array ? packedLocator(p) : (ptr) => locate(p, ptr) };
    }
    return current.locate(pointer);
  };
  // The engine's results come sorted by artifact (RawResults), so each packed source map is unpacked
  // about once.
  for (const raw of input.raw) {
    const rule = rulesByPackage.get(raw.rule_package);
    if (!rule) throw new Error(`finding from ${raw.rule_package}, which has no rule metadata`);
    const setting = input.ruleSettings?.[rule.id];
    if (setting?.enabled === false) continue;
    const read = byId.get(raw.artifact);
    const path = read?.artifact.path ?? raw.artifact;
    if (isEvidence(raw)) {
      // A built-in rule's records are unique already (lib.evidence gives them no other fields); a
      // custom rule's may carry more fields, which do not make another record of the same finding.
      if (rule.custom) {
        const key = JSON.stringify([rule.id, raw.artifact, raw.pointer, raw.evidence]);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      evidence.add({
        rule: rule.id,
        artifact: raw.artifact,
        path,
        pointer: raw.pointer,
        line: locateIn(raw.artifact, raw.pointer).line,
        note: untrustedMessage(raw.evidence),
      });
      continue;
    }
    const pos = typeof raw.line === "number" ? { line: raw.line, column: raw.column ?? 1 } : locateIn(raw.artifact, raw.pointer);
    // One rule, one severity: its METADATA, unless the configuration overrides it. A key a rule
    // puts on the finding object itself is not read (docs/custom-rules.md).
    const severity: Severity = setting?.severity ?? rule.severity;
    const base = { rule: rule.id, artifact: raw.artifact, pointer: raw.pointer, path };
    // Messages quote artifact text: bounded and made inert here, once. The fingerprint takes the
    // whole message, secrets masked, so findings keep their identity and no hash is taken of a secret.
    const masked = maskSecrets(raw.message);
    // base's fields are written out: V8 adds fields after a spread through a slow path (~1 µs each).
    const finding: Finding = {
      rule: base.rule,
      artifact: base.artifact,
      pointer: base.pointer,
      path: base.path,
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
  const scoped: ScopedFinding[] = active.map((f) => ({ ...f, counts: true, blocking: meetsThreshold(f.severity, input.threshold) }));
  const blocking = scoped.filter((f) => f.blocking).length;
  const index = new ControlIndex(input.catalog);
  const activeRules = input.rules.filter((r) => input.ruleSettings?.[r.id]?.enabled !== false);
  // Inventory records are observed use, not evidence: the report lists them as `inventory`.
  const artifacts = input.artifacts
    .filter(({ artifact: a }) => a.kind !== "inventory")
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
      artifacts_by_kind: countByKind(artifacts),
    },
    artifacts,
    findings: scoped,
    suppressed,
    skipped: input.skipped.map((s) => ({ ...s, reason: untrustedMessage(s.reason) })).sort((a, b) => cmp(a.path, b.path)),
    // A waiver accepts a gap, it does not evidence the control: waived findings still count as gaps.
    readiness: withWaivers(
      selectFrameworks(
        computeReadiness(index, { rules: activeRules, findings, evidence, kindsPresent: new Set(input.artifacts.map((a) => a.artifact.kind)) }),
        input.frameworks,
      ),
      suppressed,
    ),
    fix_list: buildFixList(index, input.rules, active),
    rules: input.rules.map((r) => effectiveRule(r, input.ruleSettings?.[r.id]?.severity)),
    inventory: input.inventory ?? [],
  };
}

function countByKind(artifacts: readonly ArtifactSummary[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of [...artifacts].sort((x, y) => cmp(x.kind, y.kind))) out[a.kind] = (out[a.kind] ?? 0) + 1;
  return out;
}

/** Waivers with the texts a report shows bounded and inert; what decides what they cover is kept. */
function inertWaivers(set: WaiverSet): WaiverSet {
  const inert = (w: Waiver): Waiver => ({
    ...w,
    reason: untrustedMessage(w.reason),
    owner: untrustedName(w.owner),
    expires: untrustedName(w.expires),
    source: untrustedMessage(w.source),
  });
  return { ...set, waivers: set.waivers.map(inert), forbidden: set.forbidden.map(inert) };
}

/** Names, on each control's findings, the waiver that accepts it: the evidence pack shows owner and expiry per control. */
function withWaivers(readiness: Readiness, suppressed: readonly SuppressedFinding[]): Readiness {
  const by = new Map(suppressed.flatMap((f) => (f.suppression ? [[f.fingerprint, f.suppression] as const] : [])));
  if (!by.size) return readiness;
  const frameworks = readiness.frameworks.map((fw) => ({
    ...fw,
    controls: fw.controls.map((c) => ({
      ...c,
      findings: c.findings.map((g) => {
        const w = by.get(g.fingerprint);
        return w ? { ...g, waiver: { owner: w.owner, expires: w.expires, reason: w.reason } } : g;
      }),
    })),
  }));
  return { ...readiness, frameworks };
}

/** Keeps the frameworks the configuration asks for; the overall score is recomputed over them. */
function selectFrameworks(readiness: Readiness, ids: string[] | null | undefined): Readiness {
  if (!ids) return readiness;
  return withOverall({ ...readiness, frameworks: readiness.frameworks.filter((f) => ids.includes(f.id)) });
}

/**
 * Marks each finding in or out of the files a pull request changes (paths relative to the scanned
 * directory). With `onlyChanged`, only findings in those files can fail the check; this is the one
 * place that decides it, so every sink and the exit status agree. Everything stays in the report.
 *
 * A deletion is a change too, but it leaves no file to carry a finding: deleting AI_POLICY.md shows up
 * as "no AI policy" on the model cards and BOMs that need one. So when the pull request deletes a
 * document aigis could read, the findings of every rule that looks across artifacts (its metadata
 * applies it to more than one kind of artifact) count as changed, wherever they are reported.
 *
 * An edit can change a finding elsewhere the same way: removing a model from the AI SBOM makes
 * "not in the AI SBOM" (AIGIS-INV-002) appear at the call in an untouched file, and removing the last
 * call makes the SBOM entry unused (AIGIS-INV-006). So a finding of a rule that looks across
 * artifacts also counts as changed when the pull request changes an artifact of another kind that
 * rule reads: it is about that file too. Another file of the finding's own kind does not count (an
 * edit to one source file says nothing about a use in another), nor does a kind the rule never reads,
 * nor a repository-wide gap ("no AI policy"), which an edit elsewhere does not bring about.
 */
export function scopeToChanges(report: Report, changedFiles: Iterable<string>, onlyChanged: boolean, deletions?: Deletions): Report {
  const files = new Set(changedFiles);
  const deleted = [...new Set(deletions?.files ?? [])].sort(cmp);
  const crossRules = report.rules.filter((r) => r.applies_to.length > 1);
  const crossArtifact = new Set(deletions && deleted.some(deletions.wouldRead) ? crossRules.map((r) => r.id) : []);
  const kindsAt = artifactKindsByPath(report);
  const changedKinds = new Set([...files].flatMap((f) => [...(kindsAt.get(f) ?? [])]));
  const readsChanged = new Map(crossRules.map((r) => [r.id, r.applies_to.filter((k) => changedKinds.has(k))]));
  const aboutChangedArtifact = (f: ScopedFinding) => {
    if (repositoryWide(f)) return false; // "no AI policy" is no edit's doing (a deletion's is handled above)
    const own = kindsAt.get(f.path);
    return (readsChanged.get(f.rule) ?? []).some((k) => !own?.has(k));
  };
  const findings = report.findings.map((f) => {
    const inDiff = files.has(f.path) || crossArtifact.has(f.rule) || aboutChangedArtifact(f);
    const counts = !onlyChanged || inDiff;
    return { ...f, in_diff: inDiff, counts, blocking: counts && meetsThreshold(f.severity, report.threshold) };
  });
  const blocking = findings.filter((f) => f.blocking).length;
  return {
    ...report,
    passed: blocking === 0,
    summary: { ...report.summary, blocking },
    findings,
    changes: { files: [...files, ...deleted.filter((d) => !files.has(d))].sort(cmp), ...(deleted.length ? { deleted } : {}), only_changed: onlyChanged },
  };
}

/** The kinds of artifact each file holds: the documents the readers found and the inventory's uses. */
function artifactKindsByPath(report: Report): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  const add = (file: string, kind: string) => kinds.set(file, (kinds.get(file) ?? new Set()).add(kind));
  for (const a of report.artifacts ?? []) add(a.path, a.kind); // a hand-made report may list none
  for (const i of report.inventory ?? []) add(i.path, "inventory");
  return kinds;
}

/** Files a pull request deletes, and which of them aigis would have read (the readers say: the report knows no formats). */
export interface Deletions {
  files: Iterable<string>;
  wouldRead: (relPath: string) => boolean;
}
