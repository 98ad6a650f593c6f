// Bring your own Rego: the worked example of docs/custom-rules.md (fixtures/custom-rules), compiled
// from a directory with the pinned OPA CLI on PATH and loaded as a prebuilt wasm bundle; custom
// findings sit beside built-in ones in every output, and every way to get it wrong stops the run
// with exit 2 before evaluation.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { ConfigError } from "../src/config/config.js";
import { EngineError } from "../src/engine/engine.js";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { renderSarif } from "../src/sinks/sarif.js";
import { fixtures, lineOf, policyDir, repoRoot, tempDir, writeTree } from "./helpers.js";

const opaDir = path.join(repoRoot, ".tools", "bin");
const opa = path.join(opaDir, "opa");
const example = path.join(fixtures, "custom-rules");
const rules = path.join(example, "policies");
const library = path.join(policyDir, "rego");
const savedPath = process.env["PATH"];

/** `opa build -t wasm` of the shipped library and `dirs`, as docs/custom-rules.md tells teams to. */
function buildBundle(dirs: string[], entrypoint = "aigis/main/findings"): string {
  const out = path.join(tempDir("aigis-bundle-"), "bundle.tar.gz");
  const res = spawnSync(opa, ["build", "-t", "wasm", "-e", entrypoint, "--ignore", "*_test.rego", "-o", out, library, ...dirs], { encoding: "utf8" });
  if (res.status !== 0) throw new Error(res.stderr);
  return out;
}

/** A copy of the example repository with its configuration replaced. */
function repoWith(config: string, extra: Record<string, string> = {}): string {
  const dir = tempDir();
  fs.cpSync(path.join(example, "repo"), dir, { recursive: true });
  return writeTree(dir, { ".aigis.yml": config, ...extra });
}

/** The repository with `custom-policies` naming a copy of `source` (a directory or a bundle) inside it: the repository's configuration may not reach outside it. */
function repoWithPolicies(kind: "dir" | "bundle", source: string, config = ""): string {
  const name = kind === "dir" ? "rules" : path.basename(source);
  const root = repoWith(`${config}custom-policies: {${kind}: ${name}}\n`);
  fs.cpSync(source, path.join(root, name), { recursive: true });
  return root;
}

async function configError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof EngineError) return e.message;
    throw e;
  }
  throw new Error("expected a configuration error");
}

beforeAll(() => {
  process.env["PATH"] = `${opaDir}${path.delimiter}${savedPath ?? ""}`;
});
afterAll(() => {
  process.env["PATH"] = savedPath;
});

