#!/usr/bin/env node
// npm run bench:merge: how fast and how big `aigis merge` is on an organisation's worth of reports.
//
// Makes seed reports with the CLI bundle (node dist/cli/index.js check --format json) on every
// fixture repository, at every threshold, and on synthetic repositories from generate.mjs (the
// largest seeds: thousands of artifacts and findings), then writes --reports reports (default
// 2,000) as copies of the seeds, each under its own repository name and in its own directory (the
// layout actions/download-artifact leaves). Then runs `aigis merge DIR --format F --output FILE`
// --runs times per format and reports the median wall time and peak RSS (GNU time -f %M), against the
// targets: 2,000 reports in under 15 s and 600 MB.
//
// Options: --reports 2000  --runs 3  --large 20 (how many reports are copies of the largest seed)
//          --large-artifacts 2000 (size of the synthetic repository behind the largest seed)  --keep
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateRepo } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = path.join(root, "dist", "cli", "index.js");
const log = (s) => process.stderr.write(`${s}\n`);

function options(argv) {
  const o = { reports: 2000, runs: 3, large: 20, largeArtifacts: 2000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => Number(argv[++i]);
    if (a === "--reports") o.reports = next();
    else if (a === "--runs") o.runs = next();
    else if (a === "--large") o.large = next();
    else if (a === "--large-artifacts") o.largeArtifacts = next();
    else if (a === "--keep") o.keep = true;
    else {
      log(`bench:merge: unknown option ${a}`);
      process.exit(2);
    }
  }
  return o;
}

const opts = options(process.argv.slice(2));
if (!fs.existsSync(cli)) {
  log("bench:merge: build the CLI first (npm run build)");
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-bench-merge-"));
const GNU_TIME = fs.existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;

function check(dir, args) {
  const r = spawnSync(process.execPath, [cli, "check", dir, "--format", "json", ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`aigis check ${dir}: ${r.stderr}`);
  return r.stdout;
}

// Seeds: real reports, small (fixtures) and large (synthetic repositories).
const fixtureRepos = [
  "passing",
  "gaps",
  "waivers",
  "agents/valid",
  "agents/risky",
  "malformed",
  ...fs.readdirSync(path.join(root, "fixtures", "formats")).map((f) => `formats/${f}`),
];
const seeds = [];
for (const f of fixtureRepos) for (const t of ["critical", "high", "none"]) seeds.push(check(path.join(root, "fixtures", f), ["--fail-on", t]));
const synthetic = [200, opts.largeArtifacts].map((n) => {
  const dir = path.join(work, `synthetic-${n}`);
  generateRepo(dir, n);
  return check(dir, ["--fail-on", "high"]);
});
const large = synthetic.pop();
seeds.push(...synthetic);
log(
  `seeds: ${seeds.length} reports of ${Math.round(Math.min(...seeds.map((s) => s.length)) / 1024)}–${Math.round(Math.max(...seeds.map((s) => s.length)) / 1024)} KiB; the large one ${(large.length / 1048576).toFixed(1)} MiB`,
);

// The reports: seed copies under their own repository names; every (reports/large)-th is the large seed.
const reportsDir = path.join(work, "reports");
let bytes = 0;
const every = opts.large > 0 ? Math.floor(opts.reports / opts.large) : Infinity;
for (let i = 0; i < opts.reports; i++) {
  const seed = i % every === every - 1 ? large : seeds[i % seeds.length];
  const name = `acme/repo-${String(i).padStart(4, "0")}`;
  const text = seed.replace(/"repository": (null|"[^"]*")/, `"repository": ${JSON.stringify(name)}`);
  const dir = path.join(reportsDir, `aigis-report-${i}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "aigis.json"), text);
  bytes += Buffer.byteLength(text);
}
log(`${opts.reports} reports, ${(bytes / 1048576).toFixed(0)} MiB in all`);

function measure(format) {
  const out = path.join(work, `org.${format}`);
  const timeFile = path.join(work, "time.txt");
  const argv = [process.execPath, cli, "merge", reportsDir, "--format", format, "--output", out];
  const full = GNU_TIME ? ["/usr/bin/time", "-f", "%M", "-o", timeFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`aigis merge (${format}) ended with ${r.status}: ${r.stderr}`);
  const view = format === "json" ? JSON.parse(fs.readFileSync(out, "utf8")) : null;
  if (view && view.totals.reports !== opts.reports) throw new Error(`merged ${view.totals.reports} of ${opts.reports} reports`);
  const rssMiB = GNU_TIME ? Number(fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()) / 1024 : NaN;
  return { ms, rssMiB, size: fs.statSync(out).size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const rows = [];
for (const format of ["json", "markdown", "html"]) {
  const runs = Array.from({ length: opts.runs }, () => measure(format));
  rows.push({ format, ms: median(runs.map((r) => r.ms)), rssMiB: median(runs.map((r) => r.rssMiB)), size: runs[0].size });
}

const lines = [
  `aigis merge, ${opts.reports} reports (${(bytes / 1048576).toFixed(0)} MiB; ${Number.isFinite(every) ? Math.floor(opts.reports / every) : 0} of them ${(large.length / 1048576).toFixed(1)} MiB), median of ${opts.runs} runs, node ${process.version}, ${os.cpus().length} CPUs`,
  "",
  "| format | wall time | peak RSS | output |",
  "|---|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.format} | ${(r.ms / 1000).toFixed(2)} s | ${Number.isFinite(r.rssMiB) ? `${Math.round(r.rssMiB)} MB` : "n/a"} | ${Math.round(r.size / 1024)} KiB |`,
  ),
];
process.stdout.write(`${lines.join("\n")}\n`);
const worst = { ms: Math.max(...rows.map((r) => r.ms)), rss: Math.max(...rows.map((r) => r.rssMiB)) };
const ok = worst.ms < 15_000 && !(worst.rss >= 600);
process.stdout.write(
  `\n${ok ? "met" : "MISSED"}: under 15 s (${(worst.ms / 1000).toFixed(2)} s) and 600 MB (${Number.isFinite(worst.rss) ? `${Math.round(worst.rss)} MB` : "n/a"})\n`,
);
if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
process.exitCode = ok ? 0 : 1;
