import { describe, expect, it } from "vitest";
import type { Finding, RuleMeta, Severity } from "../src/model/types.js";
import { ControlIndex, type Catalog } from "../src/report/catalog.js";
import { buildFixList } from "../src/report/fix-list.js";
import { locate, packedLocator, packSourceMap } from "../src/report/locate.js";
import { computeReadiness } from "../src/report/readiness.js";

const control = (key: string, scored = true, evidence: "yes" | "partly" | "no" = "yes") => ({
  id: key.split(":").slice(1).join(":"),
  key,
  title: `title of ${key}`,
  summary: "a summary of the control",
  url: `https://example.org/${key}`,
  kind: "annex-a-control",
  group: null,
  scored,
  evidence,
  audit_note: evidence === "no" ? "needs people records" : undefined,
});

const catalog: Catalog = {
  version: 1,
  frameworks: [
    {
      id: "iso42001",
      prefix: "iso42001",
      name: "ISO",
      short_name: "ISO/IEC 42001",
      edition: "2023",
      url: "https://x",
      readiness_scope: "",
      controls: [control("iso42001:A.1"), control("iso42001:A.2"), control("iso42001:A.3"), control("iso42001:A.4"), control("iso42001:A.5", false, "no")],
    },
  ],
  crosswalks: [],
};
const index = new ControlIndex(catalog);

const rule = (id: string, severity: Severity, controls: string[], effort: RuleMeta["effort"], applies_to = ["model_card"]): RuleMeta => ({
  id,
  package: id,
  title: id,
  description: "d",
  severity,
  controls,
  remediation: "fix",
  related_resources: [],
  applies_to,
  effort,
});
const finding = (r: RuleMeta, path: string, severity = r.severity): Finding => ({
  rule: r.id,
  severity,
  title: r.title,
  message: `${r.id} at ${path}`,
  artifact: path,
  path,
  line: 3,
  column: 1,
  pointer: "/field",
  controls: r.controls,
  remediation: "fix",
  fingerprint: `${r.id}${path}`,
});

describe("fix-list", () => {
  it("orders by severity, then controls closed, then effort, then places", () => {
    const a = rule("A", "high", ["iso42001:A.1"], "small");
    const b = rule("B", "high", ["iso42001:A.1", "iso42001:A.2"], "large");
    const c = rule("C", "high", ["iso42001:A.3"], "medium");
    const d = rule("D", "critical", ["iso42001:A.4"], "large");
    const e = rule("E", "high", ["iso42001:A.2"], "small");
    const items = buildFixList(index, [a, b, c, d, e], [finding(a, "x"), finding(b, "x"), finding(c, "x"), finding(d, "x"), finding(e, "x"), finding(e, "y")]);
    expect(items.map((i) => i.rule)).toEqual(["D", "B", "A", "E", "C"]);
    expect(items[0]!.controls).toEqual([{ key: "iso42001:A.4", title: "title of iso42001:A.4", url: "https://example.org/iso42001:A.4" }]);
    expect(items[3]!.locations).toEqual([
      { path: "x", line: 3, field: "/field", message: "E at x" },
      { path: "y", line: 3, field: "/field", message: "E at y" },
    ]);
  });
});

