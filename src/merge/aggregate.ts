// The organisation view, built one report summary at a time: per-repository rows, totals that are
// the sums of those rows, the top gaps across repositories, the AI inventory across repositories and
// the waivers that expire soon. Everything is sorted at the end, so the view does not depend on the
// order reports were read in, and nothing in it depends on the clock except the waiver window's `today`.
import { SEVERITIES, type Severity } from "../model/types.js";
import { dayNumber } from "../parse/waiver-syntax.js";
import type { RepoSummary } from "./summary.js";
import { compareText as cmp } from "../model/order.js";

export const MERGE_VERSION = 1;
/** Waivers expiring within this many days of `today` are listed. */
export const WAIVER_WINDOW_DAYS = 30;

export interface SkippedReport {
  source: string;
  reason: string;
}

/** A repository's line in the organisation view: its summary without the parts aggregated across repositories. */
export type RepoRow = Omit<RepoSummary, "frameworks" | "gaps" | "inventory" | "waivers"> & {
  /** Framework id → score (null: nothing assessed). */
  readiness: Record<string, number | null>;
  uses_ai: boolean | null;
};

export interface FrameworkTotal {
  id: string;
  name: string;
  /** Reports with a score for it. */
  repositories: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  statuses: Record<string, number>;
}

export interface GapTotal {
  rule: string;
  title: string;
  severity: Severity;
  repositories: number;
  findings: number;
  /** Repositories with the gap, sorted. */
  where: string[];
}

export interface InventoryTotal {
  kind: string;
  name: string;
  provider: string | null;
  repositories: string[];
}

export interface ExpiringWaiver {
  repository: string;
  rule: string;
  owner: string;
  expires: string;
  days_left: number;
  reason: string;
  source: string;
}

