// Markdown for the job summary and the pull-request comment. Text from artifacts and custom rules
// goes through md() or code(), so it cannot add HTML, links, images, formatting, break a table,
// mention people or reference issues.
import type { Report, ReportSource } from "../report/report.js";
import { escapeControls } from "../report/untrusted.js";
import type { SuppressedFinding } from "../report/waivers.js";
import type { AnnotationPlan } from "./annotations.js";
import { configReviewMarkdown } from "./config-review.js";
import { artifactCounts, plural, verdict } from "./format.js";
import { renderInventory } from "./inventory.js";

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
  return custom
    ? md(text.replace(/\s*\n\s*/g, " "))
    : text
        .replace(/\s*\n\s*/g, " ")
        .replace(/</g, "&lt;")
        .replace(/\|/g, "\\|");
}

export interface MarkdownOptions {
  limitBytes?: number;
  /** The note that replaces the tail when it does not fit; gets the number of lines cut. */
  truncationNote?: (linesCut: number) => string;
  /** What the annotations showed, so the summary can say what they left out. */
  annotations?: AnnotationPlan;
}

const ICON: Record<string, string> = { critical: "🔴", high: "🟠", medium: "🟡", low: "🔵" };

/** Blocking findings listed by name up front; the fix-list below has every one. */
export const BLOCKING_SHOWN = 10;

const summaryNote = (n: number) => `_…truncated: ${n} more lines did not fit GitHub's summary limit; the JSON report has everything._`;

/**
 * The summary, in the order a reviewer reads it: the verdict and what this pull request changed,
 * what blocks, readiness, then the details collapsed. Each section is one function; this is the
 * one place that composes them (the head is never cut, the body is cut from the tail).
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const head = [...headline(report), ...configReviewMarkdown(report), ...annotationNote(opts.annotations), ...blocking(report), ...readiness(report)];
  const body = [...fixList(report), ...renderInventory(report), ...suppressed(report.suppressed), ...artifacts(report), ...notRead(report)];
  return truncate(head.join("\n") + "\n", body, opts.limitBytes ?? SUMMARY_LIMIT_BYTES, opts.truncationNote ?? summaryNote);
}

/** `path:line` as a code span, linked to the file at the scanned commit when the run knows it. A
 * finding about the repository as a whole has no file. */
export function place(report: Pick<Report, "source">, path: string, line: number): string {
  if (!path) return "_repository-wide_";
  const text = code(`${path}:${line}`);
  const url = blobUrl(report.source, path, line);
  return url ? `[${text}](${url})` : text;
}

/** `<server>/<owner>/<repo>/blob/<sha>/<repository-relative path>#L<line>`, or null outside a
 * GitHub run. Every path segment is percent-encoded, parentheses too, so no file name can end the
 * link or add to it. */
export function blobUrl(source: ReportSource | undefined, path: string, line: number): string | null {
  if (!source) return null;
  const full = [source.root, path].filter(Boolean).join("/");
  const encoded = full
    .split("/")
    .map((s) => encodeURIComponent(s).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
  return `${source.server_url.replace(/\/+$/, "")}/${source.repository}/blob/${source.sha}/${encoded}#L${Math.max(1, line)}`;
}

function headline(report: Report): string[] {
  const out = [`## aigis: ${report.passed ? "✅" : "❌"} ${verdict(report)}`, ""];
  if (report.changes) {
    const inDiff = report.findings.filter((f) => f.in_diff).length;
    const files = `${plural(report.changes.files.length, "file")} in the scanned directory`;
    out.push(
      report.changes.only_changed
        ? `**Changed-files mode:** this pull request changes ${files}; ${inDiff} of ${plural(report.findings.length, "finding")} are in them, and only those are annotated and can fail the check. Everything is listed below.`
        : `This pull request changes ${files}; ${inDiff} of ${plural(report.findings.length, "finding")} are in them (annotated first).`,
      "",
    );
  }
  out.push(
    `${plural(report.summary.files_scanned, "file")} scanned: ${artifactCounts(report)}. ` +
      `Findings: ${(["critical", "high", "medium", "low"] as const).map((s) => `${report.summary.by_severity[s]} ${s}`).join(", ")}.`,
    "",
  );
  if (report.findings.length === 0) out.push("**No findings:** every rule that applies to the artifacts found passed.", "");
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
    parts.push(`${plural(more, "more finding")} (${levels.join(", ")}) did not fit GitHub's 10 annotations per level and step, one error being the verdict`);
  }
  if (plan.outsideDiff) parts.push(`${plural(plan.outsideDiff, "finding")} outside the changed files ${plan.outsideDiff === 1 ? "is" : "are"} not annotated`);
  return [`**Annotations:** ${plan.annotations.length} shown; ${parts.join("; ")}. The fix-list below has them all.`, ""];
}

