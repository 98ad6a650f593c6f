import type { Severity } from "../model/types.js";
import { repositoryWide, type Report, type ScopedFinding } from "../report/report.js";
import { escapeControls } from "../report/untrusted.js";
import { configReviewText } from "./config-review.js";
import { artifactCounts, plural, verdict } from "./format.js";

export interface TextOptions {
  /** ANSI colour (see useColor): severities, the verdict, dimmed controls. */
  color?: boolean;
  /** One line per finding and the verdict: for grep, editors and quick looks. */
  short?: boolean;
}

/**
 * Colour for a terminal, as the conventions say: NO_COLOR (any value) turns it off, FORCE_COLOR
 * turns it on ("0" or "false" off), otherwise only when the stream is a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  return stream.isTTY === true;
}

type Paint = (text: string) => string;
const ansi =
  (open: string): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[0m`;
const plain: Paint = (text) => text;

interface Palette {
  severity: Record<Severity, Paint>;
  bold: Paint;
  dim: Paint;
  ok: Paint;
  bad: Paint;
}

function palette(color: boolean): Palette {
  if (!color) return { severity: { critical: plain, high: plain, medium: plain, low: plain }, bold: plain, dim: plain, ok: plain, bad: plain };
  return {
    severity: { critical: ansi("1;31"), high: ansi("31"), medium: ansi("33"), low: ansi("36") },
    bold: ansi("1"),
    dim: ansi("2"),
    ok: ansi("32"),
    bad: ansi("31"),
  };
}

/**
 * Human-readable report for a terminal or a CI log. Everything the report quotes is printed with
 * control characters shown as escapes before any colour is added: the Report has made its texts
 * inert already, but paths are file names as they are, and no file name may move the cursor,
 * colour the log or start a new line.
 */
export function renderText(report: Report, opts: TextOptions = {}): string {
  const p = palette(opts.color === true);
  const e = (text: string) => escapeControls(text);
  const out = opts.short ? shortLines(report, p, e) : fullLines(report, p, e);
  const result = `Result: ${verdict(report)}.`;
  out.push(report.passed ? p.ok(result) : p.bad(result));
  return out.join("\n") + "\n";
}

const where = (f: Pick<ScopedFinding, "path" | "line" | "column">) => (repositoryWide(f) ? "(repository)" : `${f.path}:${f.line}:${f.column}`);

function shortLines(report: Report, p: Palette, e: (t: string) => string): string[] {
  return report.findings.map((f) => `${e(where(f))}: ${p.severity[f.severity](f.severity)} ${e(f.rule)} ${e(f.message)}`);
}

function fullLines(report: Report, p: Palette, e: (t: string) => string): string[] {
  const out: string[] = [];
  out.push(e(`aigis ${report.tool.version}: ${plural(report.summary.files_scanned, "file")} scanned, ${artifactCounts(report)}`));
  out.push("");
  if (report.findings.length === 0) out.push("No findings.");
  // One block per rule, in fix-list order (what to fix first): its findings, then how to fix it
  // and the controls it evidences, once.
  const byRule = new Map<string, ScopedFinding[]>();
  for (const f of report.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  for (const item of report.fix_list) {
    const list = byRule.get(item.rule) ?? [];
    out.push(`${p.severity[item.severity](item.severity.padEnd(8))} ${p.bold(e(item.rule))}  ${e(item.title)} (${plural(list.length, "finding")})`);
    for (const f of list) out.push(`  ${e(where(f))}  ${f.severity === item.severity ? "" : `[${f.severity}] `}${e(f.message)}`);
    out.push(p.dim(`  fix: ${e(item.remediation.replace(/\s*\n\s*/g, " "))}`));
    out.push(p.dim(`  controls: ${e(item.controls.map((c) => c.key).join(", "))}`));
    out.push("");
  }
  if (report.suppressed.length) {
    out.push(`Suppressed by waivers (${report.suppressed.length}; they do not fail the check):`);
    for (const f of report.suppressed) {
      const w = f.suppression;
      out.push(`  ${e(where(f))}  ${f.severity.padEnd(8)} ${e(f.rule)}  ${e(f.message)}`);
      if (w) out.push(`    waived until ${e(w.expires)} by ${e(w.owner)} (${e(w.source)}): ${e(w.reason)}`);
    }
    out.push("");
  }
  if (report.skipped.length) {
    out.push("Not read:");
    for (const s of report.skipped) out.push(`  ${e(s.path)}: ${e(s.reason)}`);
    out.push("");
  }
  out.push(
    `Readiness (a snapshot from repository evidence, not a certification): overall ${report.readiness.overall === null ? "n/a" : `${report.readiness.overall.toFixed(1)}%`}, each edition of a list counted once`,
  );
  for (const fw of report.readiness.frameworks) {
    const score = fw.score === null ? "  n/a" : `${fw.score.toFixed(1).padStart(5)}%`;
    const n = fw.out_of_scope.length;
    const audit = n ? `; ${plural(n, "control")} ${n === 1 ? "needs" : "need"} audit evidence` : "";
    const na = fw.not_applicable ? `; ${fw.not_applicable} not applicable` : "";
    out.push(
      e(
        `  ${fw.name.padEnd(22)} ${score}  ${fw.met} of ${fw.assessed} scored controls met, ${fw.gaps} with gaps, ${fw.no_evidence} without evidence${na}${audit}`,
      ),
    );
  }
  out.push(...configReviewText(report));
  out.push("");
  return out;
}
