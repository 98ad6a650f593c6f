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
//       times each phase of run() (config, engine load, discover, read, evaluate, report, render),
//       and within the evaluation the wasm time of the index entrypoint and of the findings entrypoint.
//   node inproc.js raw <dir>
//       the raw-parse floor: walk the tree, read each file the readers would be handed, and parse it
//       as plain data (JSON.parse, YAML, a Markdown file's front matter); no classification, no
//       normalization, no source maps, no schema validation. Prints counts as JSON.
//   node inproc.js readers <dir>
//       per format family, the time aigis's reader takes (classify, parse, normalize, source map,
//       validation, serialization) against the raw parse of the same files; median of 5 passes.
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { findConfig, loadConfig } from "../../src/config/config.js";
import { discover } from "../../src/discover/discover.js";
import { isCandidatePath } from "../../src/readers/classify.js";
import { readCandidate } from "../../src/readers/read.js";
import { serializeArtifact } from "../../src/engine/chunks.js";
import { evaluateInChunks, materializeInput, type ChunkEvaluator } from "../../src/engine/chunks.js";
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
    let result = { results: { length: 0 }, chunks: 0 };
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      result = evaluateInChunks(engine, input, { maxBytes: size });
      times.push(now() - t0);
    }
    const name = size === Number.MAX_SAFE_INTEGER ? "whole input" : size === 1 ? "one artifact per chunk" : `chunks of ${size / 1024} KiB`;
    out[name] = { chunks: result.chunks, ms: Math.round(median(times)), findings: result.results.length, wasm_mib: (engine.memoryPages * 64) / 1024 };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function phases(dir: string, policyDir: string): Promise<void> {
  const root = path.resolve(dir);
  const t: Record<string, number> = {};
  // Resident memory and JavaScript heap in use (MiB) at the end of each phase.
  const mem: Record<string, [number, number]> = {};
  const mib = (n: number) => Math.round(n / 2 ** 20);
  let t0 = now();
  const lap = (name: string) => {
    const t1 = now();
    t[name] = Math.round(t1 - t0);
    const m = process.memoryUsage();
    mem[name] = [mib(m.rss), mib(m.heapUsed)];
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
  const m = process.memoryUsage();
  mem["read"] = [mib(m.rss), mib(m.heapUsed)];
  t0 = end;
  // The wasm time of each entrypoint within the evaluation: the index pass (every chunk's index,
  // when the input is split) and the findings pass; the rest is the host's share (assembling the
  // chunks, merging the indexes, keeping the results).
  const wasm = { index: 0, findings: 0, chunks: 0 };
  const timed: ChunkEvaluator = {
    entrypoint: engine.entrypoint,
    indexEntrypoint: engine.indexEntrypoint,
    evaluateJson(json, entrypoint) {
      const start = now();
      try {
        return engine.evaluateJson(json, entrypoint);
      } finally {
        if (entrypoint === engine.entrypoint) {
          wasm.findings += now() - start;
          wasm.chunks++;
        } else wasm.index += now() - start;
      }
    },
    withRepositoryIndex: (json, fn) => engine.withRepositoryIndex(json, fn),
  };
  const raw = evaluateInChunks(timed, input).results.drain();
  lap("evaluate");
  const wasmMib = (engine.memoryPages * 64) / 1024;
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
  process.stdout.write(
    `${JSON.stringify({ ms: t, wasm_ms: { index: Math.round(wasm.index), findings: Math.round(wasm.findings), chunks: wasm.chunks }, mem, wasm_mib: wasmMib, peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024), artifacts: artifacts.length, findings: report.findings.length })}\n`,
  );
}

/** The plain data in a file, as a program that only wants the values would read it. */
function rawParse(name: string, text: string): unknown {
  const ext = path.extname(name).toLowerCase();
  if (ext === ".json" || ext === ".jsonld") return JSON.parse(text);
  if (ext === ".yaml" || ext === ".yml") return parseYaml(text);
  if (ext === ".md" || ext === ".markdown") {
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    return m ? parseYaml(m[1]!) : text.length;
  }
  return text.length;
}

function rawWalk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) rawWalk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function raw(dir: string): void {
  const root = path.resolve(dir);
  let files = 0;
  let parsed = 0;
  for (const abs of rawWalk(root)) {
    if (!isCandidatePath(path.relative(root, abs).split(path.sep).join("/"))) continue;
    files++;
    try {
      rawParse(abs, fs.readFileSync(abs, "utf8"));
      parsed++;
    } catch {
      // A file that does not parse costs its read and its attempt, as it does aigis.
    }
  }
  process.stdout.write(`${JSON.stringify({ files, parsed })}\n`);
}

function readers(dir: string): void {
  const root = path.resolve(dir);
  const cfg = loadConfig(root, findConfig(root, null));
  const candidates = discover({ root, include: cfg.include, exclude: cfg.exclude, inventory: false }).candidates.filter((c) => c.artifact);
  const texts = candidates.map((c) => fs.readFileSync(c.absPath));
  const family = new Map<string, { files: number; aigis: number[]; raw: number[] }>();
  const opts = { maxFileBytes: cfg.maxFileMiB * 1024 * 1024 };
  for (let pass = 0; pass < 5; pass++) {
    candidates.forEach((c, i) => {
      const bytes = texts[i]!;
      let t0 = now();
      const res = readCandidate(c, { ...opts, bytes });
      for (const a of res.artifacts) serializeArtifact(a.artifact);
      const aigis = now() - t0;
      const kind = res.artifacts[0]?.artifact.format ?? (res.errors.length ? "unreadable" : "not an artifact");
      t0 = now();
      try {
        rawParse(c.relPath, Buffer.from(bytes).toString("utf8"));
      } catch {
        // as above
      }
      const rawMs = now() - t0;
      const f = family.get(kind) ?? { files: 0, aigis: Array(5).fill(0), raw: Array(5).fill(0) };
      if (pass === 0) f.files++;
      f.aigis[pass] += aigis;
      f.raw[pass] += rawMs;
      family.set(kind, f);
    });
  }
  const out = Object.fromEntries(
    [...family]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, f]) => [k, { files: f.files, aigis_ms: +median(f.aigis).toFixed(1), raw_ms: +median(f.raw).toFixed(1) }]),
  );
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const [command, dir, ...rest] = process.argv.slice(2);
if (command === "floor" && dir) floor(dir, rest);
else if (command === "raw" && dir) raw(dir);
else if (command === "readers" && dir) readers(dir);
else if (command === "batching" && dir && rest[0]) await batching(dir, rest[0], rest.slice(1));
else if (command === "phases" && dir && rest[0]) await phases(dir, rest[0]);
else {
  process.stderr.write(
    "usage: inproc.js floor <dir> [--dump-input FILE] | raw <dir> | readers <dir> | batching <dir> <policyDir> [--runs N] [--sizes N,N,...] | phases <dir> <policyDir>\n",
  );
  process.exitCode = 2;
}
