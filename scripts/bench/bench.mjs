#!/usr/bin/env node
// npm run bench: how fast and how big aigis is, measured against its own floors and against OPA.
//
// For each size of synthetic repository (scripts/bench/generate.mjs, written under os.tmpdir()),
// each tool is run --runs times, round-robin, and the median wall time and the median peak RSS are
// reported:
//   node -e 0  bare Node start, the floor of any Node CLI
//   raw parse  the raw-parse floor: walk, read the files the readers are handed, JSON.parse / YAML /
//              a Markdown file's front matter; no classification, normalization, source maps or
//              schema validation (scripts/bench/inproc.ts raw)
//   floor      the readers-included floor: the same config, discovery and readers as aigis,
//              building the PolicyInput, no evaluation and no report (scripts/bench/inproc.ts,
//              bundled with ncc like dist/cli)
//   aigis      the CLI bundle end to end: node dist/cli/index.js check DIR --format json --fail-on none,
//              with the start-up code cache the build leaves for this Node (src/cli-launcher.cjs); the
//              demo is measured without it too (AIGIS_START_CACHE=off), first and with at least 15 runs
//   opa eval   OPA's Go interpreter (the pinned .tools/bin/opa) on the same rules (policies/, tests
//              excluded) and the same PolicyInput, dumped once by the floor
// Then, once per size, the phases of one in-process run (with the wasm time of the index pass and of
// the findings pass), OPA's profile of the rules at the largest size up to 2,000, and, for sizes up to --batching-max, the
// evaluation of the whole input at once against one artifact per chunk (up to 2,000 artifacts) and
// chunks of 256 KiB to 2 MiB (src/engine/chunks.ts).
//
// npm run bench -- --monorepo [--files 40000] [--runs 3]: the observed AI inventory on a large
// monorepo against the read floor (scripts/bench/monorepo.mjs).
//
// Options: --sizes 100,1000,2000,5000,10000  --runs 5  --timeout 300 (seconds per run)
//          --policies DIR (benchmark another copy of the rules: compiled here with opa build)
//          --batching-max 1000  --keep (keep the generated repositories)
//          --set unique|shared|both (default both): the generated sets. unique: generateRepo, every
//          artifact with its own names; shared: copies of fixtures/gaps and fixtures/passing
//          (generateSharedNamesRepo), findings-heavy, where many artifacts share names and half are
//          governance documents. --shared-names is --set shared.
// Per set and size it also reports the readers against the raw parse per format family
// (inproc.ts readers) and, for the findings-heavy set, aigis's evaluation phase against opa eval.
// Peak RSS comes from /usr/bin/time -f %M (GNU time); without it the RSS column says n/a.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateRepo, generateSharedNamesRepo } from "./generate.mjs";

// The monorepo case (the observed AI inventory on 40,000 files) is its own script.
if (process.argv.includes("--monorepo")) {
  const r = spawnSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), "monorepo.mjs"), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const opa = path.join(root, ".tools", "bin", "opa");
const cli = path.join(root, "dist", "cli", "index.js");

function options(argv) {
  const o = { sizes: [1000, 2000, 5000, 10000], runs: 5, timeout: 300, policies: null, batchingMax: 0, keep: false, sets: ["unique", "shared"] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === "--sizes") o.sizes = next().split(",").map(Number);
    else if (a === "--runs") o.runs = Number(next());
    else if (a === "--timeout") o.timeout = Number(next());
    else if (a === "--policies") o.policies = path.resolve(next());
    else if (a === "--batching-max") o.batchingMax = Number(next());
    else if (a === "--keep") o.keep = true;
    else if (a === "--shared-names") o.sets = ["shared"];
    else if (a === "--set") {
      const v = next();
      if (!["unique", "shared", "both"].includes(v)) fail("--set takes unique, shared or both");
      o.sets = v === "both" ? ["unique", "shared"] : [v];
    } else fail(`unknown option ${a}`);
  }
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1) || !(o.runs >= 1)) fail("--sizes takes positive whole numbers, --runs at least 1");
  return o;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (s) => process.stderr.write(`${s}\n`);

