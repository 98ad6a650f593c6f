// The organisation view in three formats: JSON (everything, deterministic), Markdown (the job
// summary: capped tables, under GitHub's 1 MiB summary limit) and HTML (one self-contained page:
// inline CSS, no script, a content security policy that forbids every fetch).
import { code, md } from "../sinks/markdown.js";
import type { OrgView } from "./aggregate.js";
import { HTML_LIMITS, MARKDOWN_LIMITS, STATEMENT, headline, sections, type Table } from "./sections.js";

export type MergeFormat = "json" | "markdown" | "html";
export const MERGE_FORMATS: readonly MergeFormat[] = ["json", "markdown", "html"];

export function renderMerged(view: OrgView, format: MergeFormat): string {
  if (format === "json") return `${JSON.stringify(view, null, 2)}\n`;
  return format === "markdown" ? renderMarkdown(view) : renderHtml(view);
}

function renderMarkdown(view: OrgView): string {
  const out = ["# AI governance across the organisation", "", `**${md(headline(view))}**`, ""];
  for (const t of sections(view, MARKDOWN_LIMITS)) {
    out.push(`## ${md(t.title)}`, "");
    if (t.note) out.push(md(t.note), "");
    if (t.rows.length === 0) {
      out.push("None.", "");
      continue;
    }
    out.push(`| ${t.headers.map(md).join(" | ")} |`, `| ${t.headers.map((_, i) => (t.numeric?.includes(i) ? "---:" : "---")).join(" | ")} |`);
    // Rule ids and repository names as code: they are identifiers, and a code span cannot become a link or a mention.
    for (const row of t.rows) out.push(`| ${row.map((cell, i) => (isIdentifier(t, i) ? code(cell, true) : md(cell))).join(" | ")} |`);
    if (t.more) out.push("", `_${md(t.more)}_`);
    out.push("");
  }
  out.push(`_${md(STATEMENT)}_`, "");
  return out.join("\n");
}

function isIdentifier(t: Table, column: number): boolean {
  const h = t.headers[column];
  return h === "Rule" || (h === "Repository" && t.title === "Repositories") || h === "File" || h === "Waiver";
}

function renderHtml(view: OrgView): string {
  const out = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Self-contained: nothing on this page may load anything, whatever a report's text says.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>AI governance across the organisation</title>",
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<h1>AI governance across the organisation</h1>",
    `<p class="headline">${html(headline(view))}</p>`,
  ];
  for (const t of sections(view, HTML_LIMITS)) {
    out.push(`<section><h2>${html(t.title)}</h2>`);
    if (t.note) out.push(`<p>${html(t.note)}</p>`);
    if (t.rows.length === 0) out.push("<p>None.</p>");
    else {
      const cls = (i: number) => (t.numeric?.includes(i) ? ' class="n"' : "");
      out.push("<table>", `<thead><tr>${t.headers.map((h, i) => `<th${cls(i)}>${html(h)}</th>`).join("")}</tr></thead>`, "<tbody>");
      for (const row of t.rows) out.push(`<tr>${row.map((c, i) => `<td${cls(i)}>${html(c)}</td>`).join("")}</tr>`);
      out.push("</tbody>", "</table>");
    }
    if (t.more) out.push(`<p class="more">${html(t.more)}</p>`);
    out.push("</section>");
  }
  out.push(
    `<p class="statement">${html(STATEMENT)}</p>`,
    `<footer>aigis ${html(view.tool.version)} · merged for ${html(view.today)}</footer>`,
    "</body>",
    "</html>",
    "",
  );
  return out.join("\n");
}

export function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const CSS = [
  "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1f2328}",
  "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}",
  ".headline{font-weight:600}.more,.statement,footer{color:#59636e}",
  "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
  "th{background:#f6f8fa}td.n,th.n{text-align:right}tbody tr:nth-child(even){background:#fbfcfd}",
].join("");
