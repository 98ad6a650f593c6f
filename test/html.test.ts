// The HTML readiness report: one self-contained, printable, accessible page from the Report, with a
// chart per framework drawn as inline SVG, the control tables with evidence, findings and waivers,
// the fix-list, the inventory and what was read; same bytes for the same input.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { provenanceOf, type Provenance } from "../src/report/provenance.js";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { esc, renderHtml } from "../src/sinks/html.js";
import { fixtures, policyDir, tempDir } from "./helpers.js";

const env = { SOURCE_DATE_EPOCH: "1767225600", GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" };
const prov = (over: Partial<Provenance> = {}): Provenance => ({
  ...provenanceOf({ env, toolVersion: "9.9.9", catalogVersion: 1, pathPrefix: "", origin: { repository: env.GITHUB_REPOSITORY, commit: env.GITHUB_SHA } }),
  ...over,
});
const report = async (fixture: string): Promise<Report> => (await run({ root: path.join(fixtures, fixture), policyDir, version: "t" })).report;
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe("HTML readiness report", () => {
  it("shows a gap of the repository as a whole as repository-wide, never as a link to a file", async () => {
    const r = await report("gaps");
    expect(r.findings.some((f) => f.path === "")).toBe(true);
    const html = renderHtml(r, prov());
    expect(html).toContain('<span class="small">repository-wide</span>');
    expect(html).not.toMatch(/<code>:\d+<\/code>/);
    expect(html).not.toMatch(/blob\/[0-9a-f]{40}\/#L/);
  });

  it("has the metadata, a section with a chart and a control table per framework, the fix-list, inventory and artifacts", async () => {
    const r = await report("gaps");
    const html = renderHtml(r, prov());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain("<h1>AI-governance readiness report</h1>");
    expect(html).toContain("<dt>Repository</dt><dd>acme/models</dd>");
    expect(html).toContain('<time datetime="2026-01-01T00:00:00Z">');
    expect(html).toContain('href="https://github.com/acme/models/commit/0123456789abcdef0123456789abcdef01234567"');
    const sections = [...html.matchAll(/<section class="framework" id="fw-([^"]+)" data-framework="[^"]+">\n<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(sections).toEqual(r.readiness.frameworks.map((f) => f.id));
    // One overview chart, one status chart per framework, each with a title for screen readers.
    expect(count(html, /<svg class="chart score-chart" role="img"/g)).toBe(1);
    expect(count(html, /<svg class="chart status-chart" role="img"/g)).toBe(r.readiness.frameworks.length);
    expect(count(html, /<svg /g)).toBe(count(html, /<title id="/g));
    // Tables are captioned and their columns have header cells.
    expect(count(html, /<table /g)).toBe(count(html, /<caption>/g));
    expect(count(html, /<table /g)).toBe(count(html, /<thead><tr><th scope="col">/g));
    // Every control row, and its status in words.
    const controls = r.readiness.frameworks.flatMap((f) => f.controls);
    expect(count(html, /<tr><th scope="row"><code>/g)).toBe(controls.length);
    expect(count(html, /<span class="status s-gap">gap<\/span>/g)).toBe(controls.filter((c) => c.status === "gap").length);
    for (const fw of r.readiness.frameworks)
      for (const c of fw.out_of_scope) expect(html).toContain(`<td><code>${esc(c.key)}</code></td><td>${esc(c.why)}</td>`);
    // Evidence and findings link to the file at the commit.
    const gap = r.findings[0]!;
    expect(html).toContain(
      `href="https://github.com/acme/models/blob/0123456789abcdef0123456789abcdef01234567/${gap.path.split("/").map(encodeURIComponent).join("/")}#L${gap.line}"`,
    );
    expect(count(html, /<section id="fix-list">\n<h2>Prioritized fix-list<\/h2>/g)).toBe(1);
    expect(count(html, /<ol><li>/g)).toBe(1);
    expect(html).toContain('<section id="artifacts">');
    expect(count(html, /<section id="inventory">/g)).toBe(1);
  });

  it("loads nothing and runs nothing: no script, no external resource, a CSP that forbids both", async () => {
    const html = renderHtml(await report("gaps"), prov());
    expect(html).not.toMatch(/<script|<link |<img |<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain("@media print{");
    expect(html).toContain("section.framework{break-before:page}");
  });

  it("shows waivers with owner and expiry on the control and in the waived table", async () => {
    const r = await report("waivers");
    const w = r.suppressed[0]!.suppression!;
    const html = renderHtml(r, prov());
    expect(html).toContain(`waived by ${esc(w.owner)} until ${esc(w.expires)}: ${esc(w.reason)}`);
    expect(html).toContain('<section id="waivers">');
  });

  it("escapes what a pull request controls", async () => {
    const r = await report("gaps");
    const hostile: Report = {
      ...r,
      findings: [{ ...r.findings[0]!, message: '<img src=x onerror=alert(1)>"\u001b[2J', path: "a/<b>.md" }, ...r.findings.slice(1)],
      artifacts: [{ ...r.artifacts[0]!, name: "</td><script>alert(1)</script>" }],
      fix_list: [{ ...r.fix_list[0]!, locations: [{ path: "javascript:alert(1)", line: 1, field: "", message: "<svg onload=alert(1)>\u001b[2J" }] }],
    };
    const html = renderHtml(hostile, prov({ repository: null, commit: null, server_url: null }));
    expect(html).not.toMatch(/<img|<script>|<svg onload/);
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain('href="javascript%3Aalert(1)#L1"');
    expect(html).toContain("\\u001b");
  });

  it("gives the same bytes for the same input, and the time from SOURCE_DATE_EPOCH", async () => {
    const a = renderHtml(await report("gaps"), prov());
    expect(renderHtml(await report("gaps"), prov())).toBe(a);
    expect(
      provenanceOf({ env: { SOURCE_DATE_EPOCH: "86400" }, toolVersion: "t", catalogVersion: 1, pathPrefix: "", origin: { repository: null, commit: null } })
        .generated_at,
    ).toBe("1970-01-02T00:00:00Z");
  });
});

describe("aigis check --format html|oscal", () => {
  it("writes both formats from the CLI", async () => {
    const dir = tempDir();
    const io = { out: { write: () => true }, err: { write: (s: string) => void process.stderr.write(s) } } as unknown as Parameters<typeof main>[1];
    const before = process.env["SOURCE_DATE_EPOCH"];
    process.env["SOURCE_DATE_EPOCH"] = "1767225600";
    try {
      expect(await main(["check", path.join(fixtures, "gaps"), "--format", "html", "--output", path.join(dir, "r.html")], io)).toBe(1);
      expect(await main(["check", path.join(fixtures, "gaps"), "--format=oscal", "--output", path.join(dir, "r.json")], io)).toBe(1);
    } finally {
      if (before === undefined) delete process.env["SOURCE_DATE_EPOCH"];
      else process.env["SOURCE_DATE_EPOCH"] = before;
    }
    expect(fs.readFileSync(path.join(dir, "r.html"), "utf8")).toContain('<time datetime="2026-01-01T00:00:00Z">');
    const doc = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8"));
    expect(doc["assessment-results"].metadata["oscal-version"]).toBe("1.1.3");
  });
});