const opts = options(process.argv.slice(2));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-bench-"));
const GNU_TIME = fs.existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M", "true"], { encoding: "utf8" }).status === 0 ? "/usr/bin/time" : null;
const TIMEOUT = fs.existsSync("/usr/bin/timeout") ? "/usr/bin/timeout" : null;

/**
 * Runs a command once: wall time from here (spawn to exit), peak RSS from GNU time. A run past
 * --timeout is killed and reported as such.
 */
function measure(cmd, args, { env = process.env, stdout = path.join(work, "stdout") } = {}) {
  const timeFile = path.join(work, "time.txt");
  fs.rmSync(timeFile, { force: true });
  let argv = [cmd, ...args];
  if (TIMEOUT) argv = [TIMEOUT, "-s", "KILL", `${opts.timeout}s`, ...argv];
  if (GNU_TIME) argv = [GNU_TIME, "-f", "%M", "-o", timeFile, ...argv];
  const out = fs.openSync(stdout, "w");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    stdio: ["ignore", out, "pipe"],
    env,
    encoding: "utf8",
    timeout: TIMEOUT ? 0 : opts.timeout * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(out);
  const rssKiB = GNU_TIME && fs.existsSync(timeFile) ? Number(fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()) : NaN;
  const timedOut = r.status === 137 || r.signal === "SIGKILL" || r.error?.code === "ETIMEDOUT";
  const stderr = (r.stderr ?? "").split("\n").filter((l) => l && !/^Command (exited|terminated)/.test(l));
  return {
    ms,
    rssMiB: rssKiB / 1024,
    ok: r.status === 0,
    timedOut,
    error: timedOut ? `killed after ${opts.timeout} s` : r.status === 0 ? null : (stderr[0] ?? `exit ${r.status}`),
  };
}

function stale(target, sourceDir, filter) {
  if (!fs.existsSync(target)) return true;
  const t = fs.statSync(target).mtimeMs;
  const walk = (d) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .some((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : filter(e.name) && fs.statSync(path.join(d, e.name)).mtimeMs > t));
  return walk(sourceDir);
}

// --- preparation ---------------------------------------------------------------------------
for (const [file, how] of [
  [cli, "npm run build:ts"],
  [path.join(root, "dist", "policy", "policy.wasm"), "npm run build:policies"],
  [opa, "bash scripts/install-tools.sh"],
]) {
  if (!fs.existsSync(file)) fail(`${path.relative(root, file)} is missing; run ${how}`);
}
if (!opts.policies && stale(path.join(root, "dist", "policy", "policy.wasm"), path.join(root, "policies"), (n) => n.endsWith(".rego") || n === "data.json")) {
  log("bench: WARNING dist/policy is older than policies/: aigis and opa eval would not run the same rules; run npm run build:policies");
}
if (stale(cli, path.join(root, "src"), (n) => n.endsWith(".ts"))) log("bench: WARNING dist/cli/index.js is older than src/; run npm run build:ts");

