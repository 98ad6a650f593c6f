// Waivers: from .aigis.yml and inside artifacts (front matter, CycloneDX properties), applied after
// evaluation. A waived finding never fails the check and stays visible as suppressed in every output;
// an expired waiver stops applying and says since when; a badly written waiver stops the run (exit 2).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { ConfigError } from "../src/config/config.js";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { renderMarkdown } from "../src/sinks/markdown.js";
import { renderSarif, toSarif } from "../src/sinks/sarif.js";
import { renderText } from "../src/sinks/text.js";
import { fixtures, lineOf, policyDir, tempDir, writeTree } from "./helpers.js";

const root = path.join(fixtures, "waivers");
const scan = (dir: string, extra: Partial<Parameters<typeof run>[0]> = {}) => run({ root: dir, policyDir, version: "t", ...extra });
const config = fs.readFileSync(path.join(root, ".aigis.yml"), "utf8");

/** A copy of fixtures/waivers with some files replaced. */
function variant(files: Record<string, string>): string {
  const dir = tempDir();
  fs.cpSync(root, dir, { recursive: true });
  return writeTree(dir, files);
}

async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

const rows = (r: Report) => ({
  active: r.findings.map((f) => [f.rule, f.path, f.line]),
  suppressed: r.suppressed.map((f) => [f.rule, f.path, f.line, f.suppression?.kind, f.suppression?.source]),
});

