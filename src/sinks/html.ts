// The Report as one self-contained HTML page for auditors and management: nothing is loaded from
// the network (inline CSS, charts drawn here as inline SVG, a Content-Security-Policy that allows
// no script), printable (a page per framework) and accessible (headings, captioned tables with
// header cells, status in words as well as colour). Every text is HTML-escaped here; the Report
// has already bounded and masked what a pull request controls.
import { repositoryWide, type Report } from "../report/report.js";
import { evidenceHref, type Provenance } from "../report/provenance.js";
import type { ControlReadiness, ControlStatus, FrameworkReadiness } from "../report/readiness.js";
import { escapeControls, safeLink } from "../report/untrusted.js";
import { artifactCounts, plural, verdict } from "./format.js";

/** Text as HTML: control characters shown as escapes, the five significant characters as entities. */
export function esc(text: string | number | null | undefined): string {
  return escapeControls(String(text ?? "")).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STATUS: Record<ControlStatus, { label: string; colour: string }> = {
  met: { label: "met", colour: "#1a7f37" },
  gap: { label: "gap", colour: "#b42318" },
  "no-evidence": { label: "no evidence", colour: "#9a6700" },
  "not-applicable": { label: "not applicable", colour: "#6e7781" },
};

const CSS = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:1.8em;margin:0 0 .2em}h2{font-size:1.4em;border-bottom:1px solid var(--line);padding-bottom:.2em;margin-top:2em}h3{font-size:1.1em}
.verdict{display:inline-block;padding:.25em .7em;border-radius:6px;font-weight:600;color:#fff}
.passed{background:#1a7f37}.failed{background:#b42318}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:1em 0}dl.meta dt{font-weight:600;color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.92em}caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{border:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:var(--bg)}
td.num,th.num{text-align:right}
.status{font-weight:600;white-space:nowrap}.status::before{content:"";display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.35em;background:currentColor}
.s-met{color:#1a7f37}.s-gap{color:#b42318}.s-no-evidence{color:#9a6700}.s-not-applicable{color:#57606a}
.small{font-size:.88em;color:var(--muted)}ul.tight{margin:.2em 0;padding-left:1.2em}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--bg);padding:0 .2em;border-radius:3px}
svg.chart{display:block;max-width:100%;height:auto;margin:.5em 0}svg.status-chart{width:100%;height:24px}
.legend span{margin-right:1.2em;white-space:nowrap}.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
a{color:#0550ae}
@media print{body{max-width:none;padding:0;font-size:11pt}section.framework{break-before:page}h2,h3{break-after:avoid}tr{break-inside:avoid}a{color:inherit;text-decoration:none}.verdict{border:1px solid #000;color:#000;background:none}}
`;

export function renderHtml(report: Report, p: Provenance): string {
  const title = `aigis readiness report${p.repository ? `: ${p.repository}` : ""}`;
  const body = [
    header(report, p),
    overview(report),
    ...report.readiness.frameworks.map((fw) => framework(fw, p)),
    fixList(report, p),
    waived(report, p),
    inventory(report, p),
    artifacts(report, p),
    `<footer><p class="small">${esc(report.readiness.statement)}</p></footer>`,
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing is fetched and nothing runs: the page is data.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body.filter(Boolean),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function header(report: Report, p: Provenance): string {
  const commit = p.commit
    ? p.repository && p.server_url
      ? link(`${p.server_url}/${p.repository}/commit/${p.commit}`, `<code>${esc(p.commit)}</code>`)
      : `<code>${esc(p.commit)}</code>`
    : "not known";
  const rows: [string, string][] = [
    ["Repository", p.repository ? esc(p.repository) : "not known (local run)"],
    ["Commit", commit],
    ["Scanned path", `<code>${esc(p.path_prefix || ".")}</code>`],
    ["Generated", `<time datetime="${esc(p.generated_at)}">${esc(p.generated_at)}</time>`],
    ["Tool", `aigis ${esc(p.tool_version)}`],
    ["Rules", esc(p.rules_version)],
    ["Fail-on", esc(report.threshold)],
    ["Scanned", `${esc(plural(report.summary.files_scanned, "file"))}: ${esc(artifactCounts(report))}`],
    [
      "Findings",
      (["critical", "high", "medium", "low"] as const).map((s) => `${report.summary.by_severity[s]} ${s}`).join(", ") + `; ${report.summary.suppressed} waived`,
    ],
    ["Overall readiness", report.readiness.overall === null ? "n/a" : `${report.readiness.overall.toFixed(1)}%`],
  ];
  return [
    "<header>",
    "<h1>AI-governance readiness report</h1>",
    `<p><span class="verdict ${report.passed ? "passed" : "failed"}">${report.passed ? "Passed" : "Failed"}</span> ${esc(verdict(report))}</p>`,
    `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`,
    "</header>",
  ].join("\n");
}

function overview(report: Report): string {
  const fws = report.readiness.frameworks;
  const rows = fws.map(
    (fw) =>
      `<tr><th scope="row"><a href="#fw-${esc(fw.id)}">${esc(fw.name)}</a></th><td class="num">${fw.score === null ? "n/a" : `${fw.score.toFixed(1)}%`}</td><td class="num">${fw.met}</td><td class="num">${fw.gaps}</td><td class="num">${fw.no_evidence}</td><td class="num">${fw.not_applicable}</td><td class="num">${fw.out_of_scope.length}</td></tr>`,
  );
  return [
    '<section id="readiness">',
    "<h2>Readiness by framework</h2>",
    scoreChart(fws),
    '<table class="overview">',
    "<caption>Controls per framework by status</caption>",
    '<thead><tr><th scope="col">Framework</th><th scope="col" class="num">Score</th><th scope="col" class="num">Met</th><th scope="col" class="num">Gaps</th><th scope="col" class="num">No evidence</th><th scope="col" class="num">Not applicable</th><th scope="col" class="num">Needs audit</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    "</section>",
  ].join("\n");
}

/** Horizontal bars, one per framework, 0–100 %. */
function scoreChart(fws: readonly FrameworkReadiness[]): string {
  const rowH = 30;
  const labelW = 420;
  const barW = 520;
  const h = fws.length * rowH + 40;
  const w = labelW + barW + 70;
  const bars = fws.map((fw, i) => {
    const y = 10 + i * rowH;
    const score = fw.score ?? 0;
    const len = Math.round((barW * score) / 100);
    return [
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" font-size="13" fill="#1f2328">${esc(fw.name)}</text>`,
      `<rect x="${labelW}" y="${y + 4}" width="${barW}" height="18" fill="#eaeef2"/>`,
      `<rect x="${labelW}" y="${y + 4}" width="${len}" height="18" fill="#0969da"/>`,
      `<text x="${labelW + len + 6}" y="${y + 17}" font-size="12" fill="#1f2328">${fw.score === null ? "n/a" : `${fw.score.toFixed(1)}%`}</text>`,
    ].join("");
  });
  const ticks = [0, 25, 50, 75, 100].map((t) => {
    const x = labelW + (barW * t) / 100;
    return `<line x1="${x}" y1="8" x2="${x}" y2="${h - 28}" stroke="#d0d7de"/><text x="${x}" y="${h - 12}" text-anchor="middle" font-size="11" fill="#57606a">${t}%</text>`;
  });
  return `<svg class="chart score-chart" role="img" aria-labelledby="score-chart-title" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title id="score-chart-title">Readiness score by framework</title>${ticks.join("")}${bars.join("")}</svg>`;
}

