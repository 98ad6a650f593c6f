// Findings as GitHub annotations. GitHub shows at most 10 of each level per step, so they are
// spent on the most severe findings first, and the last one of a full level says how many more.
import type { Finding, Severity } from "../model/types.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  file: string;
  startLine: number;
  startColumn: number;
  title: string;
  message: string;
}

export const ANNOTATIONS_PER_LEVEL = 10;

export const LEVEL: Record<Severity, AnnotationLevel> = { critical: "error", high: "error", medium: "warning", low: "notice" };

export function annotations(findings: Finding[], perLevel = ANNOTATIONS_PER_LEVEL): Annotation[] {
  const out: Annotation[] = [];
  const byLevel = new Map<AnnotationLevel, Finding[]>();
  for (const f of findings) byLevel.set(LEVEL[f.severity], [...(byLevel.get(LEVEL[f.severity]) ?? []), f]);
  for (const level of ["error", "warning", "notice"] as const) {
    const list = byLevel.get(level) ?? [];
    const shown = list.slice(0, perLevel);
    shown.forEach((f, i) => {
      const more = list.length - shown.length;
      const tail = i === shown.length - 1 && more > 0 ? `\n(+${more} more ${level} findings in the job summary and JSON report)` : "";
      out.push({
        level,
        file: f.path,
        startLine: f.line,
        startColumn: f.column,
        title: `${f.rule} [${f.severity}] ${f.controls.slice(0, 3).join(", ")}`,
        message: `${f.message}\nFix: ${f.remediation.replace(/\s*\n\s*/g, " ")}${tail}`,
      });
    });
  }
  return out;
}
