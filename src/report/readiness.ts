// Readiness per framework, from evidence: a control is met only when a rule citing it examined an
// artifact and recorded what it found (an `evidence` record), never because a rule stayed silent.
// It is a snapshot, not a certificate; every control carries the evidence or findings behind its
// status so the number can be audited.
import { REPORTED_FRAMEWORKS } from "../model/frameworks.js";
import { compareText as cmp } from "../model/order.js";
import type { Finding, RuleMeta } from "../model/types.js";
import type { ControlIndex } from "./catalog.js";

/**
 * met: a citing rule recorded evidence and none reported a gap. gap: a citing rule reported a
 * finding (waived or not: a waiver accepts a gap, it does not evidence the control). no-evidence:
 * the repository calls for the control (a citing rule has artifacts to judge) and nothing speaks
 * to it. not-applicable: nothing in the repository calls for it (no agent configurations, say).
 */
export type ControlStatus = "met" | "gap" | "no-evidence" | "not-applicable";

/** What a rule examined and found satisfied, located like a finding. */
export interface Evidence {
  rule: string;
  artifact: string;
  path: string;
  pointer: string;
  line: number;
  note: string;
}

export interface ControlReadiness {
  key: string;
  title: string;
  /** True when `title` is aigis's short label (NIST subcategories have no official titles). */
  title_is_label?: boolean;
  status: ControlStatus;
  /** What made it met (on a gap, the evidence that was outweighed is kept too). */
  evidence: { rule: string; path: string; line: number; pointer: string; note: string }[];
  /** What made it a gap; `waiver` is set on a finding a valid waiver accepts (filled in by buildReport). */
  findings: { rule: string; path: string; line: number; fingerprint: string; waiver?: { owner: string; expires: string; reason: string } }[];
  /** Set when more than MAX_LISTED records exist: how many there are in all. */
  evidence_total?: number;
  findings_total?: number;
}

/** Records listed per control (a monorepo has thousands); the count says how many were left out. */
export const MAX_LISTED = 20;

/** The order evidence is listed in: by file and line, then rule and field. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return cmp(a.path, b.path) || a.line - b.line || cmp(a.rule, b.rule) || cmp(a.pointer, b.pointer) || cmp(a.artifact, b.artifact) || cmp(a.note, b.note);
}

/**
 * Evidence as readiness uses it, gathered one record at a time: per rule, how many records there
 * are and the first MAX_LISTED in listing order. A monorepo records hundreds of thousands; only
 * these are kept.
 */
export class EvidenceDigest {
  private readonly byRule = new Map<string, { total: number; first: Evidence[] }>();

  static from(records: Iterable<Evidence>): EvidenceDigest {
    const d = new EvidenceDigest();
    for (const e of records) d.add(e);
    return d;
  }

  add(e: Evidence): void {
    let entry = this.byRule.get(e.rule);
    if (!entry) this.byRule.set(e.rule, (entry = { total: 0, first: [] }));
    entry.total++;
    const { first } = entry;
    if (first.length === MAX_LISTED && compareEvidence(e, first[MAX_LISTED - 1]!) >= 0) return;
    let at = first.length;
    while (at > 0 && compareEvidence(e, first[at - 1]!) < 0) at--;
    first.splice(at, 0, e);
    if (first.length > MAX_LISTED) first.pop();
  }

  /** How many records the rules have together, and their first MAX_LISTED. */
  of(rules: readonly string[]): { total: number; first: Evidence[] } {
    const entries = rules.flatMap((r) => this.byRule.get(r) ?? []);
    return {
      total: entries.reduce((n, e) => n + e.total, 0),
      first: entries
        .flatMap((e) => e.first)
        .sort(compareEvidence)
        .slice(0, MAX_LISTED),
    };
  }
}

export interface FrameworkReadiness {
  id: string;
  name: string;
  /** Set on a row derived from another edition's citations (OWASP LLM 2026 from 2025). */
  derived_from?: string;
  /** Whether the score counts in the overall score (a derived edition beside its source does not). */
  in_overall: boolean;
  /** Controls scored: met + gaps + no evidence. */
  assessed: number;
  met: number;
  gaps: number;
  no_evidence: number;
  not_applicable: number;
  /** met / (met + gaps + no evidence), 0–100, one decimal; null when nothing is scored. */
  score: number | null;
  /** In reach of a scan but not yet checked by any rule. */
  unchecked: string[];
  /** Needs audit evidence: a repository cannot show it. Listed, never scored. */
  out_of_scope: { key: string; why: string }[];
  controls: ControlReadiness[];
}

export interface Readiness {
  overall: number | null;
  frameworks: FrameworkReadiness[];
  statement: string;
}

/** Rows whose controls are derived from another edition's citations through an editorial crosswalk. */
const DERIVED: Record<string, { from: string; label: string }> = {
  "owasp-llm-2026": { from: "owasp-llm-2025", label: "derived from 2025 citations" },
};

/**
 * Frameworks that only a kind of artifact calls for: without agent configurations (MCP, gateway,
 * prompt and instruction files) the agentic controls are not applicable, whichever rules cite them.
 */