describe("custom policies", () => {
  it("the example rule's own tests pass under opa test, against the shipped library", () => {
    const res = spawnSync(opa, ["test", library, rules], { encoding: "utf8" });
    expect(res.stdout + res.stderr).toContain("PASS: 3/3");
    expect(res.status).toBe(0);
  });

  it("compiles a directory at run time: the custom finding appears in JSON with its controls, beside the built-in ones", async () => {
    const root = path.join(example, "repo");
    const { report } = await run({ root, policyDir, version: "t" });
    const card = path.join(root, "models/demo/README.md");
    const custom = report.findings.filter((f) => f.rule === "ACME-ML-001");
    expect(custom.map((f) => [f.path, f.line, f.severity, f.controls])).toEqual([
      ["models/demo/README.md", lineOf(card, "---"), "medium", ["iso42001:A.6.2.4", "nist-ai-rmf:MEASURE 1.1"]],
    ]);
    expect(custom[0]!.message).toBe("Model card for 'demo-llm' reports 0 machine-readable metrics; Acme's model review needs at least 1.");
    const json = JSON.parse(renderJson(report)) as {
      findings: { rule: string; controls: string[] }[];
      rules: { id: string; custom?: boolean }[];
      fix_list: { rule: string }[];
    };
    expect(json.findings.find((f) => f.rule === "ACME-ML-001")!.controls).toEqual(["iso42001:A.6.2.4", "nist-ai-rmf:MEASURE 1.1"]);
    expect(json.rules.find((r) => r.id === "ACME-ML-001")!.custom).toBe(true);
    expect(json.fix_list.some((i) => i.rule === "ACME-ML-001")).toBe(true);
    // It counts toward readiness for the controls it cites: A.6.2.4 is a gap now.
    const iso = report.readiness.frameworks.find((f) => f.id === "iso42001")!;
    expect(iso.controls.find((c) => c.key === "iso42001:A.6.2.4")!.status).toBe("gap");
    // SARIF carries the custom rule's descriptor.
    const sarif = JSON.parse(renderSarif(report)) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain("ACME-ML-001");
  });

  it("built-in findings are the same with and without custom policies", async () => {
    const withCustom = (await run({ root: path.join(example, "repo"), policyDir, version: "t" })).report;
    const without = (await run({ root: repoWith("fail-on: none\n"), policyDir, version: "t" })).report;
    const builtin = (fs: typeof withCustom.findings) => fs.filter((f) => f.rule.startsWith("AIGIS-")).map((f) => [f.rule, f.path, f.line, f.message]);
    expect(builtin(withCustom.findings)).toEqual(builtin(without.findings));
    expect(builtin(without.findings).length).toBeGreaterThan(0);
  });

  it("loads a prebuilt wasm bundle without the OPA CLI, with the same JSON as the directory", async () => {
    const bundle = buildBundle([rules]);
    const viaDir = renderJson((await run({ root: path.join(example, "repo"), policyDir, version: "t" })).report);
    process.env["PATH"] = savedPath;
    try {
      // The bundle is a file of the repository now: excluded, so files_scanned matches the directory run.
      const root = repoWithPolicies("bundle", bundle, "fail-on: none\nexclude: [bundle.tar.gz]\n");
      const { report } = await run({ root, policyDir, version: "t" });
      expect(report.findings.filter((f) => f.rule === "ACME-ML-001").map((f) => f.controls)).toEqual([["iso42001:A.6.2.4", "nist-ai-rmf:MEASURE 1.1"]]);
      expect(renderJson(report)).toBe(viaDir);
    } finally {
      process.env["PATH"] = `${opaDir}${path.delimiter}${savedPath ?? ""}`;
    }
  });

  it("honours the rule's parameter and the configuration's overrides", async () => {
    const root = repoWith("fail-on: low\ncustom-policies: {dir: ./team/policies}\nparams:\n  acme_min_metrics: 0\n");
    fs.cpSync(rules, path.join(root, "team", "policies"), { recursive: true });
    const { report } = await run({ root, policyDir, version: "t" });
    expect(report.findings.some((f) => f.rule === "ACME-ML-001")).toBe(false);
    const off = repoWithPolicies("dir", rules, "rules:\n  ACME-ML-001: {severity: high}\n");
    expect((await run({ root: off, policyDir, version: "t" })).report.findings.find((f) => f.rule === "ACME-ML-001")!.severity).toBe("high");
  });

  it("the CLI flag overrides the file, and the run exits 0/1 as usual", async () => {
    const root = repoWith("fail-on: medium\n");
    const out: string[] = [];
    const io = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => out.push(s) } } as unknown as Parameters<typeof main>[1];
    const code = await main(["check", root, "--format", "json", "--custom-policies", rules], io);
    expect(JSON.parse(out.join("")).findings.some((f: { rule: string }) => f.rule === "ACME-ML-001")).toBe(true);
    expect(code).toBe(1);
  });
});

