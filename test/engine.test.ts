import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Engine, EngineError, loadBundle, toEngineError } from "../src/engine/engine.js";
import { findConfig, loadConfig } from "../src/config/config.js";
import { materializeInput } from "../src/engine/chunks.js";
import { scan } from "../src/run.js";
import { policyDir, repoRoot, tempDir, writeTree } from "./helpers.js";

const opa = path.join(repoRoot, ".tools", "bin", "opa");

/** Compiles a one-file policy to wasm with the pinned OPA CLI. */
function compile(rego: string, entrypoint: string): Uint8Array {
  const dir = writeTree(tempDir(), { "p.rego": rego });
  execFileSync(opa, ["build", "-t", "wasm", "-e", entrypoint, "-o", path.join(dir, "b.tar.gz"), "p.rego"], { cwd: dir });
  execFileSync("tar", ["-xzf", "b.tar.gz", "/policy.wasm"], { cwd: dir });
  return new Uint8Array(fs.readFileSync(path.join(dir, "policy.wasm")));
}

const empty = new TextEncoder().encode("{}").buffer as ArrayBuffer;

describe("engine", () => {
  const bundle = loadBundle(policyDir);

  it("loads the shipped policy and evaluates an input", async () => {
    const engine = await Engine.load(bundle);
    const findings = engine.evaluate({
      schema_version: 1,
      artifacts: {
        model_cards: [{ id: "m.md", name: "m", intended_use: null, unsupported: [], licenses: [], metrics: [], datasets: [], base_models: [], derived: false }],
        datasets: [],
        sboms: [],
        governance: [],
      },
      errors: [],
      repository: { files_scanned: 1 },
      config: { params: {} },
    });
    expect(findings.map((f) => f.rule_package)).toContain("aigis.rules.model_card.intended_use");
  });

  it("keeps its policy data intact when a repository index does not fit its memory", async () => {
    const root = path.join(repoRoot, "fixtures", "gaps");
    const cfg = loadConfig(root, findConfig(root, null));
    const input = materializeInput(scan(root, cfg).input);
    const engine = await Engine.load(bundle, {}, { maximumPages: 200 });
    const before = engine.evaluate(input);
    expect(before.length).toBeGreaterThan(5);
    const huge = JSON.stringify({ dataset_names: Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`dataset-${i}`, true])) });
    expect(() => engine.withRepositoryIndex(huge, () => 0)).toThrow(/could not load the repository index/);
    expect(engine.evaluate(input)).toEqual(before);
    // And after a successful load the bundle's data is back as well.
    engine.withRepositoryIndex('{"dataset_names":{"x":true}}', () => engine.evaluate(input));
    expect(engine.evaluate(input)).toEqual(before);
  });

  it("evaluates UTF-8 JSON given as a view into a larger buffer (Node's pooled small Buffers)", async () => {
    const engine = await Engine.load(bundle);
    const input = {
      schema_version: 1,
      artifacts: { model_cards: [{ id: "m.md", name: "m", intended_use: null, licenses: [] }], datasets: [], sboms: [], governance: [] },
      errors: [],
      repository: { files_scanned: 1 },
      config: { params: {} },
    };
    const view = Buffer.from(JSON.stringify(input));
    expect(view.byteLength).toBeLessThan(view.buffer.byteLength);
    const findings = engine.evaluateJson(view, engine.entrypoint) as { rule_package: string }[];
    expect(findings.map((f) => f.rule_package)).toContain("aigis.rules.model_card.intended_use");
    expect(engine.evaluateJson(view, bundle.indexEntrypoint!)).toMatchObject({ model_card_names: { m: true } });
  });

  it("ships metadata for every rule package the policy contains", () => {
    const packages = new Set(bundle.rules.map((r) => r.package));
    const files = fs
      .readdirSync(path.join(repoRoot, "policies"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego") && !/^(index|lib|main|test)\//.test(f));
    expect(packages.size).toBe(files.length);
    expect(bundle.rules.every((r) => r.controls.length > 0 && r.remediation && r.title)).toBe(true);
  });

  describe("with policies compiled for the test", () => {
    let needsTime: Uint8Array;
    let plain: Uint8Array;
    beforeAll(() => {
      needsTime = compile("package t\n\nnow := time.now_ns()\n", "t/now");
      plain = compile("package t\n\nsize := count(input.items)\n", "t/size");
    });

    it("refuses at load time a policy that needs a builtin the host lacks", async () => {
      await expect(Engine.load({ wasm: needsTime, data: empty, entrypoint: "t/now" })).rejects.toThrow(
        new EngineError("the compiled policy needs builtins this host does not provide: time.now_ns"),
      );
    });

    it("accepts it when the host supplies the builtin", async () => {
      const engine = await Engine.load({ wasm: needsTime, data: empty, entrypoint: "t/now" }, { "time.now_ns": () => 42 });
      expect(engine).toBeInstanceOf(Engine);
    });

    it("names a missing entrypoint", async () => {
      await expect(Engine.load({ wasm: plain, data: empty, entrypoint: "t/other" })).rejects.toThrow(/has no entrypoint t\/other/);
    });

    it("refuses an input beyond the wasm memory maximum with a clear error", async () => {
      const engine = await Engine.load({ wasm: plain, data: empty, entrypoint: "t/size" }, {}, { maximumPages: 20 });
      expect(engine.evaluateRaw({ items: [1, 2, 3] })).toEqual([{ result: 3 }]);
      const huge = { items: Array.from({ length: 200_000 }, (_, i) => `item-${i}-${"x".repeat(20)}`) };
      expect(() => engine.evaluateRaw(huge)).toThrow(/wasm memory limit/);
    });
  });

  it("turns the SDK's thrown strings and objects into errors", () => {
    expect(toEngineError("failed to parse json value", "ctx").message).toBe("ctx: failed to parse json value");
    expect(toEngineError({ message: "not implemented: built-in function x" }, "ctx").message).toBe("ctx: not implemented: built-in function x");
    expect(toEngineError(new Error("boom"), "ctx")).toBeInstanceOf(EngineError);
  });
});
