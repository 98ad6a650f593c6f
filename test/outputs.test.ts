// Each output on its own: one that cannot be written (a full disk, an unwritable job summary, a
// refused path) is one error naming it, the others are still written, no partial file is left,
// and the verdict is unchanged. A closed pipe ends the CLI quietly.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { writeOutputs } from "../src/outputs.js";
import { cliWorkspace } from "../src/io/workspace.js";
import { writeFileSafely } from "../src/io/write.js";
import { copyDist, node, runBundledAction } from "./fake-github/action-runner.js";
import { fixtures, tempDir, writeTree } from "./helpers.js";

function copyFixture(name: string): string {
  const dir = tempDir("aigis-ws-");
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

describe("writing outputs", () => {
  it("a write that fails midway (ENOSPC) leaves no partial file and the other outputs are written", async () => {
    const dir = tempDir("aigis-out-");
    const ws = cliWorkspace(dir);
    fs.writeFileSync(path.join(dir, "report.json"), "previous report\n");
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const failures = await writeOutputs([
      {
        name: "json-file",
        write: () =>
          void writeFileSafely(ws, path.join(dir, "report.json"), "json-file", (write) => {
            write('{\n  "half": ');
            throw full;
          }),
      },
      { name: "sarif-file", write: () => void writeFileSafely(ws, path.join(dir, "out", "aigis.sarif"), "sarif-file", (write) => write("{}\n")) },
    ]);
    expect(failures).toEqual([{ name: "json-file", message: "json-file could not be written: ENOSPC: no space left on device, write" }]);
    // The earlier file is as it was, no temporary file is left beside it, and the SARIF is there.
    expect(fs.readFileSync(path.join(dir, "report.json"), "utf8")).toBe("previous report\n");
    expect(fs.readdirSync(dir).sort()).toEqual(["out", "report.json"]);
    expect(fs.readFileSync(path.join(dir, "out", "aigis.sarif"), "utf8")).toBe("{}\n");
  });

  it("the CLI ends quietly with the verdict's status when standard output is closed (EPIPE)", async () => {
    const err: string[] = [];
    let writes = 0;
    const out = new Writable({
      write(_chunk, _enc, cb) {
        writes++;
        cb(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    const code = await main(["check", copyFixture("gaps"), "--format", "json"], { out, err: { write: (s: string) => err.push(s) } } as unknown as Parameters<
      typeof main
    >[1]);
    await new Promise((r) => setImmediate(r));
    expect(code).toBe(1);
    expect(writes).toBeGreaterThan(0);
    expect(err.join("")).toBe("");
  });
});

describe("the bundled CLI and Action", () => {
  let dist: string;
  beforeAll(() => {
    dist = copyDist();
  });

  it("`aigis check | head`: a reader that stops early ends the CLI quietly", async () => {
    const ws = copyFixture("gaps");
    const child = spawn(node, [path.join(dist, "cli", "index.js"), "check", ws, "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // Like head -c 1: read once, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });

  it("json-file and sarif-file links are never written through; the targets outside stay untouched", async () => {
    const ws = copyFixture("gaps");
    const victim = writeTree(tempDir("aigis-victim-"), { "a.txt": "original a\n", "b.txt": "original b\n" });
    fs.symlinkSync(path.join(victim, "a.txt"), path.join(ws, "aigis.json"));
    fs.symlinkSync(victim, path.join(ws, "reports"));
    const r = await runBundledAction(dist, ws, { "json-file": "aigis.json", "sarif-file": "reports/b.txt", "fail-on": "none" });
    expect(fs.readFileSync(path.join(victim, "a.txt"), "utf8")).toBe("original a\n");
    expect(fs.readFileSync(path.join(victim, "b.txt"), "utf8")).toBe("original b\n");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::aigis: json-file could not be written: json-file aigis.json is a symbolic link; aigis never writes through one");
    // One failing message for the step (one error annotation), a line per cause.
    expect(r.stdout).toContain("%0Aaigis: sarif-file could not be written: sarif-file reports/b.txt goes through the symbolic link reports");
    expect(r.stdout).not.toContain("internal error");
    // Everything else still happened: the summary and the outputs, with no path for the refused files.
    expect(r.summary).toContain("## aigis:");
    expect(r.outputs["findings"]).toMatch(/^\d+$/);
    expect(r.outputs["json-file"]).toBe("");
    expect(r.outputs["sarif-file"]).toBe("");
  });

  it("an unwritable job summary is one error naming it; the reports and outputs are still written", async () => {
    const ws = copyFixture("passing");
    const summaryDir = tempDir("aigis-summary-");
    const r = await runBundledAction(dist, ws, { "json-file": "out/aigis.json", "sarif-file": "out/aigis.sarif" }, { GITHUB_STEP_SUMMARY: summaryDir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::aigis: the job summary \(GITHUB_STEP_SUMMARY\) could not be written: /);
    expect(r.stdout).not.toContain("internal error");
    expect(JSON.parse(fs.readFileSync(path.join(ws, "out/aigis.json"), "utf8")).passed).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(ws, "out/aigis.sarif"), "utf8")).version).toBe("2.1.0");
    expect(r.outputs["findings"]).toBe("0");
    expect(r.outputs["json-file"]).toBe(path.join(ws, "out/aigis.json"));
  });

  it("a JSON file that cannot be written: the SARIF, the summary and the outputs still are", async () => {
    // (A full disk midway through the file is the ENOSPC case above; here the target is a directory.)
    const ws = copyFixture("passing");
    fs.mkdirSync(path.join(ws, "aigis.json"));
    const r = await runBundledAction(dist, ws, { "json-file": "aigis.json", "sarif-file": "aigis.sarif" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::aigis: json-file could not be written: json-file aigis.json is a directory; name a file");
    expect(fs.readdirSync(path.join(ws, "aigis.json"))).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(ws, "aigis.sarif"), "utf8")).version).toBe("2.1.0");
    expect(r.summary).toContain("✅ passed");
    expect(r.outputs["sarif-file"]).toBe(path.join(ws, "aigis.sarif"));
    expect(r.outputs["json-file"]).toBe("");
  });

  it("reports may go under RUNNER_TEMP, and nowhere else outside the workspace", async () => {
    const ws = copyFixture("passing");
    const runnerTemp = tempDir("aigis-runner-temp-");
    const sarif = path.join(runnerTemp, "aigis.sarif");
    const r = await runBundledAction(dist, ws, { "sarif-file": sarif }, { RUNNER_TEMP: runnerTemp });
    expect(r.status).toBe(0);
    expect(r.outputs["sarif-file"]).toBe(sarif);
    expect(JSON.parse(fs.readFileSync(sarif, "utf8")).version).toBe("2.1.0");
    const elsewhere = path.join(tempDir("aigis-elsewhere-"), "aigis.sarif");
    const refused = await runBundledAction(dist, ws, { "sarif-file": elsewhere }, { RUNNER_TEMP: runnerTemp });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("::error::Input sarif-file must be a path inside the workspace or RUNNER_TEMP");
    expect(fs.existsSync(elsewhere)).toBe(false);
  });

  it("a `path` the pull request turned into a link out of the workspace is refused, not scanned", async () => {
    const ws = tempDir("aigis-ws-");
    fs.symlinkSync(copyFixture("gaps"), path.join(ws, "ml"));
    const r = await runBundledAction(dist, ws, { path: "ml", "json-file": "aigis.json" });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::aigis: path .*ml leads outside the workspace/);
    expect(fs.existsSync(path.join(ws, "aigis.json"))).toBe(false);
  });
});