export interface OrgView {
  merge_version: number;
  tool: { name: "aigis"; version: string };
  today: string;
  totals: {
    reports: number;
    skipped: number;
    passed: number;
    failed: number;
    artifacts: number;
    findings: number;
    blocking: number;
    suppressed: number;
    by_severity: Record<Severity, number>;
    /** Reports with an inventory section that lists something / lists nothing / have none. */
    using_ai: number;
    not_using_ai: number;
    no_inventory: number;
  };
  repositories: RepoRow[];
  readiness: FrameworkTotal[];
  top_gaps: GapTotal[];
  inventory: InventoryTotal[];
  expiring_waivers: ExpiringWaiver[];
  skipped: SkippedReport[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export class OrgAggregate {
  private readonly rows: RepoRow[] = [];
  private readonly skippedReports: SkippedReport[] = [];
  private readonly frameworks = new Map<string, { name: string; scores: number[]; statuses: Record<string, number> }>();
  private readonly gaps = new Map<string, { title: string; severity: Severity; findings: number; where: Set<string> }>();
  private readonly inventory = new Map<string, { kind: string; name: string; provider: string | null; where: Set<string> }>();
  private readonly waivers: ExpiringWaiver[] = [];
  private readonly today: number;

  constructor(
    private readonly version: string,
    private readonly todayText: string,
  ) {
    const day = dayNumber(todayText);
    if (day === null) throw new Error(`today ${todayText} is not a YYYY-MM-DD date`);
    this.today = day;
  }

  skip(source: string, reason: string): void {
    this.skippedReports.push({ source, reason });
  }

  add(s: RepoSummary): void {
    const { frameworks, gaps, inventory, waivers, ...row } = s;
    this.rows.push({
      ...row,
      by_severity: { ...s.by_severity },
      readiness: Object.fromEntries(frameworks.map((f) => [f.id, f.score])),
      uses_ai: inventory === null ? null : inventory.length > 0,
    });
    for (const f of frameworks) {
      const t = this.frameworks.get(f.id) ?? { name: f.name, scores: [], statuses: {} };
      if (f.score !== null) t.scores.push(f.score);
      for (const [status, n] of Object.entries(f.statuses)) t.statuses[status] = (t.statuses[status] ?? 0) + n;
      this.frameworks.set(f.id, t);
    }
    for (const g of gaps) {
      const t = this.gaps.get(g.rule) ?? { title: g.title, severity: g.severity, findings: 0, where: new Set<string>() };
      t.findings += g.findings;
      t.where.add(s.repository);
      if (SEVERITIES.indexOf(g.severity) < SEVERITIES.indexOf(t.severity)) t.severity = g.severity;
      this.gaps.set(g.rule, t);
    }
    for (const item of inventory ?? []) {
      const key = JSON.stringify([item.kind, item.name, item.provider]);
      const t = this.inventory.get(key) ?? { ...item, where: new Set<string>() };
      t.where.add(s.repository);
      this.inventory.set(key, t);
    }
    for (const w of waivers) {
      const day = dayNumber(w.expires);
      if (day === null) continue;
      const left = day - this.today;
      // An expired waiver no longer suppresses anything (the finding is active again), so only those still running.
      if (left >= 0 && left <= WAIVER_WINDOW_DAYS)
        this.waivers.push({ repository: s.repository, rule: w.rule, owner: w.owner, expires: w.expires, days_left: left, reason: w.reason, source: w.source });
    }
  }

  view(): OrgView {
    const rows = [...this.rows].sort((a, b) => cmp(a.repository, b.repository) || cmp(a.source, b.source));
    const sum = (pick: (r: RepoRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, sum((r) => r.by_severity[s])])) as Record<Severity, number>;
    return {
      merge_version: MERGE_VERSION,
      tool: { name: "aigis", version: this.version },
      today: this.todayText,
      totals: {
        reports: rows.length,
        skipped: this.skippedReports.length,
        passed: rows.filter((r) => r.passed).length,
        failed: rows.filter((r) => !r.passed).length,
        artifacts: sum((r) => r.artifacts),
        findings: sum((r) => r.findings),
        blocking: sum((r) => r.blocking),
        suppressed: sum((r) => r.suppressed),
        by_severity: bySeverity,
        using_ai: rows.filter((r) => r.uses_ai === true).length,
        not_using_ai: rows.filter((r) => r.uses_ai === false).length,
        no_inventory: rows.filter((r) => r.uses_ai === null).length,
      },
      repositories: rows,
      readiness: [...this.frameworks.entries()]
        .map(([id, t]) => ({
          id,
          name: t.name,
          repositories: t.scores.length,
          mean: t.scores.length ? round1(t.scores.reduce((a, b) => a + b, 0) / t.scores.length) : null,
          min: t.scores.length ? Math.min(...t.scores) : null,
          max: t.scores.length ? Math.max(...t.scores) : null,
          statuses: sortedKeys(t.statuses),
        }))
        .sort((a, b) => cmp(a.id, b.id)),
      // Most severe first, then the gaps most repositories share: where one fix pattern helps most.
      top_gaps: [...this.gaps.entries()]
        .map(([rule, t]) => ({ rule, title: t.title, severity: t.severity, repositories: t.where.size, findings: t.findings, where: [...t.where].sort(cmp) }))
        .sort(
          (a, b) =>
            SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
            b.repositories - a.repositories ||
            b.findings - a.findings ||
            cmp(a.rule, b.rule),
        ),
      inventory: [...this.inventory.values()]
        .map((t) => ({ kind: t.kind, name: t.name, provider: t.provider, repositories: [...t.where].sort(cmp) }))
        .sort((a, b) => b.repositories.length - a.repositories.length || cmp(a.kind, b.kind) || cmp(a.provider ?? "", b.provider ?? "") || cmp(a.name, b.name)),
      expiring_waivers: [...this.waivers].sort(
        (a, b) => a.days_left - b.days_left || cmp(a.repository, b.repository) || cmp(a.rule, b.rule) || cmp(a.source, b.source),
      ),
      skipped: [...this.skippedReports].sort((a, b) => cmp(a.source, b.source)),
    };
  }
}

function sortedKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => cmp(a, b)));
}