/** One stacked bar of a framework's controls by status, with a legend in words. */
function statusChart(fw: FrameworkReadiness): string {
  const parts: [ControlStatus, number][] = [
    ["met", fw.met],
    ["gap", fw.gaps],
    ["no-evidence", fw.no_evidence],
    ["not-applicable", fw.not_applicable],
  ];
  const total = parts.reduce((a, [, n]) => a + n, 0);
  const width = 800;
  let x = 0;
  const rects = parts.map(([s, n]) => {
    const w = total ? Math.round((width * n) / total) : 0;
    const r = w ? `<rect x="${x}" y="0" width="${w}" height="24" fill="${STATUS[s].colour}"><title>${STATUS[s].label}: ${n}</title></rect>` : "";
    x += w;
    return r;
  });
  const id = `status-${esc(fw.id)}`;
  const label = parts.map(([s, n]) => `${n} ${STATUS[s].label}`).join(", ");
  return [
    `<svg class="chart status-chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} 24" width="${width}" height="24" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(fw.name)}: ${esc(label)}</title><rect x="0" y="0" width="${width}" height="24" fill="#eaeef2"/>${rects.join("")}</svg>`,
    `<p class="legend small">${parts.map(([s, n]) => `<span><i style="background:${STATUS[s].colour}"></i>${STATUS[s].label}: ${n}</span>`).join("")}</p>`,
  ].join("\n");
}

