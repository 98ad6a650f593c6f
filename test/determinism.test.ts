// Same repository → byte-identical JSON and SARIF (issue 7), across runs in one process, across
// processes (the CLI bundle), and whatever order the files were created in.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { renderSarif } from "../src/sinks/sarif.js";
import { fixtures, policyDir, repoRoot, tempDir } from "./helpers.js";

/** The files of one fixture repository. */
function fixtureFiles(name: string): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else out.push([`${rel}${e.name}`, fs.readFileSync(path.join(dir, e.name))]);
    }
  };
  walk(path.join(fixtures, name), "");
  return out;
}

const REPOS = ["gaps", "malformed", "passing", "formats"];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function materialize(files: [string, Buffer][]): string {
  const dir = tempDir("aigis-determinism-");
  dirs.push(dir);
  for (const [rel, content] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

async function render(root: string) {
  const { report } = await run({ root, policyDir, version: "test" });
  return { json: renderJson(report), sarif: renderSarif(report) };
}

describe.each(REPOS)("determinism on fixtures/%s", (name) => {
  const files = fixtureFiles(name);

  it("two runs over the same repository give byte-identical JSON and SARIF", async () => {
    const root = materialize(files);
    const a = await render(root);
    const b = await render(root);
    expect(a.json.length).toBeGreaterThan(100);
    expect(b.json).toBe(a.json);
    expect(b.sarif).toBe(a.sarif);
  });

  it("the order in which files were created does not matter", async () => {
    const a = await render(materialize(files));
    const b = await render(materialize([...files].reverse()));
    expect(b.json).toBe(a.json);
    expect(b.sarif).toBe(a.sarif);
  });

  it("two CLI processes give byte-identical JSON and SARIF", () => {
    const root = materialize(files);
    const cli = path.join(repoRoot, "dist", "cli", "index.js");
    const env = { ...process.env, SOURCE_DATE_EPOCH: "1767225600" }; // pinned, so midnight cannot split the runs
    const once = (format: string) => {
      const r = spawnSync(process.execPath, [cli, "check", root, "--format", format, "--fail-on", "none"], { encoding: "utf8", env });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    for (const format of ["json", "sarif"]) {
      const first = once(format);
      expect(first.length).toBeGreaterThan(100);
      expect(once(format)).toBe(first);
    }
  });
});
