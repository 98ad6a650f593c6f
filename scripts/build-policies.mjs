#!/usr/bin/env node
// Checks, tests and compiles the Rego rules, then writes what the bundled action loads at run time:
//   dist/policy/policy.wasm   the rules compiled with `opa build -t wasm`
//   dist/policy/data.json     default rule parameters (passed to setData once)
//   dist/policy/rules.json    every rule's metadata, from its `# METADATA` block (the single source)
//   dist/policy/catalog.json  the control catalog, for titles and links in reports
//   dist/policy/rego/         the rule sources without tests (and data.json): the library that
//                             custom-policies are compiled with, so the team's rules use the same
//                             lib and aggregator (src/custom/compile.ts)
//   dist/policy/schema/       policy-input.json, for `opa check --schema` of custom rules
// Flags: --test-only (fmt, check, lint, test; no build), --skip-lint.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { metadataProblems } from "../src/custom/metadata-contract.mjs";
import { paramsProblems } from "./params.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tools = path.join(root, ".tools", "bin");
const opa = path.join(tools, "opa");
const regal = path.join(tools, "regal");
const policies = "policies";
const outDir = path.join(root, "dist", "policy");
const ENTRYPOINT = "aigis/main/results";
// The repository index, evaluated per chunk when a large input is split (src/engine/chunks.ts).
// Named here rather than by an `entrypoint: true` annotation on data.aigis.index.local: OPA 1.22's
// wasm build rejects rules that call functions depending on an entrypoint that other rules use.
const INDEX_ENTRYPOINT = "aigis/main/index";
const COVERAGE_THRESHOLD = 95;
// opa test stops at 5 s by default, which a loaded machine running with --coverage exceeds.
const args = new Set(process.argv.slice(2));

function fail(message) {
  console.error(`build-policies: ${message}`);
  process.exit(1);
}

