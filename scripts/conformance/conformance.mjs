#!/usr/bin/env node
// Format conformance: IN-001/IN-002 ("could not be read" / "is not a valid <format> file") must mean
// what the format's reference validator says. For each vendored corpus under fixtures/conformance/
// (see its SOURCES.md) this runs the bundled aigis CLI (dist/: run `npm run build` first) and the
// oracle, then prints a confusion table per format:
//   CycloneDX  the specification's own test suite: valid-*.json must read, invalid-*.json must get
//              IN-001/IN-002. Any disagreement fails the run.
//   Croissant  mlcroissant (scripts/conformance/oracle.py) on the official examples and on
//              mlcroissant's own invalid test graphs.
//   SPDX 3     spdx3-validate (JSON Schema + SHACL, offline) on the spdx-examples and spdx-3-model
//              examples.
// For Croissant and SPDX 3 the run fails when a file the oracle accepts gets IN-001/IN-002; a file
// the oracle rejects that aigis reads is listed but tolerated (aigis checks less than the oracle).
//
//   node scripts/conformance/conformance.mjs [--format cyclonedx|croissant|spdx3]... [--verbose]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = path.join(root, "fixtures", "conformance");
const cli = path.join(root, "dist", "cli", "index.js");
const python = path.join(root, ".tools", "venv", "bin", "python");
const oracleScript = path.join(root, "scripts", "conformance", "oracle.py");
const READ_FAILURES = new Set(["AIGIS-IN-001", "AIGIS-IN-002"]);

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.flatMap((a, i) => (a === "--format" ? [args[i + 1]] : a.startsWith("--format=") ? [a.slice(9)] : []));
const wanted = (f) => only.length === 0 || only.includes(f);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".json") ? [p] : [];
  });
}

