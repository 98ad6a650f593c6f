import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, findConfig, loadConfig } from "../src/config/config.js";
import { run } from "../src/run.js";
import { policyDir, tempDir, writeTree } from "./helpers.js";

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
