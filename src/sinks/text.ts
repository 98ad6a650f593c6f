import type { Report } from "../report/report.js";
import { escapeControls } from "../report/untrusted.js";
import { configReviewText } from "./config-review.js";
import { artifactCounts, plural, verdict } from "./format.js";

/**
 * Human-readable report for a terminal or a CI log. Every line is printed with control characters
 * shown as escapes: the Report has made its texts inert already, but paths are file names as they
 * are, and no file name may move the cursor, colour the log or start a new line.
 */
export function renderText(report: Report): string {
  const out: string[] = [];
  out.push(`aigis ${report.tool.version}: ${plural(report.summary.files_scanned, "file")} scanned, ${artifactCounts(report)}`);
  out.push("");
  if (report.findings.length === 0) out.push("No findings.");
  for (const f of report.findings) {
    out.push(`${f.path}:${f.line}:${f.column}  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`);
    out.push(`    controls: ${f.controls.join(", ")}`);
  }
  if (report.suppressed.length) {
    out.push("");
    out.push(`Suppressed by waivers (${report.suppressed.length}; they do not fail the check):`);
    for (const f of report.suppressed) {
      const w = f.suppression;
      out.push(`  ${f.path}:${f.line}:${f.column}  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`);
      if (w) out.push(`    waived until ${w.expires} by ${w.owner} (${w.source}): ${w.reason}`);
    }
  }
  if (report.skipped.length) {
    out.push("");
    out.push("Not read:");
    for (const s of report.skipped) out.push(`  ${s.path}: ${s.reason}`);
  }
  out.push("");
  out.push(`Readiness (a snapshot from repository evidence, not a certification): overall ${report.readiness.overall === null ? "n/a" : `${report.readiness.overall.toFixed(1)}%`}, each edition of a list counted once`);
  for (const fw of report.readiness.frameworks) {
    const score = fw.score === null ? "  n/a" : `${fw.score.toFixed(1).padStart(5)}%`;
    const audit = fw.out_of_scope.length ? `; ${fw.out_of_scope.length} need audit evidence` : "";
    const na = fw.not_applicable ? `; ${fw.not_applicable} not applicable` : "";
    out.push(`  ${fw.name.padEnd(22)} ${score}  ${fw.met} of ${fw.assessed} scored controls met, ${fw.gaps} with gaps, ${fw.no_evidence} without evidence${na}${audit}`);
  }
  if (report.fix_list.length) {
    out.push("");
    out.push("Fix first:");
    report.fix_list.forEach((item, i) => {
      out.push(`  ${i + 1}. [${item.severity}] ${item.rule} ${item.title} (${plural(item.locations.length, "place")})`);
      out.push(`     ${item.remediation.replace(/\s*\n\s*/g, " ")}`);
      out.push(`     closes: ${item.controls.map((c) => c.key).join(", ")}`);
    });
  }
  out.push(...configReviewText(report));
  out.push("");
  out.push(`Result: ${verdict(report)}.`);
  return out.map((line) => escapeControls(line)).join("\n") + "\n";
}
