// Progress of long scans (issue 7): drawn on standard error when it is a terminal, nothing extra
// when it is not. The terminal is a fake stream with isTTY set; time is a fake clock.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeProgress, progressRenderer } from "../src/progress.js";
import { run, type ProgressEvent } from "../src/run.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const CLEAR = "\r\u001b[K";

function fakeStream(isTTY: boolean, columns = 80) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns, write: (s: string) => chunks.push(String(s)) > 0 }, text: () => chunks.join("") };
}

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const read = (done: number): ProgressEvent => ({ phase: "read", done, total: 10, artifacts: done * 2 });

describe("progress renderer", () => {
  it("shows nothing for a scan shorter than the delay", () => {
    const tty = fakeStream(true);
    const c = clock();
    const p = progressRenderer(tty.stream, { delayMs: 300, now: c.now });
    p.update({ phase: "discover", files: 5 });
    c.advance(299);
    p.update(read(1));
    p.done();
    expect(tty.chunks).toEqual([]);
  });

  it("redraws one line in place, at most every interval per phase, and erases it when done", () => {
    const tty = fakeStream(true);
    const c = clock();
    const p = progressRenderer(tty.stream, { delayMs: 300, intervalMs: 100, now: c.now });
    c.advance(300);
    p.update({ phase: "discover", files: 1200 });
    c.advance(50);
    p.update({ phase: "discover", files: 1300 }); // throttled
    p.update(read(1)); // a new phase is drawn at once
    c.advance(50);
    p.update(read(2)); // throttled
    c.advance(60);
    p.update(read(3));
    p.update({ phase: "evaluate", rules: 49, artifacts: 6 });
    p.done();
    expect(tty.chunks).toEqual([
      `${CLEAR}aigis: discovering files… 1,200 found`,
      `${CLEAR}aigis: reading 1/10 candidate files… 2 artifacts`,
      `${CLEAR}aigis: reading 3/10 candidate files… 6 artifacts`,
      `${CLEAR}aigis: evaluating 49 rules over 6 artifacts…`,
      CLEAR,
    ]);
    expect(tty.chunks.every((s) => !s.includes("\n"))).toBe(true);
  });

  it("fits the line to the terminal width", () => {
    const tty = fakeStream(true, 30);
    const c = clock();
    const p = progressRenderer(tty.stream, { delayMs: 0, now: c.now });
    p.update(read(1));
    expect(tty.chunks[0]).toBe(CLEAR + describeProgress(read(1)).slice(0, 29));
  });
});

describe("run() progress events", () => {
  it("reports files discovered, each candidate read, and the evaluation, in order", async () => {
    const events: ProgressEvent[] = [];
    const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "test", onProgress: (e) => events.push(e) });
    const phases = events.map((e) => e.phase);
    expect(phases.indexOf("discover")).toBe(0);
    expect(phases.lastIndexOf("discover")).toBeLessThan(phases.indexOf("read"));
    expect(phases.slice(-2)).toEqual(["evaluate", "evaluated"]);
    const discovered = events.filter((e) => e.phase === "discover");
    expect(discovered.at(-1)).toEqual({ phase: "discover", files: report.summary.files_scanned });
    const reads = events.filter((e): e is Extract<ProgressEvent, { phase: "read" }> => e.phase === "read");
    expect(reads.map((e) => e.done)).toEqual(reads.map((_, i) => i + 1));
    expect(reads.at(-1)!.artifacts).toBe(report.summary.artifacts);
    const evaluate = events.at(-2) as Extract<ProgressEvent, { phase: "evaluate" }>;
    expect(evaluate.artifacts).toBe(report.summary.artifacts);
    expect(evaluate.rules).toBe(report.rules.length);
  });

  it("reports each chunk of a chunked evaluation", async () => {
    const events: ProgressEvent[] = [];
    await run({ root: path.join(fixtures, "formats"), policyDir, version: "test", chunkBytes: 1, onProgress: (e) => events.push(e) });
    const chunks = events.flatMap((e) => (e.phase === "evaluate" && e.chunks ? [e.chunks] : []));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => c.done)).toEqual(chunks.map((_, i) => i + 1));
    expect(chunks.every((c) => c.total === chunks.length)).toBe(true);
    expect(describeProgress({ phase: "evaluate", rules: 67, artifacts: 1200, chunks: { done: 2, total: 9 } })).toBe(
      "aigis: evaluating 67 rules over 1,200 artifacts… chunk 2/9",
    );
  });
});

describe("aigis check progress on standard error", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  /** A repository with enough files for several redraws, and a clock that moves 40 ms per reading. */
  async function check(isTTY: boolean) {
    const dir = tempDir();
    dirs.push(dir);
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      files[`models/m${i}/README.md`] =
        `---\nlicense: mit\npipeline_tag: text-generation\n---\n# Model Card for m${i}\n\n## Uses\n\nDrafts replies to support tickets.\n`;
    writeTree(dir, files);
    let t = 0;
    vi.spyOn(Date, "now").mockImplementation(() => (t += 40));
    const { main } = await import("../src/cli.js");
    const out = fakeStream(false);
    const err = fakeStream(isTTY);
    const code = await main(["check", dir, "--format", "json", "--fail-on", "none"], { out: out.stream, err: err.stream } as never);
    return { code, out: out.text(), err: err.text(), chunks: err.chunks };
  }

  it("draws progress on a terminal and leaves the screen clean", async () => {
    const r = await check(true);
    expect(r.code).toBe(0);
    expect(r.err).toContain("aigis: discovering files…");
    expect(r.err).toMatch(/aigis: reading \d+\/30 candidate files… \d+ artifacts/);
    expect(r.err).toMatch(/aigis: evaluating \d+ rules over 30 artifacts…/);
    expect(r.chunks.at(-1)).toBe(CLEAR);
    expect(r.err).not.toContain("\n");
    JSON.parse(r.out); // the report itself is untouched
  });

  it("prints nothing extra when standard error is not a terminal, and the report is the same", async () => {
    const tty = await check(true);
    const plain = await check(false);
    expect(plain.err).toBe("");
    const strip = (s: string) => s.replace(/"[^"]*aigis-test-[^"]*"/g, '"DIR"');
    expect(JSON.parse(strip(plain.out)).findings.length).toBe(JSON.parse(strip(tty.out)).findings.length);
  });
});
