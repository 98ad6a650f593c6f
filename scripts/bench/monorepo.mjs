#!/usr/bin/env node
// npm run bench -- --monorepo [FILES]: the observed AI inventory on a large monorepo. Generates a
// repository of FILES files (default 40,000): mostly ordinary source (TypeScript, Python, Go, Java),
// each package with its manifest, a few percent of files calling an AI SDK or loading a Hub model,
// some weights files and Git LFS pointers, and vendored trees (node_modules, vendor/, a Python
// virtual environment, build output) that must not be read. Then measures, --runs times round-robin
// (median reported):
//   read floor  walking the tree and reading every non-vendored file once (this script, `floor` mode)
//   aigis       node dist/cli/index.js check DIR --format json --fail-on none, end to end
// and peak RSS from GNU time. Targets: aigis within 3× the read floor, under 400 MB.
//
// Usage: node scripts/bench/monorepo.mjs [--files 40000] [--runs 3] [--keep]
//        node scripts/bench/monorepo.mjs floor DIR   (the read floor alone)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const self = fileURLToPath(import.meta.url);
/** Trees the floor does not read: what aigis skips for the inventory and discovery. */
const VENDORED = new Set(["node_modules", "vendor", ".venv", "venv", "dist", "build", "target", ".git", "__pycache__", "site-packages"]);

if (process.argv[2] === "floor") {
  let files = 0;
  let bytes = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!VENDORED.has(e.name)) walk(path.join(dir, e.name));
      } else if (e.isFile()) {
        bytes += fs.readFileSync(path.join(dir, e.name)).byteLength;
        files++;
      }
    }
  };
  walk(path.resolve(process.argv[3]));
  process.stdout.write(JSON.stringify({ files, bytes }) + "\n");
  process.exit(0);
}

function options(argv) {
  const o = { files: 40_000, runs: 3, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--files") o.files = Number(argv[++i]);
    else if (a === "--runs") o.runs = Number(argv[++i]);
    else if (a === "--keep") o.keep = true;
    else if (a === "--monorepo") continue;
    else {
      console.error(`bench monorepo: unknown option ${a}`);
      process.exit(2);
    }
  }
  return o;
}

/** mulberry32, so the same size always gives the same repository. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    hex: (n) => Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(next() * 16)]).join(""),
  };
}

const filler = (r, lang, lines) => {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const n = r.int(0, 9999);
    if (lang === "py") out.push(`def handler_${i}(request, value=${n}):\n    return {"status": "ok", "value": value * ${i}, "model": request.get("model")}`);
    else if (lang === "go") out.push(`func Handler${i}(v int) int {\n\treturn v * ${n} // model: "none"\n}`);
    else if (lang === "java") out.push(`  public int handler${i}(int v) { return v * ${n}; }`);
    else out.push(`export function handler${i}(value: number): { model: string; value: number } {\n  return { model: "none", value: value * ${n} };\n}`);
  }
  return out.join("\n\n") + "\n";
};

const AI_PY = (r) =>
  `from openai import OpenAI\nfrom transformers import pipeline\n\nclient = OpenAI()\nclassifier = pipeline("text-classification", model="org${r.int(1, 40)}/classifier-${r.int(1, 20)}")\n\n\ndef answer(q):\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])\n`;
const AI_TS = () =>
  `import Anthropic from "@anthropic-ai/sdk";\n\nconst client = new Anthropic();\nexport const ask = (q: string) => client.messages.create({ model: "claude-3-5-haiku-20241022", max_tokens: 256, messages: [{ role: "user", content: q }] });\n`;

/** Writes the monorepo; returns how many files it holds, and how many of them are vendored. */
function generate(dir, total) {
  const r = rng(total);
  let files = 0;
  let vendored = 0;
  const write = (rel, text, isVendored = false) => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    files++;
    if (isVendored) vendored++;
  };
  const vendoredTarget = Math.floor(total * 0.25);
  // Vendored trees: a quarter of the files, never read for the inventory.
  for (let i = 0; vendored < vendoredTarget; i++) {
    const tree = [
      "web/node_modules/openai/src",
      "services/api/.venv/lib/python3.12/site-packages/openai",
      "tools/vendor/github.com/sashabaranov/go-openai",
      "web/dist/assets",
    ][i % 4];
    write(`${tree}/f${i}.${["js", "py", "go", "js"][i % 4]}`, i % 4 === 1 ? AI_PY(r) : filler(r, ["ts", "py", "go", "ts"][i % 4], r.int(5, 30)), true);
  }
  const langs = ["ts", "py", "go", "java"];
  for (let p = 0; files < total; p++) {
    const lang = langs[p % 4];
    const pkg = `packages/${lang}-svc-${p}`;
    if (lang === "ts")
      write(
        `${pkg}/package.json`,
        JSON.stringify(
          { name: `svc-${p}`, dependencies: { react: "18.3.1", express: "4.19.2", ...(p % 10 === 0 ? { "@anthropic-ai/sdk": "0.30.1" } : {}) } },
          null,
          2,
        ),
      );
    else if (lang === "py")
      write(`${pkg}/requirements.txt`, `fastapi==0.115.0\nrequests==2.32.3\n${p % 10 === 1 ? "openai==1.51.0\ntransformers==4.45.2\n" : ""}`);
    else if (lang === "go") write(`${pkg}/go.mod`, `module example.com/svc${p}\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n`);
    else
      write(
        `${pkg}/pom.xml`,
        `<project><artifactId>svc-${p}</artifactId><dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency></dependencies></project>\n`,
      );
    write(`${pkg}/README.md`, `# Service ${p}\n\nInternal service. See the runbook.\n`);
    const sources = r.int(20, 60);
    for (let s = 0; s < sources && files < total; s++) {
      const ai = r.chance(0.02);
      const ext = { ts: "ts", py: "py", go: "go", java: "java" }[lang];
      const text = ai && lang === "py" ? AI_PY(r) : ai && lang === "ts" ? AI_TS() : filler(r, lang, r.int(10, 60));
      write(`${pkg}/src/mod${s}/file${s}.${ext}`, text);
    }
    if (p % 50 === 7) write(`${pkg}/models/model.onnx`, `version https://git-lfs.github.com/spec/v1\noid sha256:${r.hex(64)}\nsize ${r.int(1e6, 1e9)}\n`);
  }
  return { files, vendored };
}

