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
      id: "iso42001", prefix: "iso42001", name: "ISO", short_name: "ISO/IEC 42001", edition: "2023", url: "https://x", readiness_scope: "",
      controls: [control("iso42001:A.1"), control("iso42001:A.2"), control("iso42001:A.3"), control("iso42001:A.4"), control("iso42001:A.5", false, "no")],
    },
  ],
  crosswalks: [],
};
const index = new ControlIndex(catalog);

const rule = (id: string, severity: Severity, controls: string[], effort: RuleMeta["effort"], applies_to = ["model_card"]): RuleMeta => ({
  id, package: id, title: id, description: "d", severity, controls, remediation: "fix", related_resources: [], applies_to, effort,
});
const finding = (r: RuleMeta, path: string, severity = r.severity): Finding => ({
  rule: r.id, severity, title: r.title, message: `${r.id} at ${path}`, artifact: path, path, line: 3, column: 1, pointer: "/field", controls: r.controls, remediation: "fix", fingerprint: `${r.id}${path}`,
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
  it("scores met / checked controls, separates gaps from missing evidence, lists audit-only controls", () => {
    const withCards = rule("R1", "high", ["iso42001:A.1", "iso42001:A.2"], "small", ["model_card"]);
    const withData = rule("R2", "high", ["iso42001:A.3"], "small", ["dataset"]);
    const r = computeReadiness(index, [withCards, withData], [finding(withCards, "m.md")].map((f) => ({ ...f, controls: ["iso42001:A.2"] })), new Set(["model_card"]));
    const iso = r.frameworks.find((f) => f.id === "iso42001")!;
    expect(iso.controls).toEqual([
      { key: "iso42001:A.1", title: "title of iso42001:A.1", status: "met" },
      { key: "iso42001:A.2", title: "title of iso42001:A.2", status: "gap" },
      { key: "iso42001:A.3", title: "title of iso42001:A.3", status: "no-evidence" },
    ]);
    expect([iso.assessed, iso.met, iso.gaps, iso.no_evidence, iso.score]).toEqual([3, 1, 1, 1, 33.3]);
    expect(iso.unchecked).toEqual(["iso42001:A.4"]);
    expect(iso.out_of_scope).toEqual([{ key: "iso42001:A.5", why: "needs people records" }]);
    expect(r.overall).toBe(33.3);
    expect(r.statement).toMatch(/not a certification/);
  });
});

describe("packed source maps", () => {
  it("give back every position, and locate falls back to the nearest enclosing node", () => {
    const map = { "": { line: 1, column: 1 }, "/components/0": { line: 4, column: 5 }, "/components/0/na~1me": { line: 5, column: 7 }, "/ü": { line: 9, column: 2 } };
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
