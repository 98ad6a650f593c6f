// Findings as GitHub annotations. GitHub shows at most 10 of each level per step, and the step's
// own messages count too: the failing verdict (core.setFailed) is an error annotation and the
// shell's warnings (no diff, no comment) are warnings, so their slots are kept free. The rest are
// spent on the most severe findings first and, at equal severity, on files the pull request
// changes; the last one of a full level says how many more there are.
import { SEVERITY_PRESENTATION, severityRank } from "../model/severity.js";
import { repositoryWide, type Report, type ScopedFinding } from "../report/report.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  /** null for findings about the repository as a whole: GitHub shows them on the run, not a file. */
  file: string | null;
  startLine: number;
  startColumn: number;
  title: string;
  message: string;
}

export const ANNOTATION_LEVELS: readonly AnnotationLevel[] = ["error", "warning", "notice"];

export const ANNOTATIONS_PER_LEVEL = 10;

/** Slots per level the shell may use itself: one error for the verdict (the shell fails the step
 * with one message), two warnings for its notes on the diff and the comment. */
export const SHELL_RESERVED: Record<AnnotationLevel, number> = { error: 1, warning: 2, notice: 0 };

/** What was annotated and what was left for the summary to mention. */
export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings of each level that did not fit the per-step budget. */
  omitted: Record<AnnotationLevel, number>;
  /** Findings not annotated because only-changed mode leaves files outside the diff alone. */
  outsideDiff: number;
}

/** The annotations for a report: the findings it counts (in only-changed mode, those in changed files). */
export function planAnnotations(
  report: Pick<Report, "findings">,
  perLevel = ANNOTATIONS_PER_LEVEL,
  reserved: Record<AnnotationLevel, number> = SHELL_RESERVED,
): AnnotationPlan {
  const eligible = report.findings.filter((f) => f.counts !== false);
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const out: Annotation[] = [];
  for (const level of ANNOTATION_LEVELS) {
    const list = entries(eligible.filter((f) => SEVERITY_PRESENTATION[f.severity].annotation === level));
    const shown = list.slice(0, Math.max(0, perLevel - reserved[level]));
    omitted[level] = list.slice(shown.length).reduce((n, e) => n + e.length, 0);
    shown.forEach((e, i) => {
      const tail = i === shown.length - 1 && omitted[level] > 0 ? `\n(+${omitted[level]} more ${level} findings in the job summary and JSON report)` : "";
      out.push(repositoryWide(e[0]!) ? repositoryAnnotation(e, level, tail) : toAnnotation(e[0]!, level, tail));
    });
  }
  return { annotations: out, omitted, outsideDiff: report.findings.length - eligible.length };
}

/** Annotations for a list of findings, without pull-request scoping. */
export function annotations(findings: ScopedFinding[], perLevel = ANNOTATIONS_PER_LEVEL): Annotation[] {
  return planAnnotations({ findings }, perLevel, { error: 0, warning: 0, notice: 0 }).annotations;
}

/**
 * What one level's annotations are made of, in the order they are spent: each finding in a file is
 * one; the findings about the repository as a whole share one, without a file, so missing
 * documents cannot crowd out findings someone can fix at a line. Most severe first; at equal
 * severity, changed files first, then other files, then the repository; otherwise report order.
 */
function entries(list: ScopedFinding[]): ScopedFinding[][] {
  const wide = list.filter(repositoryWide);
  const inFiles = list.filter((f) => !repositoryWide(f)).map((f) => [f]);
  const ranked = [...inFiles, ...(wide.length ? [wide] : [])];
  const rank = (e: ScopedFinding[]) => Math.min(...e.map((f) => severityRank(f.severity)));
  const place = (e: ScopedFinding[]) => (repositoryWide(e[0]!) ? 2 : e[0]!.in_diff ? 0 : 1);
  return ranked
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || place(a.e) - place(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

/** One annotation for the repository-wide findings of a level: each gap on its own line. */
function repositoryAnnotation(list: ScopedFinding[], level: AnnotationLevel, tail: string): Annotation {
  const rules = [...new Set(list.map((f) => f.rule))];
  return {
    level,
    file: null,
    startLine: 1,
    startColumn: 1,
    title: `Repository-wide: ${rules.slice(0, 4).join(", ")}${rules.length > 4 ? ", …" : ""}`,
    message: list.map((f) => `${f.rule} [${f.severity}] ${f.message}`).join("\n") + tail,
  };
}

function toAnnotation(f: ScopedFinding, level: AnnotationLevel, tail: string): Annotation {
  return {
    level,
    file: repositoryWide(f) ? null : f.path,
    startLine: f.line,
    startColumn: f.column,
    title: `${f.rule} [${f.severity}] ${f.controls.slice(0, 3).join(", ")}`,
    message: `${f.message}\nFix: ${f.remediation.replace(/\s*\n\s*/g, " ")}${tail}`,
  };
}
