// Markdown for the job summary and the pull-request comment. Text from artifacts and custom rules
// goes through md() or code(), so it cannot add HTML, links, images, formatting, break a table,
// mention people or reference issues.
import type { Finding } from "../model/types.js";
import type { Report } from "../report/report.js";
import { escapeControls } from "../report/untrusted.js";
import type { SuppressedFinding } from "../report/waivers.js";
import type { AnnotationPlan } from "./annotations.js";
import { configReviewMarkdown } from "./config-review.js";
import { artifactCounts, plural, verdict } from "./format.js";

/** GitHub rejects job summaries over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1024;

/**
 * Escapes untrusted text for inline Markdown (outside code spans). Backslash escapes stop links,
 * images and emphasis; a zero-width space after `@`, `#` and inside `://` and `www.` stops mentions,
 * issue references and the autolinks GitHub makes of bare URLs and e-mail addresses.
 */
export function md(text: string): string {
  return escapeControls(text.replace(/\r\n|\r|\n/g, " "))
    .replace(/[\\`*_[\]~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/@(?=\w)/g, "@\u200b")
    .replace(/#(?=\d)/g, "#\u200b")
    .replace(/:\/\//g, ":/\u200b/")
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`);
}

/** Untrusted text as a code span: nothing inside is Markdown or HTML, so only the fence and
 * (inside a table) the pipe need care. */
export function code(text: string, inTable = false): string {
  let t = escapeControls(text.replace(/\r\n|\r|\n/g, " "));
  if (inTable) t = t.replace(/\|/g, "\\|");
  const fence = "`".repeat(Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** Built-in rule metadata is the project's own Markdown (code spans in remediations): keep it, on
 * one line. A custom rule's comes with the repository, so it is shown as text. */
function ruleText(text: string, custom: boolean): string {
  return custom ? md(text.replace(/\s*\n\s*/g, " ")) : text.replace(/\s*\n\s*/g, " ").replace(/</g, "&lt;").replace(/\|/g, "\\|");
}

export interface MarkdownOptions {
  limitBytes?: number;
  /** The note that replaces the tail when it does not fit; gets the number of lines cut. */
  truncationNote?: (linesCut: number) => string;
  /** What the annotations showed, so the summary can say what they left out. */
  annotations?: AnnotationPlan;
}

const ICON: Record<string, string> = { critical: "🔴", high: "🟠", medium: "🟡", low: "🔵" };

const summaryNote = (n: number) => `_…truncated: ${n} more lines did not fit GitHub's summary limit; the JSON report has everything._`;

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const head = [...headline(report), ...configReviewMarkdown(report), ...annotationNote(opts.annotations), ...readiness(report)];
  const body = [...fixList(report), ...suppressed(report.suppressed), ...artifacts(report), ...notRead(report)];
  return truncate(head.join("\n") + "\n", body, opts.limitBytes ?? SUMMARY_LIMIT_BYTES, opts.truncationNote ?? summaryNote);
}

function headline(report: Report): string[] {
  const out = [`## aigis: ${report.passed ? "✅" : "❌"} ${verdict(report)}`, ""];
  out.push(
    `${plural(report.summary.files_scanned, "file")} scanned: ${artifactCounts(report)}. ` +
      `Findings: ${(["critical", "high", "medium", "low"] as const).map((s) => `${report.summary.by_severity[s]} ${s}`).join(", ")}.`,
  );
  out.push("");
  if (report.findings.length === 0) out.push("**No findings:** every rule that applies to the artifacts found passed.", "");
  if (report.changes) {
    const inDiff = report.findings.filter((f) => f.in_diff).length;
    const files = `${plural(report.changes.files.length, "file")} in the scanned directory`;
    out.push(
      report.changes.only_changed
        ? `**Changed-files mode:** this pull request changes ${files}; ${inDiff} of ${plural(report.findings.length, "finding")} are in them, and only those are annotated and can fail the check. Everything is listed below.`
        : `This pull request changes ${files}; ${inDiff} of ${plural(report.findings.length, "finding")} are in them (annotated first).`,
    );
    out.push("");
  }
  return out;
}

function annotationNote(plan: AnnotationPlan | undefined): string[] {
  if (!plan) return [];
  const { error, warning, notice } = plan.omitted;
  const more = error + warning + notice;
  if (more === 0 && plan.outsideDiff === 0) return [];
  const parts: string[] = [];
  if (more) {
    const levels = [plural(error, "error"), plural(warning, "warning"), plural(notice, "notice")].filter((s) => !s.startsWith("0 "));
    parts.push(`${plural(more, "more finding")} (${levels.join(", ")}) did not fit GitHub's 10 annotations per level and step`);
  }
  if (plan.outsideDiff) parts.push(`${plural(plan.outsideDiff, "finding")} outside the changed files ${plan.outsideDiff === 1 ? "is" : "are"} not annotated`);
  return [`**Annotations:** ${plan.annotations.length} shown; ${parts.join("; ")}. The fix-list below has them all.`, ""];
}

function readiness(report: Report): string[] {
  const out = ["### Readiness snapshot", ""];
  out.push("| Framework | Score | Met | Gaps | No evidence | Scored | Not applicable | Needs audit |");
  out.push("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const fw of report.readiness.frameworks) {
    out.push(`| ${md(fw.name)} | ${fw.score === null ? "n/a" : `${fw.score.toFixed(1)}%`} | ${fw.met} | ${fw.gaps} | ${fw.no_evidence} | ${fw.assessed} | ${fw.not_applicable} | ${fw.out_of_scope.length} |`);
  }
  out.push("");
  if (report.readiness.overall !== null) out.push(`Overall: ${report.readiness.overall.toFixed(1)}% (each edition of a list counted once).`, "");
  const charted = report.readiness.frameworks.filter((f) => f.score !== null);
  if (charted.length) {
    out.push("```mermaid", "xychart-beta", '  title "Readiness by framework (%)"');
    out.push(`  x-axis [${charted.map((f) => `"${f.name.replace(/"/g, "'")}"`).join(", ")}]`);
    out.push('  y-axis "score" 0 --> 100', `  bar [${charted.map((f) => f.score).join(", ")}]`, "```", "");
  }
  out.push(`<sub>${md(report.readiness.statement)}</sub>`, "");
  return out;
}

function fixList(report: Report): string[] {
  if (!report.fix_list.length) return [];
  const changed = new Set(report.changes?.files ?? []);
  const custom = new Set(report.rules.filter((r) => r.custom).map((r) => r.id));
  const out = ["### Fix-list", ""];
  report.fix_list.forEach((item, i) => {
    const own = custom.has(item.rule) || !item.rule.startsWith("AIGIS-");
    out.push(`${i + 1}. ${ICON[item.severity]} **${md(item.rule)}** ${ruleText(item.title, own)} (${item.severity}, ${plural(item.locations.length, "place")})`);
    out.push(`   - Fix: ${ruleText(item.remediation, own)}`);
    out.push(`   - Controls: ${item.controls.map((c) => (c.url ? `[${md(c.key)}](${c.url} "${c.title.replace(/["\\]/g, "")}")` : md(c.key))).join(", ")}`);
    for (const loc of item.locations.slice(0, 20)) {
      out.push(`   - ${code(`${loc.path}:${loc.line}`)}${changed.has(loc.path) ? " _(changed)_" : ""} ${md(loc.message)}`);
    }
    if (item.locations.length > 20) out.push(`   - … and ${item.locations.length - 20} more`);
  });
  out.push("");
  return out;
}

