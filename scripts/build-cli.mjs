// Builds the CLI into dist/cli:
//   index.cjs           the bundle (ncc, from src/cli-entry.cjs), CommonJS so it can use a code cache,
//                       and the validators (*.cjs), all made ASCII (scripts/ascii-js.mjs)
//   <id>.index.cjs.js   chunks for the commands the CLI imports on demand
//   index.js            the launcher (src/cli-launcher.cjs, copied), the file `aigis` runs
//   package.json        {"type": "commonjs"}: dist/package.json says module, for the Action's bundle
//   start.v8cache       V8's code cache for this bundle and this Node (not committed: .gitignore)
// The cache is made in a fresh process that loads the bundle through the launcher and runs checks
// of fixtures/ in every report format, so that the functions a check runs are compiled in it.
// node scripts/build-cli.mjs --cache-only [DIR] remakes only the cache (after a Node upgrade), of
// dist/cli or of a copy of it in DIR.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { asciiOnly } from "./ascii-js.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [mode, dir] = process.argv.slice(2);
const out = path.resolve(dir ?? path.join(root, "dist", "cli"));
const require = createRequire(import.meta.url);

if (mode !== undefined && mode !== "--cache-only" && mode !== "--warm") {
  console.error("usage: node scripts/build-cli.mjs [--cache-only [DIR]]");
  process.exit(2);
}
if (mode === "--warm") {
  await warm();
} else {
  if (mode !== "--cache-only") bundle();
  // A fresh process: the cache then holds what a check compiles, and nothing of this script's.
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--warm", out], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function bundle() {
  fs.mkdirSync(out, { recursive: true });
  // ncc never deletes what an earlier build wrote: stale chunks or an old cache would ship unnoticed.
  for (const name of fs.readdirSync(out)) {
    if (/^\d+\.index\.(cjs\.)?js$/.test(name) || name === "start.v8cache" || name === "index.cjs") fs.rmSync(path.join(out, name));
  }
  const ncc = spawnSync(path.join(root, "node_modules", ".bin", "ncc"), ["build", "src/cli-entry.cjs", "-o", out, "-q"], { cwd: root, stdio: "inherit" });
  if (ncc.status !== 0) process.exit(ncc.status ?? 1);
  // The launcher reads an ASCII script as Latin-1 instead of decoding UTF-8 (about 3 ms for the bundle).
  for (const name of fs.readdirSync(out).sort()) {
    if (!name.endsWith(".cjs")) continue;
    const file = path.join(out, name);
    const { text, left } = asciiOnly(fs.readFileSync(file, "utf8"));
    new vm.Script(text, { filename: file }); // still JavaScript
    fs.writeFileSync(file, text);
    if (left) console.error(`build-cli: ${name} keeps ${left} non-ASCII characters (in identifiers or tagged templates); it will be decoded as UTF-8`);
  }
  fs.writeFileSync(path.join(out, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
  fs.copyFileSync(path.join(root, "src", "cli-launcher.cjs"), path.join(out, "index.js"));
  fs.chmodSync(path.join(out, "index.js"), 0o755);
}

async function warm() {
  const launcher = require(path.join(out, "index.js"));
  const started = launcher.load({ cache: false });
  const silent = { write: () => true };
  const io = { out: silent, err: silent };
  const check = async (...args) => {
    const code = await started.exports.main(["check", ...args, "--fail-on", "none"], io);
    if (code !== 0) throw new Error(`build-cli: aigis check ${args.join(" ")} exited ${code} while making the start cache`);
  };
  for (const fixture of ["gaps", "passing"]) {
    for (const format of ["text", "json", "sarif", "html", "oscal"]) await check(path.join(root, "fixtures", fixture), "--format", format);
  }
  await check(path.join(root, "fixtures", "gaps"), "--short");
  // Validators the fixtures do not load are compiled too: their cached top level spares a run
  // compiling the whole file first.
  const loadScript = globalThis[Symbol.for("aigis.cli.loadScript")];
  for (const name of fs.readdirSync(out).sort()) if (name.endsWith(".cjs") && name !== "index.cjs") loadScript(path.join(out, name));

  const scripts = {};
  const blobs = [];
  let offset = 0;
  for (const [name, { script, size, mtimeMs, ctimeMs }] of [...started.scripts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const data = script.createCachedData();
    scripts[name] = { size, mtimeMs, ctimeMs, offset, length: data.length };
    blobs.push(data);
    offset += data.length;
  }
  // Written whole, then renamed: a run never sees half a cache.
  const tmp = `${launcher.CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify({ node: started.node, scripts })}\n`), ...blobs]));
  fs.renameSync(tmp, launcher.CACHE);
}