// The rules: dist/policy as built, or --policies compiled here the way scripts/build-policies.mjs does.
const rulesDir = opts.policies ?? path.join(root, "policies");
let policyDir = path.join(root, "dist", "policy");
if (opts.policies) {
  policyDir = path.join(work, "policy");
  fs.mkdirSync(policyDir);
  const bundle = path.join(work, "bundle.tar.gz");
  const b = spawnSync(opa, ["build", "-t", "wasm", "-e", "aigis/main/findings", "--ignore", "*_test.rego", "-o", bundle, opts.policies], { encoding: "utf8" });
  if (b.status !== 0) fail(`opa build failed:\n${b.stderr}`);
  spawnSync("tar", ["-xzf", bundle, "-C", policyDir, "/policy.wasm", "/data.json"], { encoding: "utf8" });
  for (const f of ["rules.json", "catalog.json"]) fs.copyFileSync(path.join(root, "dist", "policy", f), path.join(policyDir, f));
}
const aigisEnv = { ...process.env, AIGIS_POLICY_DIR: policyDir };
const opaArgs = (input) => ["eval", "--format", "json", "-d", rulesDir, "--ignore", "*_test.rego", "-i", input, "data.aigis.main.findings"];

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${spawnSync(opa, ["version"], { encoding: "utf8" }).stdout.split("\n")[0]}`;
log(`bench: ${machine}; ${opts.runs} runs per measurement, median reported; timeout ${opts.timeout} s`);

/** Runs each tool `runs` times, round-robin; a tool that fails or times out is not run again. */
function series(tools, runs = opts.runs) {
  const results = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  const failed = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, run] of Object.entries(tools)) {
      if (failed[name]) continue;
      const m = run();
      if (!m.ok) {
        failed[name] = m;
        log(`  ${name}: ${m.error} (${(m.ms / 1000).toFixed(1)} s)`);
        continue;
      }
      results[name].push(m);
      // A run over a minute is measured once: the median of one is reported as such.
      if (m.ms > 60_000) failed[name] = { ...m, once: true };
    }
  }
  return Object.fromEntries(
    Object.entries(results).map(([name, ms]) => {
      const f = failed[name];
      if (f && !f.once) return [name, { ok: false, error: f.error, ms: f.ms, rssMiB: f.rssMiB, runs: ms.length }];
      return [name, { ok: true, ms: median(ms.map((m) => m.ms)), rssMiB: median(ms.map((m) => m.rssMiB)), runs: ms.length }];
    }),
  );
}

// The rules' own cost, per expression, from OPA's profiler on one size's PolicyInput (the largest up
// to 2,000 artifacts): where the evaluation time goes, rule by rule.
const profileSize = Math.max(...opts.sizes.filter((n) => n <= 2000), Math.min(...opts.sizes));
function opaProfile(input) {
  const r = spawnSync(
    opa,
    ["eval", "--profile", "--profile-limit", "10", "--format", "json", "-d", rulesDir, "--ignore", "*_test.rego", "-i", input, "data.aigis.main.findings"],
    {
      encoding: "utf8",
      maxBuffer: 1 << 30,
      timeout: opts.timeout * 1000,
    },
  );
  if (r.status !== 0) return { error: (r.stderr || "timed out").split("\n")[0] };
  const lineOf = (file, row) => {
    try {
      return fs.readFileSync(path.resolve(root, file), "utf8").split("\n")[row - 1]?.trim().slice(0, 70) ?? "";
    } catch {
      return "";
    }
  };
  return JSON.parse(r.stdout).profile.map((e) => ({
    ms: e.total_time_ns / 1e6,
    evals: e.num_eval,
    where: `${path.relative(root, path.resolve(root, e.location.file))}:${e.location.row}`,
    code: lineOf(e.location.file, e.location.row),
  }));
}

// --- measurements ---------------------------------------------------------------------------
const bare = () => measure(process.execPath, ["-e", "0"]);
const aigis =
  (dir, env = aigisEnv) =>
  () =>
    measure(process.execPath, [cli, "check", dir, "--format", "json", "--fail-on", "none"], { env });

// The CLI starts from the code cache the build leaves for this Node (src/cli-launcher.cjs); the demo
// is measured with it and without it (as on a Node the cache was not made for).
const startCache =
  /start cache (\w+)/.exec(
    spawnSync(process.execPath, [cli, "--version"], { env: { ...aigisEnv, AIGIS_START_CACHE: "report" }, encoding: "utf8" }).stderr,
  )?.[1] ?? "unknown";
if (startCache !== "used") log(`bench: WARNING the CLI's start cache is ${startCache}: run npm run build:ts (or node scripts/build-cli.mjs --cache-only)`);
// The demo is measured first, before the ncc build below, whose burst of work slowed the next few
// seconds of this shared 2-core machine (node -e 0 by about 5 ms, the demo by about 25 ms), and with
// at least 15 rounds: a run takes a fifth of a second, and its median moves with the machine.
const DEMO_RUNS = Math.max(opts.runs, 15);
log(`bench: demo repository fixtures/gaps (${DEMO_RUNS} runs) …`);
const demo = series(
  {
    node: bare,
    aigis: aigis(path.join(root, "fixtures", "gaps")),
    uncached: aigis(path.join(root, "fixtures", "gaps"), { ...aigisEnv, AIGIS_START_CACHE: "off" }),
  },
  DEMO_RUNS,
);