/** The findings that fail the check, most severe first, each linked to its place. */
function blocking(report: Report): string[] {
  if (report.threshold === "none") return [];
  const list = report.findings.filter((f) => f.blocking === true);
  if (!list.length) return [];
  const out = [`### Blocking (${list.length})`, ""];
  for (const f of list.slice(0, BLOCKING_SHOWN)) {
    out.push(`- ${ICON[f.severity]} **${md(f.rule)}** ${place(report, f.path, f.line)}${changedMark(report, f.path)} ${md(f.message)}`);
  }
  if (list.length > BLOCKING_SHOWN) out.push(`- … and ${list.length - BLOCKING_SHOWN} more in the fix-list below`);
  out.push("");
  return out;
}

function readiness(report: Report): string[] {
  const out = ["### Readiness snapshot", ""];
  out.push("| Framework | Score | Met | Gaps | No evidence | Scored | Not applicable | Needs audit |");
  out.push("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const fw of report.readiness.frameworks) {
    out.push(
      `| ${md(fw.name)} | ${fw.score === null ? "n/a" : `${fw.score.toFixed(1)}%`} | ${fw.met} | ${fw.gaps} | ${fw.no_evidence} | ${fw.assessed} | ${fw.not_applicable} | ${fw.out_of_scope.length} |`,
    );
  }
  out.push("");
  if (report.readiness.overall !== null) out.push(`Overall: ${report.readiness.overall.toFixed(1)}% (each edition of a list counted once).`, "");
  out.push(...chart(report));
  out.push(`<sub>${md(report.readiness.statement)}</sub>`, "");
  return out;
}

/** A horizontal bar chart: framework names on the vertical axis never overlap, and one strong
 * colour reads on GitHub's light and dark themes. */
function chart(report: Report): string[] {
  const charted = report.readiness.frameworks.filter((f) => f.score !== null);
  if (!charted.length) return [];
  return [
    "```mermaid",
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb"}}}}%%',
    "xychart-beta horizontal",
    '  title "Readiness by framework (%)"',
    `  x-axis [${charted.map((f) => `"${f.name.replace(/["\\\n]/g, "'")}"`).join(", ")}]`,
    '  y-axis "score (%)" 0 --> 100',
    `  bar [${charted.map((f) => f.score).join(", ")}]`,
    "```",
    "",
  ];
}

function customRules(report: Report): Set<string> {
  return new Set(report.rules.filter((r) => r.custom).map((r) => r.id));
}

function changedMark(report: Report, path: string): string {
  return report.changes?.files.includes(path) ? " _(changed)_" : "";
}

/** Every rule with findings, collapsed: an ordered list whose nested details are indented by the
 * width of each item's own marker ("9. " is three columns, "10. " four), so item 10 onwards keeps
 * them. */
function fixList(report: Report): string[] {
  if (!report.fix_list.length) return [];
  const custom = customRules(report);
  const n = report.fix_list.length;
  const out = [`<details><summary><strong>Fix-list</strong>: ${plural(n, "rule")} with findings, most important first</summary>`, ""];
  report.fix_list.forEach((item, i) => {
    const own = custom.has(item.rule) || !item.rule.startsWith("AIGIS-");
    const marker = `${i + 1}. `;
    const sub = " ".repeat(marker.length);
    out.push(`${marker}${ICON[item.severity]} **${md(item.rule)}** ${ruleText(item.title, own)} (${item.severity}, ${plural(item.locations.length, "place")})`);
    out.push(`${sub}- Fix: ${ruleText(item.remediation, own)}`);
    out.push(`${sub}- Controls: ${item.controls.map((c) => (c.url ? `[${md(c.key)}](${c.url} "${c.title.replace(/["\\]/g, "")}")` : md(c.key))).join(", ")}`);
    for (const loc of item.locations.slice(0, 20)) {
      out.push(`${sub}- ${place(report, loc.path, loc.line)}${changedMark(report, loc.path)} ${md(loc.message)}`);
    }
    if (item.locations.length > 20) out.push(`${sub}- … and ${item.locations.length - 20} more`);
  });
  out.push("", "</details>", "");
  return out;
}

function suppressed(list: SuppressedFinding[]): string[] {
  if (!list.length) return [];
  const out = [`<details><summary>Suppressed findings (${list.length})</summary>`, ""];
  out.push("| Severity | Rule | Location | Message | Waived by | Until | Reason |", "|---|---|---|---|---|---|---|");
  for (const f of list) {
    const w = f.suppression;
    out.push(
      `| ${f.severity} | ${f.rule} | ${f.path ? code(`${f.path}:${f.line}`, true) : "_repository-wide_"} | ${md(f.message)} | ${md(w?.owner ?? "")} | ${md(w?.expires ?? "")} | ${md(w?.reason ?? "")} |`,
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
