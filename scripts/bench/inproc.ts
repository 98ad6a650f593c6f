// In-process measurements for the benchmark, built from the same TypeScript modules as the CLI.
// scripts/bench/bench.mjs bundles this file with ncc (the bundler that builds dist/cli) into a
// temporary directory, so the floor runs exactly the discovery and reader code the CLI runs, in
// the same kind of bundle, minus the policy evaluation and the report.
//
//   node inproc.js floor <dir> [--dump-input FILE]
//       config → discover → read → PolicyInput, nothing else; prints counts as JSON. With
//       --dump-input, also writes the PolicyInput the engine would receive (the input for `opa eval`).
//   node inproc.js batching <dir> <policyDir> [--runs N] [--sizes 1024,65536,...]
//       loads the engine once and times evaluateInChunks (the run's evaluation) with the whole
//       input at once, one artifact per chunk, and chunks of several sizes (bytes of PolicyInput JSON); prints
//       medians, chunk counts, findings and the wasm memory reached, as JSON.
//   node inproc.js phases <dir> <policyDir>
//       times each phase of run() (config, engine load, discover, read, evaluate, report, render).
import fs from "node:fs";
import path from "node:path";
import { findConfig, loadConfig } from "../../src/config/config.js";
import { evaluateInChunks, materializeInput } from "../../src/engine/chunks.js";
import { Engine, loadBundle } from "../../src/engine/engine.js";
import { buildReport } from "../../src/report/report.js";
import { scan } from "../../src/run.js";
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
  // The same pass run() makes: discovery, reading and the serialized PolicyInput.
  const { artifacts, input, filesScanned } = scan(root, cfg);
  const dump = flag(args, "--dump-input");
  if (dump) fs.writeFileSync(dump, JSON.stringify(materializeInput(input)));
  process.stdout.write(`${JSON.stringify({ files: filesScanned, artifacts: artifacts.length, errors: input.errors.length })}\n`);
}

async function batching(dir: string, policyDir: string, args: string[]): Promise<void> {
  const root = path.resolve(dir);
  const runs = Number(flag(args, "--runs") ?? 3);
  // Size 1 puts every artifact in a chunk of its own (one evaluation per artifact); it is skipped
  // above 2,000 artifacts, where it would take minutes.
  const sizes = (flag(args, "--sizes") ?? "1,262144,1048576,4194304,16777216").split(",").map(Number);
  const cfg = loadConfig(root, findConfig(root, null));
  const { input } = scan(root, cfg);
  const out: Record<string, { chunks: number; ms: number; findings: number; wasm_mib: number }> = {};
  const count = Object.values(input.artifacts).reduce((n, xs) => n + xs.length, 0);
  for (const size of [Number.MAX_SAFE_INTEGER, ...sizes]) {
    if (size === 1 && count > 2000) continue;
    // A fresh engine per size, so the wasm memory reached is this size's own.
    const engine = await Engine.load(loadBundle(policyDir));
    const times: number[] = [];
    let result = { findings: [] as unknown[], chunks: 0 };
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      result = evaluateInChunks(engine, input, { maxBytes: size });
      times.push(now() - t0);
    }
    const name = size === Number.MAX_SAFE_INTEGER ? "whole input" : size === 1 ? "one artifact per chunk" : `chunks of ${size / 1024} KiB`;
    out[name] = { chunks: result.chunks, ms: Math.round(median(times)), findings: result.findings.length, wasm_mib: (engine.memoryPages * 64) / 1024 };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
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
  // run()'s own scan: discovery, then reading (with serialization into the policy input); the
  // first read event marks the end of discovery.
  let discovered = 0;
  const { artifacts, input, filesScanned, skipped } = scan(root, cfg, (e) => {
    if (e.phase === "read" && !discovered) discovered = now();
  });
  const end = now();
  t["discover"] = Math.round((discovered || end) - t0);
  t["read"] = Math.round(end - (discovered || end));
  t0 = end;
  const raw = evaluateInChunks(engine, input).findings;
  lap("evaluate");
  const report = buildReport({
    version: "bench",
    threshold: cfg.failOn,
    filesScanned,
    artifacts,
    raw,
    rules: bundle.rules,
    catalog: bundle.catalog,
    skipped,
    ruleSettings: cfg.rules,
  });
  lap("report");
  renderJson(report);
  lap("render JSON");
  process.stdout.write(`${JSON.stringify({ ms: t, artifacts: artifacts.length, findings: report.findings.length })}\n`);
}

const [command, dir, ...rest] = process.argv.slice(2);
if (command === "floor" && dir) floor(dir, rest);
else if (command === "batching" && dir && rest[0]) await batching(dir, rest[0], rest.slice(1));
else if (command === "phases" && dir && rest[0]) await phases(dir, rest[0]);
else {
  process.stderr.write(
    "usage: inproc.js floor <dir> [--dump-input FILE] | batching <dir> <policyDir> [--runs N] [--sizes N,N,...] | phases <dir> <policyDir>\n",
  );
  process.exitCode = 2;
}