log("bench: bundling scripts/bench/inproc.ts with ncc …");
const inprocDir = path.join(work, "inproc");
const ncc = spawnSync(path.join(root, "node_modules", ".bin", "ncc"), ["build", path.join(root, "scripts", "bench", "inproc.ts"), "-o", inprocDir, "-q"], {
  cwd: root,
  encoding: "utf8",
});
if (ncc.status !== 0) fail(`ncc failed:\n${ncc.stderr}`);
const inproc = path.join(inprocDir, "index.js");

const SET_NAMES = { unique: "unique names (generateRepo)", shared: "shared names, findings-heavy (generateSharedNamesRepo)" };
const rowsBySet = {};
for (const set of opts.sets) {
  const rows = [];
  const skip = {};
  rowsBySet[set] = rows;
  for (const n of opts.sizes) {
    const dir = path.join(work, `${set}-${n}`);
    log(`bench: ${set} names, ${n} artifacts: generating …`);
    const gen = set === "shared" ? generateSharedNamesRepo(dir, n) : generateRepo(dir, n);
    const input = path.join(work, `input-${set}-${n}.json`);
    const dump = spawnSync(process.execPath, [inproc, "floor", dir, "--dump-input", input], { encoding: "utf8" });
    if (dump.status !== 0) fail(`floor failed on ${dir}:\n${dump.stderr}`);
    const counts = JSON.parse(dump.stdout);
    log(
      `  ${gen.files} files, ${(gen.bytes / 2 ** 20).toFixed(1)} MiB; ${counts.artifacts} normalized artifacts; PolicyInput ${(fs.statSync(input).size / 2 ** 20).toFixed(1)} MiB`,
    );
    const tools = {
      node: bare,
      raw: () => measure(process.execPath, [inproc, "raw", dir]),
      floor: () => measure(process.execPath, [inproc, "floor", dir]),
      aigis: aigis(dir),
      opa: () => measure(opa, opaArgs(input)),
    };
    for (const name of Object.keys(skip)) delete tools[name];
    const s = series(tools);
    for (const [name, r] of Object.entries(s)) if (!r.ok) skip[name] = `failed at ${n}`;
    for (const name of Object.keys(skip)) s[name] ??= { ok: false, error: `not run (${skip[name]})` };
    // The phases and the readers are medians of --runs in-process runs too.
    const phaseRuns = [];
    for (let i = 0; s.aigis?.ok && i < opts.runs; i++) {
      const p = spawnSync(process.execPath, [inproc, "phases", dir, policyDir], { encoding: "utf8" });
      if (p.status === 0) phaseRuns.push(JSON.parse(p.stdout));
    }
    const phases = phaseRuns.length
      ? {
          ms: Object.fromEntries(Object.keys(phaseRuns[0].ms).map((k) => [k, Math.round(median(phaseRuns.map((p) => p.ms[k])))])),
          wasm: Object.fromEntries(["index", "findings", "chunks"].map((k) => [k, Math.round(median(phaseRuns.map((p) => p.wasm_ms?.[k] ?? 0)))])),
        }
      : null;
    const profile = n === profileSize ? opaProfile(input) : null;
    const readers = JSON.parse(spawnSync(process.execPath, [inproc, "readers", dir], { encoding: "utf8" }).stdout || "null");
    let batching = null;
    if (n <= opts.batchingMax && s.aigis?.ok) {
      log("  batching …");
      const b = spawnSync(process.execPath, [inproc, "batching", dir, policyDir, "--runs", "3", "--sizes", "1,65536,131072,262144,524288"], {
        encoding: "utf8",
        timeout: opts.timeout * 1000,
      });
      batching = b.status === 0 ? JSON.parse(b.stdout) : { error: (b.stderr || "timed out").split("\n")[0] };
    }
    rows.push({ n, gen, counts, inputBytes: fs.statSync(input).size, ...s, phases, readers, batching, profile });
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

// --- report ---------------------------------------------------------------------------------
const sec = (r) => {
  if (r?.ok) return (r.ms >= 10_000 ? `${(r.ms / 1000).toFixed(1)} s` : `${Math.round(r.ms)} ms`) + (r.runs === 1 ? "¹" : "");
  if (r?.error?.startsWith("killed")) return `> ${opts.timeout} s`;
  if (r?.error?.startsWith("not run")) return "not run";
  return "failed";
};
// A killed or failed run has no meaningful peak (GNU time then measures the timeout wrapper).
const mib = (r) => (r?.ok ? (Number.isFinite(r.rssMiB) ? `${Math.round(r.rssMiB)} MiB` : "n/a") : "–");
const ratio = (a, b) => (a?.ok && b?.ok ? `${(a.ms / b.ms).toFixed(2)}×` : "–");
const ms = (x) => `${Math.round(x)} ms`;

const out = [];
out.push(`Machine: ${machine}.`);
out.push(
  `Runs: ${opts.runs} per measurement, round-robin, median reported (¹ = a single run: over a minute). Rules: ${opts.policies ? opts.policies : "policies/ (aigis: dist/policy)"}.`,
);
out.push("");
out.push(
  `Demo (fixtures/gaps, ${DEMO_RUNS} runs): node -e 0 ${sec(demo.node)}, aigis ${sec(demo.aigis)} (${ratio(demo.aigis, demo.node)}; start cache ${startCache}), without the start cache ${sec(demo.uncached)} (${ratio(demo.uncached, demo.node)}); peak ${mib(demo.aigis)}.`,
);
out.push("");
const targets = [];
const check = (ok, text) => targets.push(`- ${ok === null ? "?" : ok ? "✓" : "✗"} ${text}`);
check(
  demo.aigis.ok ? demo.aigis.ms <= 2.5 * demo.node.ms : false,
  `demo within 2.5× \`node -e 0\`: ${sec(demo.aigis)} vs ${sec(demo.node)} (${ratio(demo.aigis, demo.node)}, start cache ${startCache}; without it ${ratio(demo.uncached, demo.node)})`,
);
for (const [set, rows] of Object.entries(rowsBySet)) {
  out.push(`### ${SET_NAMES[set]}`);
  out.push("");
  out.push("| artifacts (normalized) | PolicyInput | node -e 0 | raw parse | floor (readers) | aigis | opa eval | aigis / raw parse | aigis peak RSS |");
  out.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    out.push(
      `| ${r.n.toLocaleString("en")} (${r.counts.artifacts.toLocaleString("en")}) | ${(r.inputBytes / 2 ** 20).toFixed(1)} MiB | ${sec(r.node)} | ${sec(r.raw)} | ${sec(r.floor)} | ${sec(r.aigis)} | ${sec(r.opa)} | ${ratio(r.aigis, r.raw)} | ${mib(r.aigis)} |`,
    );
  }
  out.push("");
  out.push("Phases of an in-process aigis run (median, ms), beside opa eval of the same PolicyInput:");
  out.push("");
  const names = rows.find((r) => r.phases)?.phases.ms ? Object.keys(rows.find((r) => r.phases).phases.ms) : [];
  out.push(`| artifacts | ${names.join(" | ")} | of evaluate: wasm index pass, findings pass (chunks) | opa eval |`);
  out.push(`|---|${names.map(() => "---:").join("|")}|---:|---:|`);
  for (const r of rows.filter((x) => x.phases)) {
    const w = r.phases.wasm;
    out.push(`| ${r.n.toLocaleString("en")} | ${names.map((k) => r.phases.ms[k]).join(" | ")} | ${w.index}, ${w.findings} (${w.chunks}) | ${sec(r.opa)} |`);
  }
  for (const r of rows.filter((x) => x.profile)) {
    out.push("");
    if (r.profile.error) {
      out.push(`opa eval --profile at ${r.n.toLocaleString("en")} artifacts failed: ${r.profile.error}`);
      continue;
    }
    out.push(`The rules' most expensive expressions at ${r.n.toLocaleString("en")} artifacts (\`opa eval --profile\`, one run, OPA's interpreter):`);
    out.push("");
    out.push("| where | ms | evaluations | expression |");
    out.push("|---|---:|---:|---|");
    for (const e of r.profile)
      out.push(`| ${e.where} | ${e.ms.toFixed(1)} | ${e.evals.toLocaleString("en")} | \`${e.code.replaceAll("|", "\\|").replaceAll("`", "'")}\` |`);
  }
  out.push("");
  out.push("Readers against the raw parse of the same files, per format (median of 5 passes, ms):");
  out.push("");
  out.push("| artifacts | format | files | aigis reader | raw parse | × |");
  out.push("|---|---|---:|---:|---:|---:|");
  for (const r of rows.filter((x) => x.readers)) {
    for (const [fmt, v] of Object.entries(r.readers)) {
      if (fmt === "not an artifact") continue;
      out.push(
        `| ${r.n.toLocaleString("en")} | ${fmt} | ${v.files} | ${v.aigis_ms} | ${v.raw_ms} | ${v.raw_ms > 0 ? (v.aigis_ms / v.raw_ms).toFixed(1) : "–"}× |`,
      );
    }
  }
  out.push("");
  out.push("| from → to | size × | raw parse × | aigis × | opa eval × |");
  out.push("|---|---:|---:|---:|---:|");
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    out.push(
      `| ${a.n.toLocaleString("en")} → ${b.n.toLocaleString("en")} | ${(b.n / a.n).toFixed(1)} | ${ratio(b.raw, a.raw)} | ${ratio(b.aigis, a.aigis)} | ${ratio(b.opa, a.opa)} |`,
    );
  }
  out.push("");
  for (const r of rows.filter((x) => x.batching && !x.batching.error)) {
    out.push(
      `Evaluation batching at ${r.n.toLocaleString("en")} artifacts (median of 3): ${Object.entries(r.batching)
        .map(([k, v]) => `${k} ${v.chunks} × → ${v.ms} ms, ${v.wasm_mib.toFixed(1)} MiB wasm`)
        .join("; ")}.`,
    );
    out.push("");
  }
  // Targets (issue 21): linear on both sets, and on the findings-heavy set evaluation and end to end.
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const allowed = 2.1 * (b.n / a.n / 2);
    check(
      a.aigis?.ok && b.aigis?.ok ? b.aigis.ms / a.aigis.ms <= allowed : false,
      `${set}: ${a.n.toLocaleString("en")} → ${b.n.toLocaleString("en")} artifacts (${(b.n / a.n).toFixed(1)}×) at most ${allowed.toFixed(2)}× the time: ${ratio(b.aigis, a.aigis)}`,
    );
  }
  const big = rows.find((r) => r.n === 10000);
  if (big) check(big.aigis?.ok ? big.aigis.rssMiB <= 300 : false, `${set}: 10,000 artifacts at most 300 MB peak RSS: ${mib(big.aigis)}`);
  const heavy = set === "shared" ? rows.find((r) => r.n === 2000) : null;
  if (heavy?.phases) {
    check(
      heavy.opa?.ok ? heavy.phases.ms.evaluate <= heavy.opa.ms : false,
      `${set}, 2,000 artifacts: evaluation at most opa eval: ${ms(heavy.phases.ms.evaluate)} vs ${sec(heavy.opa)}`,
    );
    check(
      heavy.aigis?.ok && heavy.raw?.ok ? heavy.aigis.ms <= 3 * heavy.raw.ms : false,
      `${set}, 2,000 artifacts: end to end at most 3× the raw parse: ${sec(heavy.aigis)} vs ${sec(heavy.raw)} (${ratio(heavy.aigis, heavy.raw)})`,
    );
    const slow = Object.entries(heavy.readers ?? {}).filter(([f, v]) => f !== "not an artifact" && v.raw_ms > 0 && v.aigis_ms > 1.5 * v.raw_ms);
    check(
      heavy.readers ? slow.length === 0 : false,
      `${set}, 2,000 artifacts: every reader within 1.5× the raw parse${slow.length ? `; over: ${slow.map(([f, v]) => `${f} ${(v.aigis_ms / v.raw_ms).toFixed(1)}×`).join(", ")}` : ""}`,
    );
  }
}
out.push("Targets:");
out.push("");
out.push(...targets);

process.stdout.write(`${out.join("\n")}\n`);
if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
else log(`bench: kept ${work}`);