describe("waivers", () => {
  it("suppresses what the file's and the artifacts' waivers cover, and only that", async () => {
    const { report } = await scan(root);
    const bom = path.join(root, "ai-bom.cdx.json");
    const card = path.join(root, "models/chat/README.md");
    expect(rows(report).suppressed).toEqual([
      [
        "AIGIS-SC-002",
        "ai-bom.cdx.json",
        lineOf(bom, '"provider": {}'),
        "external",
        `.aigis.yml:${lineOf(path.join(root, ".aigis.yml"), "rule: AIGIS-SC-002")}`,
      ],
      ["AIGIS-SC-004", "ai-bom.cdx.json", lineOf(bom, '"bom-ref": "model-chat"') - 1, "inSource", `ai-bom.cdx.json:${lineOf(bom, "aigis:waive")}`],
      ["AIGIS-MC-014", "models/chat/README.md", 1, "inSource", `models/chat/README.md:${lineOf(card, "rule: AIGIS-MC-014")}`],
    ]);
    expect(report.suppressed[0]!.suppression).toEqual({
      kind: "external",
      reason: "the gateway is run by the platform team; its provider entry lands with the next BOM release",
      owner: "ml-platform",
      expires: "2027-01-31",
      source: ".aigis.yml:6",
    });
    expect(report.suppressed[1]!.suppression).toMatchObject({
      owner: "ml-platform",
      expires: "2027-02-28",
      reason: "weights are pulled by digest from the internal registry",
    });
    expect(report.summary).toMatchObject({ findings: 7, suppressed: 3, blocking: 6 });
    expect(report.findings.some((f) => ["AIGIS-SC-002", "AIGIS-SC-004", "AIGIS-MC-014"].includes(f.rule))).toBe(false);
    // Suppressed findings do not reach the fix-list, but a waiver does not evidence a control.
    expect(report.fix_list.some((i) => i.rule === "AIGIS-SC-002")).toBe(false);
    const iso = report.readiness.frameworks.find((f) => f.id === "iso42001")!;
    expect(iso.controls.find((c) => c.key === "iso42001:A.10.2")!.status).toBe("gap");
  });

  it("an expired waiver stops applying, and the finding says on which date it expired", async () => {
    const { report } = await scan(root);
    const f = report.findings.find((x) => x.rule === "AIGIS-SC-006")!;
    expect(f.message).toBe(
      "AI service 'hosted chat completions' is reached over plaintext http://llm-gateway.internal.example.com/v1/chat/completions. " +
        "The waiver for this finding expired on 2026-10-31 (.aigis.yml:11, owner ml-platform).",
    );
    expect(f.expired_waiver).toMatchObject({ expires: "2026-10-31", source: ".aigis.yml:11" });
    // The waiver applies through its last day.
    const lastDay = (await scan(variant({ ".aigis.yml": config.replace('today: "2026-11-28"', 'today: "2026-10-31"') }))).report;
    expect(lastDay.suppressed.map((x) => x.rule)).toContain("AIGIS-SC-006");
  });

  it("waived findings never fail the check", async () => {
    expect((await scan(root, { failOn: "critical" })).report.passed).toBe(true);
    expect((await scan(variant({ ".aigis.yml": config.replace(/waivers:[\s\S]*/, "") }), { failOn: "critical" })).report.passed).toBe(false);
    const out: string[] = [];
    const io = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => out.push(s) } } as unknown as Parameters<typeof main>[1];
    expect(await main(["check", root, "--fail-on", "critical"], io)).toBe(0);
  });

  it("stays visible in every output: text, JSON, summary and SARIF suppressions", async () => {
    const { report } = await scan(root);
    const text = renderText(report);
    expect(text).toContain("Suppressed by waivers (3; they do not fail the check):");
    expect(text).toContain(
      "    waived until 2027-01-31 by ml-platform (.aigis.yml:6): the gateway is run by the platform team; its provider entry lands with the next BOM release",
    );
    const json = JSON.parse(renderJson(report)) as Report;
    expect(json.summary.suppressed).toBe(3);
    expect(json.suppressed.map((f) => f.rule)).toEqual(["AIGIS-SC-002", "AIGIS-SC-004", "AIGIS-MC-014"]);
    expect(renderMarkdown(report)).toContain("<details><summary>Suppressed findings (3)</summary>");
    const results = toSarif(report).runs[0]!.results as { ruleId: string; suppressions?: { kind: string; status: string; justification: string }[] }[];
    expect(results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions![0]!.kind, r.suppressions![0]!.status])).toEqual([
      ["AIGIS-SC-002", "external", "accepted"],
      ["AIGIS-SC-004", "inSource", "accepted"],
      ["AIGIS-MC-014", "inSource", "accepted"],
    ]);
    expect(results.find((r) => r.ruleId === "AIGIS-SC-004" && r.suppressions)!.suppressions![0]!.justification).toBe(
      "weights are pulled by digest from the internal registry (owner: ml-platform; expires 2027-02-28; waiver at ai-bom.cdx.json:20)",
    );
    expect(results.filter((r) => !r.suppressions)).toHaveLength(report.findings.length);
  });

  it("SARIF with suppressions passes Microsoft's SARIF Multitool, SARIF and GitHub rules", async () => {
    const { report } = await scan(root, { version: "1.2.3" });
    const multitool: string = createRequire(import.meta.url)("@microsoft/sarif-multitool-linux");
    try {
      fs.accessSync(multitool, fs.constants.X_OK);
    } catch {
      fs.chmodSync(multitool, 0o755);
    }
    const dir = tempDir("aigis-multitool-");
    const file = path.join(dir, "aigis.sarif");
    fs.writeFileSync(file, renderSarif(report));
    const cfg = path.join(dir, "config.xml");
    fs.writeFileSync(
      cfg,
      `<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">\n    <Property Key="RuleEnabled" Value="Disabled" />\n  </Properties>\n</Properties>\n`,
    );
    for (const kind of ["Sarif", "Gh"]) {
      const out = path.join(dir, `${kind}.sarif`);
      const res = spawnSync(multitool, ["validate", file, "--rule-kind", kind, "--level", "Error;Warning", "--config", cfg, "--output", out], {
        encoding: "utf8",
        timeout: 240_000,
        env: {
          PATH: process.env["PATH"] ?? "",
          HOME: dir,
          DOTNET_CLI_TELEMETRY_OPTOUT: "1",
          HTTP_PROXY: "http://127.0.0.1:9",
          HTTPS_PROXY: "http://127.0.0.1:9",
        },
      });
      expect(res.stdout).toContain("Analysis completed successfully.");
      const log = JSON.parse(fs.readFileSync(out, "utf8")) as { runs: { results?: { ruleId: string; level?: string }[] }[] };
      expect((log.runs[0]!.results ?? []).filter((r) => r.level !== "note")).toEqual([]);
    }
  }, 300_000);

  it("inline-waivers: forbid ignores waivers written in artifacts, and the finding says so", async () => {
    const dir = variant({ ".aigis.yml": `${config}inline-waivers: forbid\n` });
    const { report } = await scan(dir);
    expect(report.suppressed.map((f) => f.rule)).toEqual(["AIGIS-SC-002"]);
    const sc004 = report.findings.find((f) => f.rule === "AIGIS-SC-004")!;
    expect(sc004.message).toBe(
      "Model component 'chat' carries no SHA-256 or stronger hash. The inline waiver at ai-bom.cdx.json:20 was ignored: " +
        "the configuration sets inline-waivers: forbid, so waivers belong in the configuration file.",
    );
    expect(sc004.ignored_waiver).toMatchObject({ kind: "inSource", source: "ai-bom.cdx.json:20" });
    // Forbidden inline waivers are not validated either: a broken one cannot stop the run.
    const broken = variant({
      ".aigis.yml": `${config}inline-waivers: forbid\n`,
      "models/chat/README.md": fs.readFileSync(path.join(root, "models/chat/README.md"), "utf8").replace(/ {6}reason: .*\n/, ""),
    });
    expect((await scan(broken)).report.findings.some((f) => f.rule === "AIGIS-MC-014")).toBe(true);
  });

  it("a component's waiver covers that component only; a BOM-level one the whole file", async () => {
    const bom = JSON.parse(fs.readFileSync(path.join(root, "ai-bom.cdx.json"), "utf8")) as Record<string, unknown> & {
      metadata: Record<string, unknown>;
      services: Record<string, unknown>[];
    };
    bom.services[0]!["properties"] = [
      { name: "aigis:waive", value: "AIGIS-SC-007 until 2027-01-01 by platform: flows are classified in the gateway's own BOM" },
    ];
    bom.metadata["properties"] = [
      { name: "aigis:waive", value: "AIGIS-SC-006 until 2027-01-01 by platform: the endpoint is an internal mirror" },
      { name: "aigis:waive", value: "AIGIS-GV-001 until 2027-01-01 by governance: the group AI policy is published on the intranet" },
    ];
    const { report } = await scan(variant({ "ai-bom.cdx.json": JSON.stringify(bom, null, 2) }));
    expect(report.suppressed.map((f) => f.rule)).toEqual(expect.arrayContaining(["AIGIS-SC-006", "AIGIS-SC-004"]));
    expect(report.findings.some((f) => f.rule === "AIGIS-SC-006")).toBe(false);
    // A missing AI policy is a gap of the repository, not of the BOM: a waiver inside the BOM does not cover it.
    expect(report.findings.some((f) => f.rule === "AIGIS-GV-001" && f.path === "")).toBe(true);
  });

  it("governance documents carry inline waivers in their aigis front matter", async () => {
    const dir = variant({
      "AI_POLICY.md":
        "---\naigis:\n  kind: ai-policy\n  owner: CTO\n  waivers:\n    - rule: AIGIS-GV-002\n      reason: the first approval is scheduled for the January board\n      owner: cto-office\n      expires: 2027-01-31\n---\n\n# AI policy\n\n## Scope\n\nEvery AI system we build or buy.\n",
    });
    const { report } = await scan(dir);
    const gv002 = report.suppressed.filter((f) => f.rule === "AIGIS-GV-002");
    expect(gv002.length).toBeGreaterThan(0);
    for (const f of gv002)
      expect([f.path, f.suppression?.source]).toEqual(["AI_POLICY.md", `AI_POLICY.md:${lineOf(path.join(dir, "AI_POLICY.md"), "rule: AIGIS-GV-002")}`]);
    expect(report.findings.some((f) => f.rule === "AIGIS-GV-002")).toBe(false);
  });
});

