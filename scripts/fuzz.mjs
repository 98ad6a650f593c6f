#!/usr/bin/env node
// npm run fuzz: the property tests of test/property.test.ts with many more cases than CI runs.
//
//   npm run fuzz                  100,000 cases per property (every reader entry point and the
//                                 configuration loader)
//   npm run fuzz -- 1000000       another number of cases
//   AIGIS_FUZZ_SEED=123 npm run fuzz -- 100000   replay a seed that fast-check printed
//
// A failure prints fast-check's seed, the path and the shrunk counterexample.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = process.argv[2] ?? "100000";
if (!/^\d+$/.test(runs) || Number(runs) < 1) {
  console.error("usage: npm run fuzz -- [cases per property]");
  process.exit(2);
}
console.error(`fuzz: ${Number(runs).toLocaleString("en")} cases per property (test/property.test.ts)`);
const t0 = Date.now();
const r = spawnSync(path.join(root, "node_modules", ".bin", "vitest"), ["run", "test/property.test.ts", "--testTimeout=0", "--reporter=verbose"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, AIGIS_FUZZ_RUNS: runs },
});
console.error(`fuzz: finished in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(r.status ?? 1);