/** aigis on a corpus directory: file (relative to the corpus) → its IN-001/IN-002 messages. */
function aigisVerdicts(dir) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aigis-conformance-")), "report.json");
  const r = spawnSync(process.execPath, [cli, "check", dir, "--format", "json", "--fail-on", "none", "--output", out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`aigis check ${path.relative(root, dir)} exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const flagged = new Map();
  for (const f of report.findings) {
    if (!READ_FAILURES.has(f.rule)) continue;
    const list = flagged.get(f.path) ?? [];
    list.push(`${f.rule.replace("AIGIS-", "")}: ${f.message}`);
    flagged.set(f.path, list);
  }
  return flagged;
}

/** The reference validator on these files, in `parallel` processes: absolute path → {accepted, errors}. */
function oracleVerdicts(format, files, parallel) {
  const chunks = Array.from({ length: parallel }, (_, i) => files.filter((_, j) => j % parallel === i)).filter((c) => c.length);
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise((resolve, reject) => {
          const child = spawn(python, [oracleScript, format, ...chunk], { stdio: ["ignore", "pipe", "pipe"] });
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (d) => (stdout += d));
          child.stderr.on("data", (d) => (stderr += d));
          child.on("error", reject);
          child.on("close", (code) => {
            if (code !== 0) return reject(new Error(`oracle ${format} exited ${code}: ${stderr.slice(-2000)}`));
            resolve(
              stdout
                .split("\n")
                .filter(Boolean)
                .map((l) => JSON.parse(l)),
            );
          });
        }),
    ),
  ).then((parts) => new Map(parts.flat().map((v) => [path.resolve(v.file), v])));
}

function table(title, rows) {
  const cell = (s, w) => String(s).padStart(w);
  console.log(`\n${title}`);
  console.log(`  ${"".padEnd(26)}${cell("IN-001/IN-002", 15)}${cell("read", 8)}`);
  for (const [label, flagged, read] of rows) console.log(`  ${label.padEnd(26)}${cell(flagged, 15)}${cell(read, 8)}`);
}

function tally(entries) {
  const count = (accepted, flagged) => entries.filter((e) => e.accepted === accepted && e.flagged === flagged).length;
  return { rejectFlag: count(false, true), rejectRead: count(false, false), acceptFlag: count(true, true), acceptRead: count(true, false) };
}

function show(entries, which, label) {
  const list = entries.filter(which);
  if (!list.length) return;
  console.log(`  ${label}:`);
  for (const e of list) console.log(`    ${e.file}${e.why ? `\n      ${e.why}` : ""}`);
}

async function main() {
  if (!fs.existsSync(cli)) throw new Error("dist/cli/index.js is missing: run `npm run build` first");
  const needsOracle = wanted("croissant") || wanted("spdx3");
  if (needsOracle) {
    const r = spawnSync("bash", [path.join(root, "scripts", "conformance", "install-oracles.sh")], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("could not install the reference validators (scripts/conformance/install-oracles.sh)");
  }
  const started = Date.now();
  const failures = [];

  // The oracles are slow (SHACL); start them first, judge with aigis while they run.
  const croissantDir = path.join(corpus, "croissant");
  const spdxDir = path.join(corpus, "spdx3");
  const croissantFiles = wanted("croissant") ? walk(croissantDir) : [];
  const spdxFiles = wanted("spdx3") ? walk(spdxDir).filter((f) => !f.startsWith(path.join(spdxDir, "model") + path.sep)) : [];
  const pending = {
    croissant: croissantFiles.length ? oracleVerdicts("croissant", croissantFiles, 1) : null,
    spdx3: spdxFiles.length ? oracleVerdicts("spdx3", spdxFiles, 2) : null,
  };

  if (wanted("cyclonedx")) {
    const dir = path.join(corpus, "cyclonedx");
    const flagged = aigisVerdicts(dir);
    for (const version of fs.readdirSync(dir).sort()) {
      const entries = walk(path.join(dir, version)).map((f) => {
        const rel = path.relative(dir, f).split(path.sep).join("/");
        return { file: rel, accepted: path.basename(f).startsWith("valid-"), flagged: flagged.has(rel), why: flagged.get(rel)?.[0] };
      });
      const t = tally(entries);
      table(`CycloneDX ${version} — specification test suite (${entries.length} files)`, [
        ["suite: invalid-*", t.rejectFlag, t.rejectRead],
        ["suite: valid-*", t.acceptFlag, t.acceptRead],
      ]);
      show(entries, (e) => e.accepted && e.flagged, "valid but IN-001/IN-002");
      show(entries, (e) => !e.accepted && !e.flagged, "invalid but read");
      if (t.acceptFlag || t.rejectRead) failures.push(`CycloneDX ${version}: ${t.acceptFlag} valid file(s) flagged, ${t.rejectRead} invalid file(s) read`);
    }
  }

  for (const [format, dir, name] of [
    ["croissant", croissantDir, "Croissant — mlcroissant 1.1.1"],
    ["spdx3", spdxDir, "SPDX 3 — spdx3-validate 0.0.7"],
  ]) {
    if (!pending[format]) continue;
    const flagged = aigisVerdicts(dir);
    const oracle = await pending[format];
    const entries = (format === "croissant" ? croissantFiles : spdxFiles).map((f) => {
      const rel = path.relative(dir, f).split(path.sep).join("/");
      const v = oracle.get(path.resolve(f));
      if (!v) throw new Error(`the ${format} oracle gave no verdict for ${rel}`);
      const isFlagged = flagged.has(rel);
      return { file: rel, accepted: v.accepted, flagged: isFlagged, why: isFlagged ? flagged.get(rel)[0] : v.errors[0] };
    });
    const t = tally(entries);
    table(`${name} (${entries.length} files)`, [
      ["oracle rejects", t.rejectFlag, t.rejectRead],
      ["oracle accepts", t.acceptFlag, t.acceptRead],
    ]);
    show(entries, (e) => e.accepted && e.flagged, "accepted by the oracle but IN-001/IN-002");
    if (verbose) show(entries, (e) => !e.accepted && !e.flagged, "rejected by the oracle but read (oracle's reason)");
    else if (t.rejectRead) console.log(`  (${t.rejectRead} file(s) the oracle rejects are read by aigis; --verbose lists them)`);
    if (t.acceptFlag) failures.push(`${name}: ${t.acceptFlag} file(s) the oracle accepts get IN-001/IN-002`);
  }

  console.log(`\nconformance: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (failures.length) {
    for (const f of failures) console.error(`conformance: ${f}`);
    process.exit(1);
  }
  console.log("conformance: aigis agrees with the reference validators");
}

main().catch((e) => {
  console.error(`conformance: ${e.message}`);
  process.exit(2);
});