function suppressed(list: SuppressedFinding[]): string[] {
  if (!list.length) return [];
  const out = [`<details><summary>Suppressed findings (${list.length})</summary>`, ""];
  out.push("| Severity | Rule | Location | Message | Waived by | Until | Reason |", "|---|---|---|---|---|---|---|");
  for (const f of list) {
    const w = f.suppression;
    out.push(
      `| ${f.severity} | ${f.rule} | ${code(`${f.path}:${f.line}`, true)} | ${md(f.message)} | ${md(w?.owner ?? "")} | ${md(w?.expires ?? "")} | ${md(w?.reason ?? "")} |`,
    );
  }
  out.push("", "</details>", "");
  return out;
}

function artifacts(report: Report): string[] {
  const out = [`<details><summary>Artifacts scanned (${report.artifacts.length})</summary>`, ""];
  out.push("| Path | Kind | Format | Name |", "|---|---|---|---|");
  for (const a of report.artifacts) {
    out.push(`| ${code(a.id, true)} | ${a.kind} | ${md(a.format)}${a.format_version ? ` ${md(a.format_version)}` : ""} | ${md(a.name ?? "")} |`);
  }
  out.push("", "</details>");
  return out;
}

function notRead(report: Report): string[] {
  if (!report.skipped.length) return [];
  const out = ["", "<details><summary>Not read</summary>", ""];
  for (const s of report.skipped) out.push(`- ${code(s.path)}: ${md(s.reason)}`);
  out.push("", "</details>");
  return out;
}

/** Keeps whole lines from the top and says how much of the tail was cut. */
function truncate(head: string, body: string[], limit: number, note: (linesCut: number) => string): string {
  let out = head;
  let size = Buffer.byteLength(out);
  const reserve = Buffer.byteLength(note(body.length)) + 16;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]! + "\n";
    const bytes = Buffer.byteLength(line);
    if (size + bytes > limit - reserve) {
      // A cut inside <details> would swallow the note: close it first.
      const open = body.slice(0, i).filter((l) => l.startsWith("<details>")).length - body.slice(0, i).filter((l) => l === "</details>").length;
      return out + (open > 0 ? "\n</details>\n" : "") + `\n${note(body.length - i)}\n`;
    }
    out += line;
    size += bytes;
  }
  return out;
}