describe("custom policies: errors before evaluation (exit 2)", () => {
  const bad = (files: Record<string, string>) => writeTree(tempDir("aigis-rules-"), files);
  const rule = (
    meta: string,
    body = 'deny contains lib.finding(card, "/name", "m") if {\n\tsome card in input.artifacts.model_cards\n}\n',
    pkg = "aigis.rules.acme.x",
  ) =>
    `${
      meta
        ? `# METADATA\n${meta
            .trim()
            .split("\n")
            .map((l) => `# ${l}`)
            .join("\n")}\n`
        : ""
    }package ${pkg}\n\nimport data.aigis.lib\n\n${body}`;
  const good =
    "title: T\ndescription: D\ncustom:\n  id: ACME-ML-002\n  severity: low\n  applies_to: [model_card]\n  controls: [iso42001:A.6.2.4]\n  remediation: R";
  const scan = (dir: string) => run({ root: repoWithPolicies("dir", dir), policyDir, version: "t" });

  it("missing metadata, with file and line", async () => {
    const dir = bad({ "x.rego": rule("") });
    expect(await configError(scan(dir))).toMatch(
      /x\.rego:1: package aigis\.rules\.acme\.x has no METADATA block: put "# METADATA" with title, description and custom/,
    );
    const noRemediation = bad({ "x.rego": rule(good.replace(/\n {2}remediation: R/, "")) });
    expect(await configError(scan(noRemediation))).toMatch(/x\.rego:1: METADATA of aigis\.rules\.acme\.x has no custom\.remediation; every rule needs/);
  });

  it("unknown control ids, reserved and duplicate rule ids", async () => {
    expect(await configError(scan(bad({ "x.rego": rule(good.replace("iso42001:A.6.2.4", "iso42001:A.99")) })))).toMatch(
      /x\.rego:1: custom\.controls cites iso42001:A\.99, which is not in the control catalog/,
    );
    expect(await configError(scan(bad({ "x.rego": rule(good.replace("ACME-ML-002", "AIGIS-MC-001")) })))).toMatch(
      /the AIGIS- prefix is reserved for built-in rules/,
    );
    const twice = bad({ "x.rego": rule(good), "y.rego": rule(good, undefined, "aigis.rules.acme.y") });
    expect(await configError(scan(twice))).toMatch(/y\.rego:1: custom\.id ACME-ML-002 is also used by aigis\.rules\.acme\.x/);
    expect(await configError(scan(bad({ "x.rego": rule(good, undefined, "aigis.rules.model_card.intended_use") })))).toMatch(/is a built-in rule's package/);
  });

  it("a package without deny, a Rego error, no opa on PATH", async () => {
    expect(await configError(scan(bad({ "x.rego": rule(good, "allow := true\n") })))).toMatch(/defines no deny rule, so it can never report/);
    const broken = await configError(scan(bad({ "x.rego": rule(good, "deny contains x if {\n\tx := no_such_function(input)\n}\n") })));
    expect(broken).toMatch(/custom-policies\.dir: opa check \(against the PolicyInput schema\) failed:/);
    expect(broken).toMatch(/x\.rego:\d+/);
    process.env["PATH"] = "/nonexistent";
    try {
      expect(await configError(scan(rules))).toMatch(/^\.aigis\.yml:1: custom-policies\.dir is compiled with the OPA CLI, and `opa` is not on PATH/);
    } finally {
      process.env["PATH"] = `${opaDir}${path.delimiter}${savedPath ?? ""}`;
    }
  });

  it("a bundle without the entrypoint, or needing builtins the host lacks", async () => {
    // The example's bundle with a manifest that lists another entrypoint only.
    const unpacked = tempDir("aigis-unpacked-");
    expect(spawnSync("tar", ["xzf", buildBundle([rules]), "-C", unpacked]).status).toBe(0);
    fs.writeFileSync(
      path.join(unpacked, ".manifest"),
      JSON.stringify({ revision: "", roots: [""], wasm: [{ entrypoint: "acme/findings", module: "/policy.wasm" }] }),
    );
    const other = path.join(tempDir("aigis-bundle-"), "other.tar.gz");
    expect(spawnSync("tar", ["czf", other, "-C", unpacked, ...fs.readdirSync(unpacked)]).status).toBe(0);
    const root = repoWithPolicies("bundle", other);
    expect(await configError(run({ root, policyDir, version: "t" }))).toMatch(
      /^\.aigis\.yml:1: custom-policies\.bundle other\.tar\.gz has no wasm entrypoint aigis\/main\/findings \(it has acme\/findings\): build it with opa build -t wasm -e aigis\/main\/findings/,
    );
    const http = bad({
      "x.rego": rule(
        good,
        'deny contains lib.finding(card, "/name", "m") if {\n\tsome card in input.artifacts.model_cards\n\thttp.send({"method": "GET", "url": "https://example.com"}).status_code == 200\n}\n',
      ),
    });
    const needsHttp = buildBundle([http]);
    const root2 = repoWithPolicies("bundle", needsHttp);
    expect(await configError(run({ root: root2, policyDir, version: "t" }))).toMatch(/needs builtins this host does not provide: http\.send/);
    const missing = repoWith("custom-policies: {bundle: nope.tar.gz}\n");
    expect(await configError(run({ root: missing, policyDir, version: "t" }))).toBe(".aigis.yml:1: custom-policies.bundle nope.tar.gz does not exist");
  });
});
