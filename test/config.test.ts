import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { ConfigError, findConfig, loadConfig } from "../src/config/config.js";
import { FORMATS } from "../src/readers/read.js";
import { run } from "../src/run.js";
import { fixtures, policyDir, repoRoot, tempDir, writeTree } from "./helpers.js";

function configError(yaml: string): ConfigError {
  const dir = writeTree(tempDir(), { ".aigis.yml": yaml });
  try {
    loadConfig(dir, findConfig(dir, null));
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe(".aigis.yml", () => {
  it("reads a valid file", () => {
    const dir = writeTree(tempDir(), { ".aigis.yaml": "fail-on: high\nexclude: [vendor/**]\norganization:\n  names: [Acme]\nparams:\n  min_words: 5\n" });
    const cfg = loadConfig(dir, findConfig(dir, null));
    expect(cfg).toMatchObject({ source: ".aigis.yaml", failOn: "high", exclude: ["vendor/**"], organizationNames: ["Acme"], params: { min_words: 5 } });
  });

  it("names file, line and the likely fix for an unknown key", () => {
    const e = configError("fail-on: high\nfial-on: low\n");
    expect(e.message).toBe('.aigis.yml:2: unknown key "fial-on" (did you mean "fail-on"?)');
  });

  it("rejects a bad fail-on value with the allowed values", () => {
    expect(configError("fail-on: severe\n").message).toBe('.aigis.yml:1: fail-on must be one of critical, high, medium, low, none; got "severe"');
  });

  it("rejects YAML errors with their line", () => {
    expect(configError("include:\n  - a\n - b\n").message).toMatch(/^\.aigis\.yml:3: invalid YAML/);
  });

  it("rejects bad rule settings", () => {
    expect(configError("rules:\n  MC-001: off\n").message).toMatch(/^\.aigis\.yml:2: "MC-001" is not a rule id/);
    expect(configError("rules:\n  AIGIS-MC-001:\n    severity: blocker\n").message).toMatch(/^\.aigis\.yml:3: rules\.AIGIS-MC-001\.severity must be/);
  });

  it("rejects unknown rules and parameters against the loaded policy", async () => {
    const dir = writeTree(tempDir(), { ".aigis.yml": "rules:\n  AIGIS-ZZ-999: off\n" });
    await expect(run({ root: dir, policyDir, version: "t" })).rejects.toThrow(/AIGIS-ZZ-999 is not a known rule/);
    const dir2 = writeTree(tempDir(), { ".aigis.yml": "params:\n  min_wrds: 3\n" });
    await expect(run({ root: dir2, policyDir, version: "t" })).rejects.toThrow(/unknown parameter "min_wrds"/);
  });

  it("an explicit --config that does not exist is an error", () => {
    expect(() => findConfig(tempDir(), "nope.yml")).toThrow(/nope\.yml does not exist/);
  });

  it("ignores a missing default file", () => {
    const dir = tempDir();
    expect(findConfig(dir, null)).toBeNull();
    expect(loadConfig(dir, null).failOn).toBe("critical");
    expect(path.isAbsolute(dir)).toBe(true);
  });
});

describe(".aigis.yml: one contract with the published JSON Schema", () => {
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema", "aigis-config.schema.json"), "utf8")) as {
    $schema: string;
    properties: Record<string, { properties?: Record<string, unknown>; items?: { properties?: Record<string, { enum?: string[] }> } }>;
  };

  it("is a draft-07 schema whose documented parameters and formats exist", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    const defaults = (JSON.parse(fs.readFileSync(path.join(policyDir, "data.json"), "utf8")) as { aigis: { defaults: Record<string, unknown> } }).aigis
      .defaults;
    for (const name of Object.keys(schema.properties["params"]!.properties!)) expect(Object.keys(defaults), name).toContain(name);
    for (const f of schema.properties["force"]!.items!.properties!["format"]!.enum!) expect(FORMATS as readonly string[], f).toContain(f);
  });

  it("accepts every key of the example in docs/configuration.md", () => {
    const doc = fs.readFileSync(path.join(repoRoot, "docs", "configuration.md"), "utf8");
    const example = /```yaml\n(# yaml-language-server[^\n]*\nfail-on[\s\S]*?)```/.exec(doc)![1]!;
    const dir = writeTree(tempDir(), { ".aigis.yml": example });
    const cfg = loadConfig(dir, findConfig(dir, null));
    expect(cfg.waivers.length).toBeGreaterThan(0);
    expect(cfg.force.length).toBeGreaterThan(0);
  });

  it("reports every problem at once, in file order, each with its line and fix", () => {
    const e = configError("include: models/**\nrules:\n  AIGIS-MC-001: {sevrity: low}\nparams:\n  today: 2026-13-01\nframeworks: [iso]\n");
    expect(e.message).toBe(
      [
        '.aigis.yml:1: include must be a list; got "models/**"; write a list of globs, e.g. ["models/**", "vendor/"]',
        '.aigis.yml:3: unknown key "rules.AIGIS-MC-001.sevrity" (did you mean "severity"?)',
        '.aigis.yml:5: params.today is not a valid date: got "2026-13-01"; write a date as YYYY-MM-DD (it pins the date ages are measured against)',
        '.aigis.yml:6: frameworks[0] must be one of iso42001, nist-ai-rmf, owasp-llm, owasp-agentic, eu-ai-act; got "iso"',
      ].join("\n"),
    );
    expect(e.line).toBe(1);
  });

  it("names the fix for each kind of mistake", () => {
    expect(configError("rules:\n  AIGIS-MC-001: on\n").message).toBe(
      '.aigis.yml:2: rules.AIGIS-MC-001 must be one of off, false; got "on"; write off, or a mapping such as {severity: low} or {enabled: false}',
    );
    expect(configError("custom-policies: {dir: a, bundle: b.tar.gz}\n").message).toBe(
      ".aigis.yml:1: custom-policies takes exactly one setting; got dir, bundle; write either {dir: <directory of .rego files>} or {bundle: <file.tar.gz>}",
    );
    expect(configError("force:\n  - path: docs/*.md\n    format: markdown\n").message).toMatch(
      /^\.aigis\.yml:3: force\[0\]\.format must be one of croissant, cyclonedx, dps, governance, hf-dataset-card, /,
    );
    expect(configError("waiver-max-days: 0\n").message).toBe(".aigis.yml:1: waiver-max-days must be >= 1; got 0; write a whole number of days, e.g. 365");
    expect(configError("inline-waivers: never\n").message).toBe('.aigis.yml:1: inline-waivers must be one of allow, forbid; got "never"');
    expect(configError("- fail-on: high\n").message).toBe(
      '.aigis.yml:1: the configuration must be a mapping; got [{"fail-on":"high"}]; the configuration must be a mapping of settings, for example `fail-on: high`',
    );
  });

  it("rule and parameter names are checked against the loaded policy, at their line, with a suggestion", async () => {
    const dir = writeTree(tempDir(), { ".aigis.yml": "fail-on: high\nparams:\n  min_word: 3\n" });
    await expect(run({ root: dir, policyDir, version: "t" })).rejects.toThrow(
      '.aigis.yml:3: params.min_word: unknown parameter "min_word" (did you mean "min_words"?)',
    );
    const dir2 = writeTree(tempDir(), { ".aigis.yml": "rules:\n  AIGIS-MC-001: off\n  AIGIS-ZZ-999: off\n" });
    await expect(run({ root: dir2, policyDir, version: "t" })).rejects.toThrow(
      ".aigis.yml:3: rules.AIGIS-ZZ-999 is not a known rule (`aigis rules` lists them)",
    );
  });

  it("frameworks and owasp-llm-edition choose the readiness that is reported", async () => {
    const dir = writeTree(tempDir(), { ".aigis.yml": "frameworks: [iso42001, owasp-llm]\nowasp-llm-edition: 2026\n" });
    fs.cpSync(path.join(fixtures, "gaps", "models"), path.join(dir, "models"), { recursive: true });
    const { report } = await run({ root: dir, policyDir, version: "t" });
    expect(report.readiness.frameworks.map((f) => f.id)).toEqual(["iso42001", "owasp-llm-2026"]);
    const scores = report.readiness.frameworks.map((f) => f.score!);
    expect(report.readiness.overall).toBe(Math.round(((scores[0]! + scores[1]!) / 2) * 10) / 10);
    // Findings keep citing every control.
    expect(report.findings.some((f) => f.controls.some((c) => c.startsWith("nist-ai-rmf:")))).toBe(true);
  });

  it("force reads matching files with the named reader", async () => {
    const card = fs
      .readFileSync(path.join(fixtures, "gaps", "models", "chat-assistant", "README.md"), "utf8")
      .replace("# Model Card for chat-assistant", "# Chat assistant");
    const dir = writeTree(tempDir(), { "docs/assistant.md": card });
    expect((await run({ root: dir, policyDir, version: "t" })).report.artifacts).toEqual([]);
    writeTree(dir, { ".aigis.yml": "force:\n  - path: docs/*.md\n    format: hf-model-card\n" });
    expect((await run({ root: dir, policyDir, version: "t" })).report.artifacts.map((a) => [a.path, a.kind])).toEqual([["docs/assistant.md", "model_card"]]);
  });

  it("prints the effective configuration in debug output, flags applied", async () => {
    const dir = writeTree(tempDir(), {
      ".aigis.yml": 'fail-on: high\nwaivers:\n  - {rule: AIGIS-MC-001, path: "**", reason: r, owner: o, expires: 2026-01-01}\n',
    });
    const err: string[] = [];
    const io = { out: { write: () => true }, err: { write: (s: string) => err.push(s) } } as unknown as Parameters<typeof main>[1];
    process.env["AIGIS_DEBUG"] = "1";
    try {
      await main(["check", dir, "--fail-on", "low", "--format", "json"], io);
    } finally {
      delete process.env["AIGIS_DEBUG"];
    }
    const line = err.find((l) => l.startsWith("aigis: effective configuration: "))!;
    const cfg = JSON.parse(line.slice("aigis: effective configuration: ".length)) as Record<string, unknown>;
    expect(cfg).toMatchObject({
      source: ".aigis.yml",
      failOn: "low",
      inlineWaivers: "allow",
      waiverMaxDays: 365,
      waivers: [{ rule: "AIGIS-MC-001", source: ".aigis.yml:3" }],
    });
    expect(cfg).not.toHaveProperty("lineOf");
  });
});
