// The engine cache is an object its holder passes to run(), not process state: runs that share one
// load the policy once, and a policy directory that failed to load is tried again.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EngineCache } from "../src/engine/cache.js";
import { run } from "../src/run.js";
import { fixtures, policyDir, tempDir } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("EngineCache", () => {
  it("hands the same loaded engine to every run that shares it", async () => {
    const engines = new EngineCache();
    const first = await engines.load(policyDir);
    const a = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "test", engines });
    const b = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "test", engines });
    expect(await engines.load(policyDir)).toBe(first);
    expect(a.report.findings).toEqual(b.report.findings);
    expect(await new EngineCache().load(policyDir)).not.toBe(first);
  });

  it("does not keep a failed load: the directory is read again next time", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const engines = new EngineCache();
    await expect(engines.load(dir)).rejects.toThrow();
    fs.cpSync(policyDir, dir, { recursive: true });
    const loaded = await engines.load(dir);
    expect(loaded.bundle.rules.length).toBeGreaterThan(0);
  });
});