function measure(cmd, args) {
  const timeFile = path.join(os.tmpdir(), `aigis-bench-time-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const res = spawnSync("/usr/bin/time", ["-f", "%M", "-o", timeFile, cmd, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0 && !(res.status === 1 && cmd === process.execPath && args.includes("check")))
    throw new Error(`${cmd} ${args.join(" ")} failed: ${res.stderr}`);
  const rssMiB = Number(fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()) / 1024;
  fs.rmSync(timeFile, { force: true });
  return { ms, rssMiB, stdout: res.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const opts = options(process.argv.slice(2));
const cli = path.join(root, "dist", "cli", "index.js");
if (!fs.existsSync(cli)) {
  console.error("bench monorepo: dist/cli/index.js is missing; run npm run build");
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-monorepo-"));
const dir = path.join(work, "repo");
const gen = generate(dir, opts.files);
const report = path.join(work, "report.json");
process.stderr.write(`bench monorepo: ${gen.files} files (${gen.vendored} vendored) in ${dir}; ${opts.runs} runs each\n`);
const floor = [];
const aigis = [];
let uses = 0;
for (let i = 0; i < opts.runs; i++) {
  floor.push(measure(process.execPath, [self, "floor", dir]));
  aigis.push(measure(process.execPath, [cli, "check", dir, "--format", "json", "--fail-on", "none", "--output", report]));
  uses = JSON.parse(fs.readFileSync(report, "utf8")).inventory.length;
}
const f = { ms: median(floor.map((m) => m.ms)), rss: median(floor.map((m) => m.rssMiB)) };
const a = { ms: median(aigis.map((m) => m.ms)), rss: median(aigis.map((m) => m.rssMiB)) };
const read = JSON.parse(floor[0].stdout);
const ratio = a.ms / f.ms;
const cpus = os.cpus();
console.log(
  `Monorepo: ${gen.files} files (${gen.vendored} vendored, ${read.files} read by the floor, ${(read.bytes / 2 ** 20).toFixed(1)} MiB), ${uses} AI uses found`,
);
console.log(`Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, Node ${process.version}; median of ${opts.runs} runs`);
console.log("");
console.log("| | wall time | peak RSS |");
console.log("|---|---:|---:|");
console.log(`| read floor (walk + read every non-vendored file once) | ${(f.ms / 1000).toFixed(2)} s | ${Math.round(f.rss)} MB |`);
console.log(`| aigis check, end to end | ${(a.ms / 1000).toFixed(2)} s | ${Math.round(a.rss)} MB |`);
console.log("");
console.log(
  `aigis / read floor: ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? "met" : "MISSED"}; peak RSS ${Math.round(a.rss)} MB (target < 400 MB) ${a.rss < 400 ? "met" : "MISSED"}`,
);
if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