function framework(fw: FrameworkReadiness, p: Provenance): string {
  const rows = fw.controls.map((c) => controlRow(c, p));
  return [
    `<section class="framework" id="fw-${esc(fw.id)}" data-framework="${esc(fw.id)}">`,
    `<h2>${esc(fw.name)}</h2>`,
    `<p>Score: <strong>${fw.score === null ? "n/a" : `${fw.score.toFixed(1)}%`}</strong> (${fw.met} met of ${fw.assessed} scored)${fw.in_overall ? "" : "; not counted again in the overall score"}.</p>`,
    statusChart(fw),
    fw.controls.length
      ? [
          '<table class="controls">',
          `<caption>${esc(fw.name)}: controls checked from repository evidence</caption>`,
          '<thead><tr><th scope="col">Control</th><th scope="col">Status</th><th scope="col">Evidence</th><th scope="col">Findings and waivers</th></tr></thead>',
          `<tbody>${rows.join("\n")}</tbody>`,
          "</table>",
        ].join("\n")
      : "<p>No control of this framework is checked by the rules.</p>",
    fw.out_of_scope.length
      ? [
          "<h3>Needs audit evidence</h3>",
          '<table class="needs-audit">',
          `<caption>${esc(fw.name)}: controls a repository cannot evidence (not scored)</caption>`,
          '<thead><tr><th scope="col">Control</th><th scope="col">Why it needs audit</th></tr></thead>',
          `<tbody>${fw.out_of_scope.map((c) => `<tr><td><code>${esc(c.key)}</code></td><td>${esc(c.why)}</td></tr>`).join("\n")}</tbody>`,
          "</table>",
        ].join("\n")
      : "",
    fw.unchecked.length ? `<p class="small">Not yet checked by any rule: ${fw.unchecked.map((k) => `<code>${esc(k)}</code>`).join(", ")}.</p>` : "",
    "</section>",
  ]
    .filter(Boolean)
    .join("\n");
}

function controlRow(c: ControlReadiness, p: Provenance): string {
  const evidence = c.evidence.map((e) => `<li>${fileLink(p, e.path, e.line)} <span class="small">${esc(e.rule)}: ${esc(e.note)}</span></li>`);
  if (c.evidence_total) evidence.push(`<li class="small">… ${c.evidence_total - c.evidence.length} more</li>`);
  const findings = c.findings.map(
    (f) =>
      `<li>${fileLink(p, f.path, f.line)} ${esc(f.rule)}${f.waiver ? ` <span class="small">waived by ${esc(f.waiver.owner)} until ${esc(f.waiver.expires)}: ${esc(f.waiver.reason)}</span>` : ""}</li>`,
  );
  if (c.findings_total) findings.push(`<li class="small">… ${c.findings_total - c.findings.length} more</li>`);
  const s = STATUS[c.status];
  return [
    "<tr>",
    `<th scope="row"><code>${esc(c.key)}</code><br><span class="small">${esc(c.title)}</span></th>`,
    `<td><span class="status s-${c.status}">${s.label}</span></td>`,
    `<td>${evidence.length ? `<ul class="tight">${evidence.join("")}</ul>` : "—"}</td>`,
    `<td>${findings.length ? `<ul class="tight">${findings.join("")}</ul>` : "—"}</td>`,
    "</tr>",
  ].join("");
}

function fixList(report: Report, p: Provenance): string {
  if (!report.fix_list.length) return '<section id="fix-list"><h2>Fix-list</h2><p>Nothing to fix: no active finding.</p></section>';
  const items = report.fix_list.map((item) => {
    const controls = item.controls.map((c) => {
      const url = c.url ? safeLink(c.url) : null;
      return url ? link(url, `<code>${esc(c.key)}</code>`, c.title) : `<code>${esc(c.key)}</code>`;
    });
    const locations = item.locations.slice(0, 20).map((l) => `<li>${fileLink(p, l.path, l.line)} ${esc(l.message)}</li>`);
    if (item.locations.length > 20) locations.push(`<li class="small">… and ${item.locations.length - 20} more</li>`);
    return [
      "<li>",
      `<h3>${esc(item.rule)}: ${esc(item.title)} <span class="small">(${esc(item.severity)}, effort ${esc(item.effort)}, ${esc(plural(item.locations.length, "place"))})</span></h3>`,
      `<p>Fix: ${esc(item.remediation)}</p>`,
      `<p class="small">Controls: ${controls.join(", ")}</p>`,
      `<ul class="tight">${locations.join("")}</ul>`,
      "</li>",
    ].join("\n");
  });
  return ['<section id="fix-list">', "<h2>Prioritized fix-list</h2>", `<ol>${items.join("\n")}</ol>`, "</section>"].join("\n");
}

