// Markdown for the job summary (and later the PR comment). Text from artifacts is escaped so it
// cannot add HTML, break a table or mention people.
import type { Report } from "../report/report.js";
import { artifactCounts, plural, verdict } from "./format.js";

/** GitHub rejects job summaries over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1024;

export function md(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/@(?=\w)/g, "@\u200b")
    .replace(/\r?\n/g, " ");
}

const ICON: Record<string, string> = { critical: "🔴", high: "🟠", medium: "🟡", low: "🔵" };

export function renderMarkdown(report: Report, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const head: string[] = [];
  head.push(`## aigis: ${report.passed ? "✅" : "❌"} ${verdict(report)}`);
  head.push("");
  head.push(`${plural(report.summary.files_scanned, "file")} scanned: ${artifactCounts(report)}. ` +
    `Findings: ${(["critical", "high", "medium", "low"] as const).map((s) => `${report.summary.by_severity[s]} ${s}`).join(", ")}.`);
  head.push("");
  head.push("### Readiness snapshot");
  head.push("");
  head.push("| Framework | Score | Met | Gaps | No evidence | Checked | Needs audit |");
  head.push("|---|---:|---:|---:|---:|---:|---:|");
  for (const fw of report.readiness.frameworks) {
    head.push(`| ${md(fw.name)} | ${fw.score === null ? "n/a" : `${fw.score.toFixed(1)}%`} | ${fw.met} | ${fw.gaps} | ${fw.no_evidence} | ${fw.assessed} | ${fw.out_of_scope.length} |`);
  }
  head.push("");
  const charted = report.readiness.frameworks.filter((f) => f.score !== null);
  if (charted.length) {
    head.push("```mermaid");
    head.push("xychart-beta");
    head.push('  title "Readiness by framework (%)"');
    head.push(`  x-axis [${charted.map((f) => `"${f.name.replace(/"/g, "'")}"`).join(", ")}]`);
    head.push('  y-axis "score" 0 --> 100');
    head.push(`  bar [${charted.map((f) => f.score).join(", ")}]`);
    head.push("```");
    head.push("");
  }
  head.push(`<sub>${md(report.readiness.statement)}</sub>`);
  head.push("");

  const body: string[] = [];
  if (report.fix_list.length) {
    body.push("### Fix-list");
    body.push("");
    report.fix_list.forEach((item, i) => {
      body.push(`${i + 1}. ${ICON[item.severity]} **${item.rule}** ${md(item.title)} (${item.severity}, ${plural(item.locations.length, "place")})`);
      body.push(`   - Fix: ${md(item.remediation)}`);
      body.push(`   - Controls: ${item.controls.map((c) => (c.url ? `[${md(c.key)}](${c.url} "${md(c.title)}")` : md(c.key))).join(", ")}`);
      for (const loc of item.locations.slice(0, 20)) body.push(`   - \`${md(loc.path)}:${loc.line}\` ${md(loc.message)}`);
      if (item.locations.length > 20) body.push(`   - … and ${item.locations.length - 20} more`);
    });
    body.push("");
  }
  body.push("<details><summary>Artifacts scanned</summary>");
  body.push("");
  body.push("| Path | Kind | Format | Name |");
  body.push("|---|---|---|---|");
  for (const a of report.artifacts) body.push(`| \`${md(a.id)}\` | ${a.kind} | ${md(a.format)}${a.format_version ? ` ${md(a.format_version)}` : ""} | ${md(a.name ?? "")} |`);
  body.push("");
  body.push("</details>");
  if (report.skipped.length) {
    body.push("");
    body.push("<details><summary>Not read</summary>");
    body.push("");
    for (const s of report.skipped) body.push(`- \`${md(s.path)}\`: ${md(s.reason)}`);
    body.push("");
    body.push("</details>");
  }
  return truncate(head.join("\n") + "\n", body, limitBytes);
}

/** Keeps whole lines from the top and says how much of the tail was cut. */
function truncate(head: string, body: string[], limit: number): string {
  let out = head;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]! + "\n";
    if (Buffer.byteLength(out + line) > limit - 200) {
      return out + `\n_…truncated: ${body.length - i} more lines did not fit GitHub's summary limit; the JSON report has everything._\n`;
    }
    out += line;
  }
  return out;
}
