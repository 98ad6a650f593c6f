import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../src/model/types.js";
import { run } from "../src/run.js";
import { annotations } from "../src/sinks/annotations.js";
import { md, renderMarkdown } from "../src/sinks/markdown.js";
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

describe("markdown summary", () => {
  it("escapes artifact text", () => {
    expect(md("<img src=x> | @team\nnext")).toBe("&lt;img src=x&gt; \\| @\u200bteam next");
  });

  it("stays under the size limit by cutting the tail with a note", async () => {
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
    const full = renderMarkdown(report);
    const cut = renderMarkdown(report, 4000);
    expect(Buffer.byteLength(cut)).toBeLessThan(4000);
    expect(cut).toMatch(/_…truncated: \d+ more lines did not fit GitHub's summary limit; the JSON report has everything\._\n$/);
    expect(full).not.toContain("truncated");
    expect(full).toContain("1. 🔴 **AIGIS-MC-001** Intended use documented (critical, 1 place)");
  });

  it("text report ends with the verdict", async () => {
    const { report } = await run({ root: path.join(fixtures, "passing"), policyDir, version: "t" });
    expect(renderText(report).trimEnd().split("\n").at(-1)).toBe("Result: passed: no finding at or above critical.");
  });
});

it("VERSION matches package.json", () => {
  expect(VERSION).toBe(JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")).version);
});