describe("badly written waivers stop the run (exit 2) with file, line and the fix", () => {
  const waiver = (fields: string) => `params:\n  today: "2026-11-28"\nwaivers:\n  - rule: AIGIS-SC-002\n    path: ai-bom.cdx.json\n${fields}`;
  const full = "    reason: accepted\n    owner: ml-platform\n    expires: 2027-01-31\n";

  it("in .aigis.yml: missing reason or expiry, bad date, beyond the horizon, unknown rule", async () => {
    const load = (yaml: string) => errorOf(scan(variant({ ".aigis.yml": yaml })));
    expect(await load(waiver("    owner: ml-platform\n    expires: 2027-01-31\n"))).toBe(
      '.aigis.yml:4: waivers[0] has no reason; every waiver needs rule, path, reason, owner and expires, e.g. {rule: AIGIS-MC-013, path: "models/legacy/**", reason: "…", owner: ml-platform, expires: 2027-01-31}',
    );
    expect(await load(waiver("    reason: accepted\n    owner: ml-platform\n"))).toMatch(/^\.aigis\.yml:4: waivers\[0\] has no expires; every waiver needs/);
    expect(await load(waiver("    reason: accepted\n    owner: ml-platform\n    expires: 2027-02-30\n"))).toBe(
      '.aigis.yml:8: waivers[0].expires is not a valid date: got "2027-02-30"; write a calendar date as YYYY-MM-DD, e.g. 2027-01-31',
    );
    expect(await load(waiver("    reason: accepted\n    owner: ml-platform\n    expires: 2028-01-31\n"))).toBe(
      ".aigis.yml:8: waivers[0].expires 2028-01-31 is 429 days after today (2026-11-28), beyond waiver-max-days (365); pick an earlier date and renew the waiver when it comes up for review, or raise waiver-max-days",
    );
    const longer = `waiver-max-days: 500\n${waiver("    reason: accepted\n    owner: ml-platform\n    expires: 2028-01-31\n")}`;
    expect((await scan(variant({ ".aigis.yml": longer }))).report.suppressed.map((f) => f.rule)).toContain("AIGIS-SC-002");
    expect(await load(waiver(`${full}    scope: all\n`))).toBe('.aigis.yml:9: unknown key "waivers[0].scope" (allowed: rule, path, reason, owner, expires)');
    expect(await load(waiver(full).replace("AIGIS-SC-002", "AIGIS-SC-099"))).toMatch(/^\.aigis\.yml:4: waivers\[0\]\.rule AIGIS-SC-099 is not a known rule/);
    expect(await load(waiver(full.replace("accepted", '"  "')))).toBe(
      '.aigis.yml:6: waivers[0].reason is empty: got "  "; write it out: an empty value is not accepted',
    );
  });

  it("inside artifacts: the same rules, reported at the artifact's line", async () => {
    const card = fs.readFileSync(path.join(root, "models/chat/README.md"), "utf8");
    const at = (dir: string, needle: string) => lineOf(path.join(dir, "models/chat/README.md"), needle);
    const noReason = variant({ "models/chat/README.md": card.replace(/ {6}reason: .*\n/, "") });
    expect(await errorOf(scan(noReason))).toBe(
      `models/chat/README.md:${at(noReason, "rule: AIGIS-MC-014")}: inline waiver: waiver for AIGIS-MC-014 has no reason: say why the gap is accepted for now`,
    );
    const far = variant({ "models/chat/README.md": card.replace("expires: 2027-03-31", "expires: 2031-03-31") });
    expect(await errorOf(scan(far))).toMatch(
      /^models\/chat\/README\.md:\d+: inline waiver: waiver for AIGIS-MC-014 expires 2031-03-31, 1584 days after today \(2026-11-28\), beyond waiver-max-days \(365\): pick an earlier date$/,
    );
    const withPath = variant({ "models/chat/README.md": card.replace("      owner: ml-platform", "      owner: ml-platform\n      path: models/**") });
    expect(await errorOf(scan(withPath))).toMatch(/inline waiver: an inline waiver covers the file it is written in, so it takes no path/);
    const bom = fs.readFileSync(path.join(root, "ai-bom.cdx.json"), "utf8");
    const badValue = variant({ "ai-bom.cdx.json": bom.replace("AIGIS-SC-004 until 2027-02-28 by ml-platform: ", "AIGIS-SC-004 for a while: ") });
    expect(await errorOf(scan(badValue))).toBe(
      `ai-bom.cdx.json:${lineOf(path.join(root, "ai-bom.cdx.json"), "aigis:waive")}: inline waiver: an aigis:waive value reads "<RULE-ID> until <YYYY-MM-DD> by <owner>: <reason>", e.g. "AIGIS-SC-004 until 2027-01-31 by ml-platform: weights are pulled by digest"; got "AIGIS-SC-004 for a while: weights are pulled by digest from the internal registry"`,
    );
    const unknownRule = variant({ "ai-bom.cdx.json": bom.replace("AIGIS-SC-004 until", "AIGIS-SC-404 until") });
    expect(await errorOf(scan(unknownRule))).toMatch(/^ai-bom\.cdx\.json:20: inline waiver: AIGIS-SC-404 is not a known rule/);
  });

  it("the CLI exits 2 with the message on standard error", async () => {
    const dir = variant({ ".aigis.yml": waiver("    owner: ml-platform\n") });
    const err: string[] = [];
    const io = { out: { write: () => true }, err: { write: (s: string) => err.push(s) } } as unknown as Parameters<typeof main>[1];
    expect(await main(["check", dir], io)).toBe(2);
    expect(err.join("")).toBe(
      'aigis: .aigis.yml:4: waivers[0] has no reason or expires; every waiver needs rule, path, reason, owner and expires, e.g. {rule: AIGIS-MC-013, path: "models/legacy/**", reason: "…", owner: ml-platform, expires: 2027-01-31}\n',
    );
  });
});