function waived(report: Report, p: Provenance): string {
  if (!report.suppressed.length) return "";
  const rows = report.suppressed.map((f) => {
    const w = f.suppression;
    return `<tr><td>${esc(f.severity)}</td><td>${esc(f.rule)}</td><td>${fileLink(p, f.path, f.line)}</td><td>${esc(f.message)}</td><td>${esc(w?.owner)}</td><td>${esc(w?.expires)}</td><td>${esc(w?.reason)}<br><span class="small">${esc(w?.source)}</span></td></tr>`;
  });
  return [
    '<section id="waivers">',
    "<h2>Waived findings</h2>",
    '<table class="waivers">',
    "<caption>Findings accepted by a waiver: they do not fail the check and still count as gaps</caption>",
    '<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Message</th><th scope="col">Owner</th><th scope="col">Expires</th><th scope="col">Reason</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    "</section>",
  ].join("\n");
}

function inventory(report: Report, p: Provenance): string {
  if (!report.inventory.length)
    return '<section id="inventory"><h2>AI inventory</h2><p>No use of AI was observed in code, manifests, containers or weights files.</p></section>';
  const rows = report.inventory.map(
    (u) =>
      `<tr><td>${esc(u.type)}</td><td><code>${esc(u.name)}</code>${u.version ? ` ${esc(u.version)}` : ""}</td><td>${esc(u.provider ?? u.hub ?? u.category ?? "")}</td><td>${fileLink(p, u.path, u.line)}</td><td>${esc(u.evidence)}</td></tr>`,
  );
  return [
    '<section id="inventory">',
    "<h2>AI inventory</h2>",
    '<table class="inventory">',
    `<caption>${esc(plural(report.inventory.length, "observed use"))} of AI</caption>`,
    '<thead><tr><th scope="col">Type</th><th scope="col">Name</th><th scope="col">Provider or hub</th><th scope="col">Where</th><th scope="col">Seen as</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    "</section>",
  ].join("\n");
}

function artifacts(report: Report, p: Provenance): string {
  const rows = report.artifacts.map(
    (a) =>
      `<tr><td>${fileLink(p, a.path, 0, a.id)}</td><td>${esc(a.kind)}</td><td>${esc(a.format)}${a.format_version ? ` ${esc(a.format_version)}` : ""}</td><td>${esc(a.name ?? "")}</td></tr>`,
  );
  const notRead = report.skipped.map((s) => `<tr><td><code>${esc(s.path)}</code></td><td>${esc(s.reason)}</td></tr>`);
  return [
    '<section id="artifacts">',
    "<h2>Artifacts read and not read</h2>",
    '<table class="artifacts">',
    `<caption>${esc(plural(report.artifacts.length, "artifact"))} read</caption>`,
    '<thead><tr><th scope="col">Artifact</th><th scope="col">Kind</th><th scope="col">Format</th><th scope="col">Name</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    notRead.length
      ? [
          '<table class="not-read">',
          `<caption>${esc(plural(notRead.length, "file"))} not read</caption>`,
          '<thead><tr><th scope="col">Path</th><th scope="col">Why</th></tr></thead>',
          `<tbody>${notRead.join("\n")}</tbody>`,
          "</table>",
        ].join("\n")
      : "<p>Every candidate file was read.</p>",
    "</section>",
  ].join("\n");
}

function fileLink(p: Provenance, file: string, line: number, label = line ? `${file}:${line}` : file): string {
  // A gap of the repository as a whole (no AI policy, no register) has no file to point at.
  if (repositoryWide({ path: file })) return `<span class="small">repository-wide</span>`;
  return link(evidenceHref(p, file, line || undefined), `<code>${esc(label)}</code>`);
}

/** An anchor to an already-safe target (a github.com URL built from checked parts, a relative path, or safeLink's). */
function link(href: string, html: string, title?: string): string {
  return `<a href="${esc(href)}"${title ? ` title="${esc(title)}"` : ""}>${html}</a>`;
}