describe("readiness", () => {
  const ev = (r: RuleMeta, path: string) => ({ rule: r.id, artifact: path, path, pointer: "/field", line: 7, note: `${r.id} found it` });

  it("is met only through evidence: a rule that stays silent on an artifact does not meet its controls", () => {
    const withCards = rule("R1", "high", ["iso42001:A.1", "iso42001:A.2"], "small", ["model_card"]);
    const withData = rule("R2", "high", ["iso42001:A.3"], "small", ["dataset"]);
    const silent = rule("R3", "high", ["iso42001:A.4"], "small", ["model_card"]);
    const gap = { ...finding(withCards, "m.md"), controls: ["iso42001:A.2"] };
    const r = computeReadiness(index, {
      rules: [withCards, withData, silent],
      findings: [gap],
      evidence: [ev(withCards, "m.md")],
      kindsPresent: new Set(["model_card"]),
    });
    const iso = r.frameworks.find((f) => f.id === "iso42001")!;
    expect(iso.controls.map((c) => [c.key, c.status])).toEqual([
      ["iso42001:A.1", "met"],
      ["iso42001:A.2", "gap"],
      ["iso42001:A.3", "not-applicable"],
      ["iso42001:A.4", "no-evidence"],
    ]);
    // Each status names what it rests on.
    expect(iso.controls[0]!.evidence).toEqual([{ rule: "R1", path: "m.md", line: 7, pointer: "/field", note: "R1 found it" }]);
    expect(iso.controls[1]!.findings).toEqual([{ rule: "R1", path: "m.md", line: 3, fingerprint: "R1m.md" }]);
    // met / (met + gaps + no evidence); not-applicable and audit-only controls are not scored.
    expect([iso.assessed, iso.met, iso.gaps, iso.no_evidence, iso.not_applicable, iso.score]).toEqual([3, 1, 1, 1, 1, 33.3]);
    expect(iso.out_of_scope).toEqual([{ key: "iso42001:A.5", why: "needs people records" }]);
    expect(r.overall).toBe(33.3);
    expect(r.statement).toMatch(/not a certification/);
  });

  it("calls for governance controls as soon as the repository uses AI", () => {
    const gov = rule("G", "high", ["iso42001:A.1"], "small", ["governance"]);
    const none = computeReadiness(index, { rules: [gov], findings: [], evidence: [], kindsPresent: new Set() });
    expect(none.frameworks[0]!.controls[0]!.status).toBe("not-applicable");
    expect(none.overall).toBeNull();
    const agents = computeReadiness(index, { rules: [gov], findings: [], evidence: [], kindsPresent: new Set(["agent_config"]) });
    expect(agents.frameworks[0]!.controls[0]!.status).toBe("no-evidence");
    expect(agents.overall).toBe(0);
  });

  it("leaves the agentic controls not applicable without agent configurations, whatever cites them", () => {
    const agentic: Catalog = {
      ...catalog,
      frameworks: [{ ...catalog.frameworks[0]!, id: "owasp-agentic", prefix: "owasp-agentic", controls: [control("owasp-agentic:ASI09")] }],
    };
    const oversight = rule("G", "high", ["owasp-agentic:ASI09"], "small", ["governance"]);
    const evidence = [ev(oversight, "ai-systems.yaml")];
    const cardOnly = computeReadiness(new ControlIndex(agentic), {
      rules: [oversight],
      findings: [],
      evidence,
      kindsPresent: new Set(["model_card", "governance"]),
    });
    expect(cardOnly.frameworks[0]!.controls[0]!.status).toBe("not-applicable");
    expect(cardOnly.frameworks[0]!.score).toBeNull();
    const withAgents = computeReadiness(new ControlIndex(agentic), {
      rules: [oversight],
      findings: [],
      evidence,
      kindsPresent: new Set(["agent_config", "governance"]),
    });
    expect(withAgents.frameworks[0]!.controls[0]!.status).toBe("met");
  });

  const owasp: Catalog = {
    version: 1,
    frameworks: [
      {
        id: "owasp-llm-2025",
        prefix: "owasp-llm",
        name: "L",
        short_name: "OWASP LLM Top 10",
        edition: "2025",
        url: "https://x",
        readiness_scope: "",
        controls: [control("owasp-llm:LLM01:2025"), control("owasp-llm:LLM02:2025")],
      },
      {
        id: "owasp-llm-2026",
        prefix: "owasp-llm",
        name: "L",
        short_name: "OWASP LLM Top 10",
        edition: "2026",
        url: "https://x",
        readiness_scope: "",
        controls: [control("owasp-llm:LLM01:2026"), control("owasp-llm:LLM02:2026")],
      },
      {
        id: "eu-ai-act",
        prefix: "eu-ai-act",
        name: "EU",
        short_name: "EU AI Act",
        edition: "2024",
        url: "https://x",
        readiness_scope: "",
        controls: [control("eu-ai-act:Annex IV(2)"), control("eu-ai-act:Annex IV(2)(a)", false)],
      },
    ],
    crosswalks: [
      {
        id: "owasp-llm-2025->owasp-llm-2026",
        from: "owasp-llm-2025",
        to: "owasp-llm-2026",
        authority: "editorial",
        pairs: [
          ["owasp-llm:LLM01:2025", "owasp-llm:LLM01:2026"],
          ["owasp-llm:LLM02:2025", "owasp-llm:LLM02:2026"],
        ],
      },
    ],
  };

  it("labels the 2026 row as derived from 2025 citations and counts the list once in the overall score", () => {
    const r1 = rule("R1", "high", ["owasp-llm:LLM01:2025", "owasp-llm:LLM02:2025"], "small");
    const r = computeReadiness(new ControlIndex(owasp), { rules: [r1], findings: [], evidence: [ev(r1, "m.md")], kindsPresent: new Set(["model_card"]) });
    const [y2025, y2026] = r.frameworks;
    expect(y2026!.name).toBe("OWASP LLM Top 10 2026 (derived from 2025 citations)");
    expect(y2026!.derived_from).toBe("owasp-llm-2025");
    expect([y2025!.in_overall, y2026!.in_overall]).toEqual([true, false]);
    expect(y2026!.score).toBe(100);
    // 2025 at 100 and the EU row, whose point (2) is reached through its cited sub-point, at 0.
    expect(r.frameworks.find((f) => f.id === "eu-ai-act")!.unchecked).toEqual(["eu-ai-act:Annex IV(2)"]);
    expect(r.overall).toBe(100);
    const sub = rule("S", "high", ["eu-ai-act:Annex IV(2)(a)"], "small");
    const withSub = computeReadiness(new ControlIndex(owasp), {
      rules: [r1, sub],
      findings: [],
      evidence: [ev(r1, "m.md")],
      kindsPresent: new Set(["model_card"]),
    });
    const eu = withSub.frameworks.find((f) => f.id === "eu-ai-act")!;
    expect([eu.unchecked, eu.controls.map((c) => c.status)]).toEqual([[], ["no-evidence"]]);
    expect(withSub.overall).toBe(50);
  });
});

describe("packed source maps", () => {
  it("give back every position, and locate falls back to the nearest enclosing node", () => {
    const map = {
      "": { line: 1, column: 1 },
      "/components/0": { line: 4, column: 5 },
      "/components/0/na~1me": { line: 5, column: 7 },
      "/ü": { line: 9, column: 2 },
    };
    const packed = packSourceMap(map);
    expect(packed).toBeInstanceOf(Uint8Array);
    const located = packedLocator(packed);
    for (const [pointer, pos] of Object.entries(map)) expect(located(pointer)).toEqual(pos);
    expect(located("/components/0/hashes/1")).toEqual({ line: 4, column: 5 });
    expect(located("/components/0/hashes/1")).toEqual(locate(map, "/components/0/hashes/1"));
    expect(located("/elsewhere")).toEqual({ line: 1, column: 1 });
    expect(packedLocator(packSourceMap({}))("/x")).toEqual({ line: 1, column: 1 });
  });
});
