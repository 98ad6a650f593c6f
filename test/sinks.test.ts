import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../src/model/types.js";
import { scopeToChanges, type Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { annotations, planAnnotations } from "../src/sinks/annotations.js";
import { COMMENT_LIMIT_BYTES, commentMarker, renderComment } from "../src/sinks/comment.js";
import { code, md, renderMarkdown } from "../src/sinks/markdown.js";
import { renderJson, renderJsonPieces } from "../src/sinks/json.js";
import { renderText } from "../src/sinks/text.js";
import { VERSION } from "../src/version.js";
import { fixtures, policyDir, repoRoot } from "./helpers.js";

const finding = (severity: Severity, i: number): Finding => ({
  rule: `AIGIS-MC-${String(i).padStart(3, "0")}`,
  severity,
  title: "t",
  message: `m${i}`,
  artifact: "a.md",
  path: "a.md",
  line: i,
  column: 1,
  pointer: "",
  controls: ["iso42001:A.9.4", "nist-ai-rmf:MAP 1.1", "owasp-llm:LLM09:2025", "eu-ai-act:Art. 13"],
  remediation: "fix\nit",
  fingerprint: String(i),
});

describe("annotations", () => {
  it("spend 10 per level on the most severe first and say how many more", () => {
    const list = [...Array.from({ length: 12 }, (_, i) => finding(i < 3 ? "critical" : "high", i + 1)), finding("medium", 50), finding("low", 60)];
    const out = annotations(list);
    expect(out.filter((a) => a.level === "error").map((a) => a.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(out.filter((a) => a.level === "error").at(-1)!.message).toMatch(/\(\+2 more error findings/);
    expect(out.map((a) => a.level)).toEqual([...Array(10).fill("error"), "warning", "notice"]);
    expect(out[0]!.title).toBe("AIGIS-MC-001 [critical] iso42001:A.9.4, nist-ai-rmf:MAP 1.1, owasp-llm:LLM09:2025");
    expect(out[0]!.message).toBe("m1\nFix: fix it");
  });
});

describe("annotations on a pull request", () => {
  const list = () => Array.from({ length: 12 }, (_, i) => ({ ...finding("high", i + 1), path: i >= 10 ? "changed.md" : "a.md" }));

  it("at equal severity, spend the budget on changed files first", () => {
    const findings = list().map((f) => ({ ...f, in_diff: f.path === "changed.md" }));
    const plan = planAnnotations({ findings });
    // Nine: the failing verdict is the tenth error annotation of the step.
    expect(plan.annotations.map((a) => a.startLine)).toEqual([11, 12, 1, 2, 3, 4, 5, 6, 7]);
    expect(plan.omitted).toEqual({ error: 3, warning: 0, notice: 0 });
    expect(plan.outsideDiff).toBe(0);
    // ... but never ahead of a more severe finding elsewhere.
    const critical = { ...finding("critical", 99), in_diff: false };
    expect(
      planAnnotations({ findings: [critical, ...findings] })
        .annotations.slice(0, 3)
        .map((a) => a.startLine),
    ).toEqual([99, 11, 12]);
  });

  it("in only-changed mode, annotate the findings the report counts and count the rest", () => {
    // The report decides what counts (scopeToChanges); the sink only follows the flag.
    const findings = list().map((f) => ({ ...f, in_diff: f.path === "changed.md", counts: f.path === "changed.md" }));
    const plan = planAnnotations({ findings });
    expect(plan.annotations.map((a) => [a.file, a.startLine])).toEqual([
      ["changed.md", 11],
      ["changed.md", 12],
    ]);
    expect(plan.annotations.at(-1)!.message).toBe("m12\nFix: fix it");
    expect([plan.omitted.error, plan.outsideDiff]).toEqual([0, 10]);
  });
});

describe("changed-files scoping (report layer)", () => {
  it("marks findings in changed files; only-changed decides the verdict from them alone", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const provenance = "data/web-faq/provenance.json";
    const changed = [provenance, "README.md"];
    const marked = scopeToChanges(report, changed, false);
    expect([marked.passed, marked.summary.blocking]).toEqual([report.passed, report.summary.blocking]);
    expect(marked.findings.filter((f) => f.in_diff)).toEqual(report.findings.filter((f) => f.path === provenance).map((f) => ({ ...f, in_diff: true })));
    expect(marked.changes).toEqual({ files: ["README.md", provenance], only_changed: false });
    // The provenance record has high gaps only: with fail-on critical, nothing in the diff blocks.
    expect(report.findings.some((f) => f.path === provenance && f.severity === "critical")).toBe(false);
    const scoped = scopeToChanges(report, changed, true);
    expect([scoped.passed, scoped.summary.blocking, scoped.findings.length]).toEqual([true, 0, report.findings.length]);
    // The model card has two critical gaps (intended use, licence).
    const card = scopeToChanges(report, ["models/chat-assistant/README.md"], true);
    expect([card.passed, card.summary.blocking]).toEqual([false, 2]);
    expect(report.findings.some((f) => "in_diff" in f)).toBe(false);
  });

  it("marks on each finding whether it counts and blocks, so sinks only read the flags", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const cardPath = "models/chat-assistant/README.md";
    const scoped = scopeToChanges(report, [cardPath], true);
    expect(scoped.findings.filter((f) => f.counts).every((f) => f.path === cardPath)).toBe(true);
    expect(scoped.findings.filter((f) => f.blocking).length).toBe(scoped.summary.blocking);
    expect(planAnnotations(scoped).annotations.every((a) => a.file === cardPath)).toBe(true);
    // Without only-changed mode everything counts and the blocking ones are those at the threshold.
    expect(report.findings.every((f) => f.counts)).toBe(true);
    expect(report.findings.filter((f) => f.blocking).length).toBe(report.summary.blocking);
  });

  it("counts artifacts by kind in the summary", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const byKind = report.summary.artifacts_by_kind;
    expect(Object.values(byKind).reduce((a, b) => a + b, 0)).toBe(report.summary.artifacts);
    for (const [kind, n] of Object.entries(byKind)) expect(report.artifacts.filter((a) => a.kind === kind).length).toBe(n);
  });
});

describe("markdown summary", () => {
  it("escapes artifact text", () => {
    expect(md("<img src=x> | @team\nnext")).toBe("&lt;img src=x&gt; \\| @\u200bteam next");
    expect(md("[x](http://e) *b* _i_ `c` ~s~ \\")).toBe("\\[x\\](http:/\u200b/e) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\\\");
  });

  it("puts paths in code spans whose fence outlasts any backticks inside", () => {
    expect(code("a/b.md")).toBe("`a/b.md`");
    expect(code("we`ird``.md")).toBe("```we`ird``.md```");
    expect(code("`x")).toBe("`` `x ``");
    expect(code("a|b\nc", true)).toBe("`a\\|b c`");
  });

  it("renders suppressed findings, the annotation budget and an explicit all-clear", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const withSuppressed: Report = {
      ...report,
      suppressed: [
        {
          ...finding("high", 7),
          path: "m/<x>.md",
          message: "waived @team",
          suppression: { kind: "external", reason: "vendor | fix due", owner: "ml-platform", expires: "2027-01-31", source: ".aigis.yml:4" },
        },
      ],
    };
    const plan = planAnnotations(report);
    const errors = report.findings.filter((f) => f.severity === "critical" || f.severity === "high").length;
    expect(plan.omitted.error).toBe(errors - 9);
    const out = renderMarkdown(withSuppressed, { annotations: { ...plan, omitted: { error: 5, warning: 0, notice: 2 } } });
    expect(out).toContain(
      `**Annotations:** ${plan.annotations.length} shown; 7 more findings (5 errors, 2 notices) did not fit GitHub's 10 annotations per level and step, one error being the verdict. The fix-list below has them all.\n`,
    );
    expect(out).toContain(
      "<details><summary>Suppressed findings (1)</summary>\n\n| Severity | Rule | Location | Message | Waived by | Until | Reason |\n|---|---|---|---|---|---|---|\n| high | AIGIS-MC-007 | `m/<x>.md:7` | waived @\u200bteam | ml-platform | 2027-01-31 | vendor \\| fix due |\n\n</details>\n",
    );
    const clean = renderMarkdown({ ...report, findings: [], fix_list: [], passed: true, summary: { ...report.summary, findings: 0, blocking: 0 } });
    expect(clean).toContain("**No findings:** every rule that applies to the artifacts found passed.");
    expect(clean).not.toContain("### Fix-list");
  });

  it("stays under the size limit by cutting the tail with a note", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const full = renderMarkdown(report);
    const cut = renderMarkdown(report, { limitBytes: 4000 });
    expect(Buffer.byteLength(cut)).toBeLessThan(4000);
    expect(cut).toMatch(/_…truncated: \d+ more lines did not fit GitHub's summary limit; the JSON report has everything\._\n$/);
    expect(full).not.toContain("truncated");
    expect(full).toContain("1. 🔴 **AIGIS-MC-001** Intended use documented (critical, 1 place)");
    // A cut inside the collapsed artifact list closes it, so the note stays visible.
    const inDetails = renderMarkdown(report, { limitBytes: full.indexOf("| `data/web-faq") + 250 });
    expect(inDetails).toMatch(/\n<\/details>\n\n_…truncated: \d+ more lines did not fit GitHub's summary limit; the JSON report has everything\._\n$/);
  });

  it("text report ends with the verdict", async () => {
    const { report } = await run({ root: path.join(fixtures, "passing"), policyDir, version: "t" });
    expect(renderText(report).trimEnd().split("\n").at(-1)).toBe("Result: passed: no finding at or above critical.");
  });
});

describe("pull-request comment", () => {
  it("starts with the marker, links the run, and stays under GitHub's 64 KB limit", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const marker = commentMarker(".");
    const body = renderComment(report, { marker, runUrl: "https://github.com/acme/models/actions/runs/1" });
    // fixtures/gaps has three critical gaps: no intended use, an unknown licence, a hosted service with no provider.
    const blocking = report.findings
      .filter((f) => f.severity === "critical")
      .map((f) => f.rule)
      .sort();
    expect(blocking).toEqual(["AIGIS-MC-001", "AIGIS-MC-005", "AIGIS-SC-002"]);
    expect(body.startsWith("<!-- aigis:pr-comment scope=. -->\n## aigis: ❌ failed: 3 findings at or above critical\n")).toBe(true);
    expect(
      body.endsWith(
        "\n<sub>aigis t updates this comment on every run; [the job summary](https://github.com/acme/models/actions/runs/1) has the full report.</sub>\n",
      ),
    ).toBe(true);
    // A report far bigger than a comment: many rules, long texts.
    const item = report.fix_list[0]!;
    const huge: Report = { ...report, fix_list: Array.from({ length: 400 }, (_, i) => ({ ...item, rule: `AIGIS-X-${i}`, remediation: "r".repeat(500) })) };
    const cut = renderComment(huge, { marker, runUrl: "https://github.com/acme/models/actions/runs/1" });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES);
    expect(cut.length).toBeLessThan(65_536);
    expect(cut).toMatch(
      /_…truncated: \d+ more lines did not fit a pull-request comment; \[the job summary\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/1\) has everything\._\n\n<sub>/,
    );
  });

  it("marker: one per scanned directory, and no input can close the HTML comment", () => {
    expect(commentMarker("")).toBe("<!-- aigis:pr-comment scope=. -->");
    expect(commentMarker("ml/models")).toBe("<!-- aigis:pr-comment scope=ml%2Fmodels -->");
    expect(commentMarker("x --> <b>")).toBe("<!-- aigis:pr-comment scope=x%20--%3E%20%3Cb%3E -->");
  });
});

it("VERSION matches package.json", () => {
  expect(VERSION).toBe(JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")).version);
});

describe("JSON report", () => {
  it("is JSON.stringify with two-space indentation, written piece by piece", async () => {
    for (const name of ["gaps", "passing", "malformed"]) {
      const { report } = await run({ root: path.join(fixtures, name), policyDir, version: VERSION });
      const pieces = [...renderJsonPieces(report)];
      expect(pieces.length).toBeGreaterThan(report.findings.length);
      expect(pieces.join("")).toBe(`${JSON.stringify(report, null, 2)}\n`);
      expect(renderJson(report)).toBe(pieces.join(""));
    }
  });

  it("keeps JSON.stringify's rules for empty arrays, undefined, nested values and line breaks in text", () => {
    const odd = { a: [], b: undefined, c: [undefined, { x: [1, [2, {}]], y: "line\nbreak" }, []], d: { e: [] }, f: null, g: "é\u2028" } as unknown as Report;
    expect(renderJson(odd)).toBe(`${JSON.stringify(odd, null, 2)}\n`);
    expect(renderJson({} as Report)).toBe("{}\n");
  });
});
