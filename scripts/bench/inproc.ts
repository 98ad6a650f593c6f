// In-process measurements for the benchmark, built from the same TypeScript modules as the CLI.
// scripts/bench/bench.mjs bundles this file with ncc (the bundler that builds dist/cli) into a
// temporary directory, so the floor runs exactly the discovery and reader code the CLI runs, in
// the same kind of bundle, minus the policy evaluation and the report.
//
//   node inproc.js floor <dir> [--dump-input FILE]
//       config → discover → read → PolicyInput, nothing else; prints counts as JSON. With
//       --dump-input, also writes the PolicyInput the engine would receive (the input for `opa eval`).
//   node inproc.js batching <dir> <policyDir> [--runs N]
//       loads the engine once and times one evaluation over all artifacts against one evaluation
//       per artifact and per chunk of 100 artifacts; prints medians as JSON.
//   node inproc.js phases <dir> <policyDir>
//       times each phase of run() (config, engine load, discover, read, evaluate, report, render).
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, findConfig, loadConfig } from "../../src/config/config.js";
import { discover } from "../../src/discover/discover.js";
import { Engine, loadBundle } from "../../src/engine/engine.js";
import type { PolicyInput, ReadArtifact, ReadError } from "../../src/model/types.js";
import { readCandidate } from "../../src/readers/read.js";
import { buildReport } from "../../src/report/report.js";
import { collect, policyInput } from "../../src/run.js";
import { renderJson } from "../../src/sinks/json.js";

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function flag(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

function floor(dir: string, args: string[]): void {
  const root = path.resolve(dir);
  const cfg = loadConfig(root, findConfig(root, null));
  const { artifacts, errors, filesScanned } = collect(root, cfg);
  const input = policyInput(artifacts, errors, filesScanned, cfg);
  const dump = flag(args, "--dump-input");
  if (dump) fs.writeFileSync(dump, JSON.stringify(input));
  process.stdout.write(`${JSON.stringify({ files: filesScanned, artifacts: artifacts.length, errors: errors.length })}\n`);
}

/** The PolicyInput of a subset of artifacts (errors travel with the first chunk), built by run's own function. */
function inputOf(all: PolicyInput, subset: ReadArtifact[], errors: ReadError[]): PolicyInput {
  return { ...all, artifacts: policyInput(subset, errors, all.repository.files_scanned, DEFAULT_CONFIG).artifacts, errors };
}

async function batching(dir: string, policyDir: string, args: string[]): Promise<void> {
  const root = path.resolve(dir);
  const runs = Number(flag(args, "--runs") ?? 3);
  const cfg = loadConfig(root, findConfig(root, null));
  const { artifacts, errors, filesScanned } = collect(root, cfg);
  const all = policyInput(artifacts, errors, filesScanned, cfg);
  const engine = await Engine.load(loadBundle(policyDir));
  engine.evaluate(inputOf(all, artifacts.slice(0, 1), [])); // wasm tier-up, as any first call
  const strategies: Record<string, ReadArtifact[][]> = {
    "one evaluation (all artifacts)": [artifacts],
    "chunks of 100 artifacts": chunk(artifacts, 100),
    "one evaluation per artifact": artifacts.map((a) => [a]),
  };
  const out: Record<string, { evaluations: number; ms: number; findings: number }> = {};
  for (const [name, chunks] of Object.entries(strategies)) {
    const times: number[] = [];
    let findings = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      findings = 0;
      chunks.forEach((c, i) => (findings += engine.evaluate(inputOf(all, c, i === 0 ? errors : [])).length));
      times.push(now() - t0);
    }
    out[name] = { evaluations: chunks.length, ms: Math.round(median(times)), findings };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

async function phases(dir: string, policyDir: string): Promise<void> {
  const root = path.resolve(dir);
  const t: Record<string, number> = {};
  let t0 = now();
  const lap = (name: string) => {
    const t1 = now();
    t[name] = Math.round(t1 - t0);
    t0 = t1;
  };
  const cfg = loadConfig(root, findConfig(root, null));
  lap("config");
  const bundle = loadBundle(policyDir);
  const engine = await Engine.load(bundle);
  lap("engine load");
  const found = discover({ root, include: cfg.include, exclude: cfg.exclude });
  lap("discover");
  const artifacts: ReadArtifact[] = [];
  const errors: ReadError[] = [];
  for (const c of found.candidates) {
    const r = readCandidate(c, { maxFileBytes: cfg.maxFileMiB * 1024 * 1024 });
    artifacts.push(...r.artifacts);
    errors.push(...r.errors);
  }
  lap("read");
  const input = policyInput(artifacts, errors, found.filesSeen, cfg);
  const raw = engine.evaluate(input);
  lap("evaluate");
  const report = buildReport({ version: "bench", threshold: cfg.failOn, filesScanned: found.filesSeen, artifacts, raw, rules: bundle.rules, catalog: bundle.catalog, skipped: found.skipped, ruleSettings: cfg.rules });
  lap("report");
  renderJson(report);
  lap("render JSON");
  process.stdout.write(`${JSON.stringify({ ms: t, candidates: found.candidates.length, artifacts: artifacts.length, findings: report.findings.length })}\n`);
}

const [command, dir, ...rest] = process.argv.slice(2);
if (command === "floor" && dir) floor(dir, rest);
else if (command === "batching" && dir && rest[0]) await batching(dir, rest[0], rest.slice(1));
else if (command === "phases" && dir && rest[0]) await phases(dir, rest[0]);
else {
  process.stderr.write("usage: inproc.js floor <dir> [--dump-input FILE] | batching <dir> <policyDir> [--runs N] | phases <dir> <policyDir>\n");
  process.exitCode = 2;
}
