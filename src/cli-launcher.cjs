#!/usr/bin/env node
// aigis's command line, shipped as dist/cli/index.js. It compiles the CLI bundle (dist/cli/index.cjs)
// and the schema validators beside it itself, so that it can hand V8 a code cache: compiling them is
// about half of a small scan (docs/benchmark.md, "Start-up"). `npm run build` leaves that cache in
// dist/cli/start.v8cache (never committed) for the Node that built it. A script's cached code is
// used only when it was made for that very file and for this Node, and V8 refuses what it cannot
// use; a script then compiles as Node would compile it. This file only reads: it never writes the
// cache. A file is known by its size, modification time and status-change time: V8 checks only the
// length, and tools that keep a modification time (cp -p, tar, touch -d) cannot set the other.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");
const { isAscii } = require("node:buffer");

const BUNDLE = path.join(__dirname, "index.cjs");
const CACHE = path.join(__dirname, "start.v8cache");
// The bundle asks for its validators through this (src/parse/generated-validator.ts).
const LOAD_SCRIPT = Symbol.for("aigis.cli.loadScript");

/** The Node a cache is made for. */
function nodeKey() {
  return { version: process.version, v8: process.versions.v8, arch: process.arch, platform: process.platform };
}

/**
 * The cache file: one line of JSON ({ node, scripts: { name: { size, mtimeMs, offset, length } } }),
 * then each script's V8 data at its offset after that line. Null, with the reason, when there is
 * none for this Node.
 */
function openCache() {
  if (process.env.AIGIS_START_CACHE === "off") return { state: "off" };
  let bytes;
  try {
    bytes = fs.readFileSync(CACHE);
  } catch {
    return { state: "absent" };
  }
  const newline = bytes.indexOf(10);
  let header;
  try {
    header = JSON.parse(bytes.toString("utf8", 0, Math.max(newline, 0)));
  } catch {
    return { state: "stale" };
  }
  if (JSON.stringify(header?.node) !== JSON.stringify(nodeKey()) || typeof header.scripts !== "object") return { state: "stale" };
  return { state: "used", scripts: header.scripts, data: bytes.subarray(newline + 1) };
}

/**
 * Compiles and runs the bundle as a CommonJS module, and answers the bundle's requests for the
 * validators beside it the same way. Returns the bundle's exports ({ main }), every script it
 * compiled (from which the build makes the cache) and what became of the bundle's cached code.
 */
function load({ cache = true } = {}) {
  const opened = cache ? openCache() : { state: "off" };
  const scripts = new Map();

  function run(file) {
    const name = path.basename(file);
    const fd = fs.openSync(file, "r");
    let stat;
    let source;
    try {
      stat = fs.fstatSync(fd);
      const bytes = fs.readFileSync(fd);
      // The build makes the scripts ASCII (scripts/ascii-js.mjs): Latin-1 is then a copy, not a decode.
      source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
    } finally {
      fs.closeSync(fd);
    }
    const entry = opened.scripts?.[name];
    const fits =
      entry &&
      entry.size === stat.size &&
      entry.mtimeMs === stat.mtimeMs &&
      entry.ctimeMs === stat.ctimeMs &&
      Number.isSafeInteger(entry.offset) &&
      Number.isSafeInteger(entry.length) &&
      entry.offset >= 0 &&
      entry.length > 0 &&
      entry.offset + entry.length <= opened.data.length;
    const cachedData = fits ? opened.data.subarray(entry.offset, entry.offset + entry.length) : undefined;
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    const cache = cachedData ? (script.cachedDataRejected ? "rejected" : "used") : opened.state === "used" ? "stale" : opened.state;
    scripts.set(name, { script, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, cache });
    const mod = { exports: {} };
    script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
    return mod.exports;
  }

  const validators = new Map();
  globalThis[LOAD_SCRIPT] = (file) => {
    if (path.dirname(file) !== __dirname || !file.endsWith(".cjs")) return require(file);
    if (!validators.has(file)) validators.set(file, run(file));
    return validators.get(file);
  };
  const exports = run(BUNDLE);
  return { exports, scripts, cache: scripts.get(path.basename(BUNDLE)).cache, node: nodeKey() };
}

module.exports = { BUNDLE, CACHE, load };

if (require.main === module) {
  const started = load();
  // AIGIS_START_CACHE=report says on standard error whether the bundle's cached code was used.
  if (process.env.AIGIS_START_CACHE === "report") process.stderr.write(`aigis: start cache ${started.cache}\n`);
  started.exports.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`aigis: internal error: ${e?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
