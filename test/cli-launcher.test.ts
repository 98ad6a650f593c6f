// The CLI's launcher (src/cli-launcher.cjs, dist/cli/index.js) and its start-up code cache: used only
// for the bundle and the Node it was made for, never written by a run, and never a cause of another
// report. Runs under AIGIS_TEST_NODE too (.ci/run, Node 24), where a cache made by the build's Node
// is one for another Node.
import { spawnSync } from "node:child_process";
import { isAscii } from "node:buffer";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { node } from "./fake-github/action-runner.js";
import { fixtures, repoRoot, tempDir } from "./helpers.js";

let cli: string;
let reference: ReturnType<typeof check>;
const sameNode = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim() === process.version;

function check(env: Record<string, string> = {}) {
  const r = spawnSync(node, [path.join(cli, "index.js"), "check", path.join(fixtures, "gaps"), "--format", "json", "--fail-on", "none"], {
    encoding: "utf8",
    env: { ...process.env, AIGIS_START_CACHE: "report", ...env },
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(/^aigis: start cache \w+\n/m, ""),
    cache: /^aigis: start cache (\w+)$/m.exec(r.stderr)?.[1],
  };
}

const cacheFile = () => path.join(cli, "start.v8cache");
function makeCache(): void {
  const r = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "build-cli.mjs"), "--cache-only", cli], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}
function editHeader(edit: (header: { node: { version: string }; scripts: Record<string, { length: number }> }) => void): void {
  const bytes = fs.readFileSync(cacheFile());
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString("utf8", 0, newline));
  edit(header);
  fs.writeFileSync(cacheFile(), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes.subarray(newline + 1)]));
}

beforeAll(() => {
  // A copy of dist/ that keeps modification times, so a cache made for it stays its own.
  const dir = tempDir("aigis-launcher-");
  fs.cpSync(path.join(repoRoot, "dist"), path.join(dir, "dist"), { recursive: true, preserveTimestamps: true });
  cli = path.join(dir, "dist", "cli");
  fs.rmSync(cacheFile(), { force: true });
  reference = check({ AIGIS_START_CACHE: "off" });
  expect(reference.status).toBe(0);
  expect(JSON.parse(reference.stdout).findings.length).toBeGreaterThan(0);
}, 60_000);

describe("CLI launcher", () => {
  it("runs the bundle without a cache, and with the one the build makes when it is for this Node, to the same bytes", () => {
    expect(check()).toEqual({ ...reference, cache: "absent" });
    makeCache();
    expect(check()).toEqual({ ...reference, cache: sameNode ? "used" : "stale" });
  }, 120_000);

  it("never writes: the directory is the same after a run", () => {
    if (!fs.existsSync(cacheFile())) makeCache();
    const listing = () => fs.readdirSync(cli).map((n) => [n, fs.statSync(path.join(cli, n)).mtimeMs, fs.statSync(path.join(cli, n)).size]);
    const before = listing();
    check();
    expect(listing()).toEqual(before);
  }, 120_000);

  it("does not use a cache made for another state of the bundle file, and says so", () => {
    const bundle = path.join(cli, "index.cjs");
    // A whole second, which a modification time keeps exactly through utimes.
    const second = Math.floor(fs.statSync(bundle).mtimeMs / 1000) - 60;
    fs.utimesSync(bundle, second, second);
    try {
      makeCache();
      expect(check()).toEqual({ ...reference, cache: sameNode ? "used" : "stale" });
      fs.utimesSync(bundle, second, second + 1);
      expect(check()).toEqual({ ...reference, cache: "stale" });
      // Rewritten with its old modification time restored, as cp -p or touch -d would leave it: the
      // status-change time still tells (V8 itself would take any text of the same length).
      fs.writeFileSync(bundle, fs.readFileSync(bundle));
      fs.utimesSync(bundle, second, second);
      expect(fs.statSync(bundle).mtimeMs).toBe(second * 1000);
      expect(check()).toEqual({ ...reference, cache: "stale" });
    } finally {
      makeCache();
    }
  }, 120_000);

  it("does not use a cache made for another Node, or one V8 refuses, and says so", () => {
    if (!fs.existsSync(cacheFile())) makeCache();
    const original = fs.readFileSync(cacheFile());
    try {
      editHeader((h) => {
        h.node.version = "v0.0.0";
      });
      expect(check()).toEqual({ ...reference, cache: "stale" });

      fs.writeFileSync(cacheFile(), original);
      editHeader((h) => {
        h.scripts["index.cjs"]!.length -= 4096; // V8 checks the length of what it is given
      });
      expect(check()).toEqual({ ...reference, cache: sameNode ? "rejected" : "stale" });

      fs.writeFileSync(cacheFile(), "not a cache");
      expect(check()).toEqual({ ...reference, cache: "stale" });

      fs.writeFileSync(cacheFile(), original);
      expect(check({ AIGIS_START_CACHE: "off" })).toEqual(reference); // off: no cache, and no report of one
    } finally {
      fs.writeFileSync(cacheFile(), original);
    }
  }, 120_000);

  it("ships its scripts as ASCII, which it reads without decoding UTF-8", () => {
    const scripts = fs.readdirSync(path.join(repoRoot, "dist", "cli")).filter((n) => n.endsWith(".cjs"));
    expect(scripts).toContain("index.cjs");
    for (const name of scripts) expect(isAscii(fs.readFileSync(path.join(repoRoot, "dist", "cli", name))), name).toBe(true);
  });
});