function run(cmd, cmdArgs, { capture = false } = {}) {
  const res = spawnSync(cmd, cmdArgs, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (res.error) fail(`${path.basename(cmd)} could not start (${res.error.message}); run scripts/install-tools.sh`);
  if (!capture || res.status !== 0) {
    if (res.stdout) process.stdout.write(res.stdout);
    if (res.stderr) process.stderr.write(res.stderr);
  }
  if (res.status !== 0) fail(`${path.basename(cmd)} ${cmdArgs[0]} failed`);
  return res.stdout;
}

if (!fs.existsSync(opa)) {
  execFileSync("bash", [path.join(root, "scripts", "install-tools.sh")], { stdio: "inherit" });
}

// Rule parameters are defined once (catalog/rule-params.json); the defaults and the config schema follow.
try {
  const problems = paramsProblems(root);
  if (problems.length) fail(`rule parameters:\n  ${problems.join("\n  ")}`);
} catch (e) {
  fail(`rule parameters: ${e.message}`);
}

run(opa, ["fmt", "--list", "--fail", policies]);
run(opa, ["check", "--strict", "--schema", "schema", policies]);
if (!args.has("--skip-lint")) run(regal, ["lint", "--format", "pretty", policies]);

const coverage = JSON.parse(run(opa, ["test", "--coverage", "--timeout", "300s", policies], { capture: true }));
const uncovered = Object.entries(coverage.files ?? {})
  .filter(([, f]) => (f.not_covered ?? []).length > 0)
  .map(([file, f]) => `${file}: lines ${f.not_covered.map((r) => (r.start.row === r.end.row ? r.start.row : `${r.start.row}-${r.end.row}`)).join(", ")}`);
console.log(`opa test: coverage ${coverage.coverage.toFixed(2)}% (threshold ${COVERAGE_THRESHOLD}%)`);
if (coverage.coverage < COVERAGE_THRESHOLD) fail(`coverage below ${COVERAGE_THRESHOLD}%:\n  ${uncovered.join("\n  ")}`);

const rules = collectRules(JSON.parse(run(opa, ["inspect", "-a", "--format", "json", policies], { capture: true })));
checkRules(rules);
console.log(`rules: ${rules.length} with valid metadata`);
if (args.has("--test-only")) process.exit(0);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-policy-"));
try {
  const bundle = path.join(tmp, "bundle.tar.gz");
  run(opa, ["build", "-t", "wasm", "-e", ENTRYPOINT, "-e", INDEX_ENTRYPOINT, "--ignore", "*_test.rego", "-o", bundle, policies]);
  const files = untar(zlib.gunzipSync(fs.readFileSync(bundle)));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "policy.wasm"), files.get("/policy.wasm"));
  fs.writeFileSync(path.join(outDir, "data.json"), stableJson(JSON.parse(files.get("/data.json").toString("utf8"))));
  fs.writeFileSync(
    path.join(outDir, "rules.json"),
    stableJson({ entrypoint: ENTRYPOINT, index_entrypoint: INDEX_ENTRYPOINT, rules: rules.map(({ annotation, ...meta }) => meta) }),
  );
  fs.copyFileSync(path.join(root, "catalog", "controls.json"), path.join(outDir, "catalog.json"));
  shipSources();
  console.log(`wrote ${path.relative(root, outDir)}/ (policy.wasm ${files.get("/policy.wasm").length} bytes)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// The Rego library as custom policies compile against it: every non-test .rego file and data.json,
// in the same tree, plus the PolicyInput schema.
function shipSources() {
  const regoOut = path.join(outDir, "rego");
  fs.rmSync(regoOut, { recursive: true, force: true });
  const copy = (rel) => {
    for (const e of fs.readdirSync(path.join(root, policies, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) copy(r);
      else if ((e.name.endsWith(".rego") && !e.name.endsWith("_test.rego")) || e.name === "data.json") {
        fs.mkdirSync(path.join(regoOut, rel), { recursive: true });
        fs.copyFileSync(path.join(root, policies, r), path.join(regoOut, r));
      }
    }
  };
  copy("");
  fs.mkdirSync(path.join(outDir, "schema"), { recursive: true });
  fs.copyFileSync(path.join(root, "schema", "policy-input.json"), path.join(outDir, "schema", "policy-input.json"));
}

// Rules are the packages under aigis.rules with a package-scoped METADATA block.
function collectRules(inspection) {
  const out = [];
  for (const entry of inspection.annotations ?? []) {
    const a = entry.annotations;
    const pkg = entry.path
      .slice(1)
      .map((t) => t.value)
      .join(".");
    if (a.scope !== "package" || !pkg.startsWith("aigis.rules.")) continue;
    const c = a.custom ?? {};
    out.push({
      annotation: a,
      id: c.id,
      package: pkg,
      file: path.relative(root, path.resolve(root, entry.location.file)),
      title: a.title,
      description: (a.description ?? "").trim(),
      severity: c.severity,
      controls: c.controls ?? [],
      crosswalk_backed: c.crosswalk_backed ?? [],
      effort: c.effort ?? "small",
      remediation: (c.remediation ?? "").trim(),
      example: c.example ? c.example.replace(/\s+$/, "") : undefined,
      applies_to: c.applies_to ?? [],
      heuristic: c.heuristic === true ? true : undefined,
      // A rule that can only report gaps says so, with why; every other rule emits evidence.
      evidence: c.evidence === "none" ? "none" : undefined,
      evidence_reason: c.evidence_reason ? String(c.evidence_reason).trim() : undefined,
      related_resources: (a.related_resources ?? []).map((r) => r.ref),
    });
  }
  return out.sort((x, y) => String(x.id).localeCompare(String(y.id)));
}

// The METADATA contract (src/custom/metadata-contract.mjs, the same check custom rules get at run
// time) plus what only the built-in rules must have: unique ids, evidence rules, crosswalk backing.
function checkRules(list) {
  const catalog = JSON.parse(fs.readFileSync(path.join(root, "catalog", "controls.json"), "utf8"));
  const known = new Set(catalog.frameworks.flatMap((f) => f.controls.map((c) => c.key)));
  const validate = createRequire(import.meta.url)(path.join(root, "src", "generated", "rule-metadata.cjs"))({});
  const problems = [];
  const seen = new Map();
  for (const r of list) {
    const where = `${r.file} (${r.package})`;
    const contract = metadataProblems(validate, r.annotation, { pkg: r.package, builtin: true, knownControls: known });
    for (const p of contract) problems.push(`${where}: ${p}`);
    if (contract.length) continue;
    if (seen.has(r.id)) problems.push(`${where}: id ${r.id} also used by ${seen.get(r.id)}`);
    seen.set(r.id, where);
    // A control is met only through evidence: a rule either records what it found satisfied or
    // declares itself gap-only, with a reason, so that its silence is never read as a pass.
    const source = fs.readFileSync(path.join(root, r.file), "utf8");
    const emits = /^evidence contains\b/m.test(source);
    if (r.evidence === "none" && emits) problems.push(`${where}: declares custom.evidence: none but defines an evidence rule`);
    if (r.evidence !== "none" && !emits)
      problems.push(`${where}: defines no evidence rule; emit \`evidence contains lib.evidence(…)\` or declare custom.evidence: none with a reason`);
    // A mapping marked as crosswalk-backed must really be backed: the published crosswalk pairs it
    // with a control the same rule cites. Everything else is the project's judgement.
    for (const key of r.crosswalk_backed) {
      if (!r.controls.includes(key)) problems.push(`${where}: crosswalk_backed lists ${key}, which the rule does not cite`);
      else if (!backedBy(catalog, key, r.controls))
        problems.push(`${where}: ${key} is marked crosswalk-backed, but no published crosswalk pairs it with a control this rule cites`);
    }
  }
  if (problems.length) fail(`rule metadata problems:\n  ${problems.join("\n  ")}`);
}

function backedBy(catalog, key, cited) {
  const published = catalog.crosswalks.filter((c) => !/^editorial/i.test(c.authority));
  return published.some((cw) => cw.pairs.some(([a, b]) => (a === key && cited.includes(b)) || (b === key && cited.includes(a))));
}

// Minimal ustar reader: opa build writes regular files with plain names.
function untar(buf) {
  const files = new Map();
  for (let off = 0; off + 512 <= buf.length; ) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
    const prefix = header.subarray(345, 500).toString("utf8").replace(/\0.*$/s, "");
    const size = parseInt(header.subarray(124, 136).toString("utf8").replace(/\0.*$/s, "").trim() || "0", 8);
    const full = prefix ? `${prefix}/${name}` : name;
    files.set(full.startsWith("/") ? full : `/${full}`, buf.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function stableJson(value) {
  const sort = (v) =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .filter((k) => v[k] !== undefined)
              .map((k) => [k, sort(v[k])]),
          )
        : v;
  return JSON.stringify(sort(value), null, 2) + "\n";
}