const CALLED_FOR_BY: Record<string, string[]> = { "owasp-agentic": ["agent_config"] };

/** Artifact kinds that show the repository builds with AI, which calls for the governance controls. */
const AI_KINDS = ["model_card", "dataset", "sbom", "agent_config"];

export interface ReadinessInput {
  rules: RuleMeta[];
  /** Every finding, waived ones included. */
  findings: Finding[];
  evidence: Evidence[] | EvidenceDigest;
  kindsPresent: Set<string>;
}

export function computeReadiness(index: ControlIndex, { rules, findings, evidence, kindsPresent }: ReadinessInput): Readiness {
  const findingsBy = groupBy(findings, (f) => index.expand(f.controls));
  const digest = evidence instanceof EvidenceDigest ? evidence : EvidenceDigest.from(evidence);
  // Per control, the rules whose evidence speaks to it (a rule once per control it cites).
  const rulesBy = groupBy(rules, (r) => index.expand(r.controls));
  const present = new Set(kindsPresent);
  // Governance documents are called for as soon as anything in the repository uses AI.
  if (AI_KINDS.some((k) => present.has(k))) present.add("governance");
  const checked = new Set<string>();
  const applicable = new Set<string>();
  for (const r of rules) {
    const keys = index.expand(r.controls);
    keys.forEach((k) => checked.add(k));
    if (r.applies_to.some((k) => present.has(k))) keys.forEach((k) => applicable.add(k));
  }
  const frameworks: FrameworkReadiness[] = [];
  for (const id of REPORTED_FRAMEWORKS) {
    const f = index.catalog.frameworks.find((x) => x.id === id);
    if (!f) continue;
    const scored = f.controls.filter((c) => c.scored);
    const calledFor = (CALLED_FOR_BY[f.id] ?? [...present]).some((k) => present.has(k));
    const controls: ControlReadiness[] = scored
      .filter((c) => checked.has(c.key))
      .map((c) => {
        const gaps = findingsBy.get(c.key) ?? [];
        const found = digest.of((rulesBy.get(c.key) ?? []).map((r) => r.id));
        const status: ControlStatus = gaps.length
          ? "gap"
          : !calledFor
            ? "not-applicable"
            : found.total
              ? "met"
              : applicable.has(c.key)
                ? "no-evidence"
                : "not-applicable";
        return {
          key: c.key,
          title: c.title,
          ...(c.title_is_label ? { title_is_label: true } : {}),
          status,
          evidence: found.first.map((e) => ({ rule: e.rule, path: e.path, line: e.line, pointer: e.pointer, note: e.note })),
          findings: gaps.slice(0, MAX_LISTED).map((g) => ({ rule: g.rule, path: g.path, line: g.line, fingerprint: g.fingerprint })),
          ...(found.total > MAX_LISTED ? { evidence_total: found.total } : {}),
          ...(gaps.length > MAX_LISTED ? { findings_total: gaps.length } : {}),
        };
      });
    const count = (s: ControlStatus) => controls.filter((c) => c.status === s).length;
    const met = count("met");
    const gapCount = count("gap");
    const noEvidence = count("no-evidence");
    const assessed = met + gapCount + noEvidence;
    const derived = DERIVED[f.id];
    const name = f.id.startsWith("owasp-llm") ? `${f.short_name} ${f.edition}` : f.short_name;
    frameworks.push({
      id: f.id,
      name: derived ? `${name} (${derived.label})` : name,
      ...(derived ? { derived_from: derived.from } : {}),
      in_overall: true,
      assessed,
      met,
      gaps: gapCount,
      no_evidence: noEvidence,
      not_applicable: count("not-applicable"),
      score: assessed ? Math.round((met / assessed) * 1000) / 10 : null,
      unchecked: scored.filter((c) => !checked.has(c.key)).map((c) => c.key),
      out_of_scope: f.controls
        .filter((c) => !c.scored && c.kind !== "clause" && c.evidence === "no")
        .map((c) => ({ key: c.key, why: c.audit_note ?? "needs audit evidence" })),
      controls,
    });
  }
  return withOverall({
    overall: null,
    frameworks,
    statement:
      "Readiness snapshot from repository evidence only, not a certification: a control is met only when a rule citing it examined an artifact " +
      "and recorded evidence, and no rule citing it reported a gap; each score is met / (met + gaps + no evidence). Controls nothing in the " +
      "repository calls for are not applicable and not scored; controls that need audit evidence are listed, not scored. " +
      "The OWASP LLM 2026 row is derived from 2025 citations and counts once with 2025 in the overall score.",
  });
}

/**
 * The overall score: the mean of the reported frameworks' scores, each edition of a list counted
 * once. A derived row counts only when the row it is derived from is not reported.
 */
export function withOverall(readiness: Readiness): Readiness {
  const ids = new Set(readiness.frameworks.map((f) => f.id));
  const frameworks = readiness.frameworks.map((f) => ({ ...f, in_overall: !(f.derived_from && ids.has(f.derived_from)) }));
  const scores = frameworks
    .filter((f) => f.in_overall)
    .map((f) => f.score)
    .filter((s): s is number => s !== null);
  const overall = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;
  return { ...readiness, overall, frameworks };
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}
