// A hostile corpus (issue 7), generated at run time in os.tmpdir(): each repository holds one kind
// of trap next to one ordinary model card with known gaps. Every trap must end as a clear per-file
// error, a skipped entry or a finding, within bounded time and memory; nothing outside the
// workspace may be read; and the ordinary card must still be checked. Time and memory are checked
// loosely (gross blow-ups only): they are not what these tests measure.
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { renderJson } from "../src/sinks/json.js";
import { renderSarif } from "../src/sinks/sarif.js";
import { renderText } from "../src/sinks/text.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const GOOD_CARD = fs.readFileSync(path.join(fixtures, "gaps", "models", "chat-assistant", "README.md"), "utf8");
const GOOD = "models/good/README.md";
const MAX_MS = 30_000;
const MAX_RSS_GROWTH = 1024 ** 3;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

function repo(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir("aigis-hostile-");
  dirs.push(dir);
  return writeTree(dir, { [GOOD]: GOOD_CARD, ...files });
}

/** Runs aigis in process; fails on a gross blow-up of time or peak RSS; checks the good card was read. */
async function check(root: string): Promise<Report> {
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const t0 = Date.now();
  const { report } = await run({ root, policyDir, version: "test" });
  const ms = Date.now() - t0;
  const growth = process.resourceUsage().maxRSS * 1024 - rss0;
  expect(ms, `took ${ms} ms`).toBeLessThan(MAX_MS);
  expect(growth, `peak RSS grew by ${Math.round(growth / 2 ** 20)} MiB`).toBeLessThan(MAX_RSS_GROWTH);
  const good = report.findings.filter((f) => f.path === GOOD).map((f) => f.rule);
  expect(good, "the ordinary model card must still be checked").toContain("AIGIS-MC-001");
  return report;
}

const unreadable = (report: Report, file: string) => report.findings.find((f) => f.rule === "AIGIS-IN-001" && f.path === file);

describe("hostile repositories", () => {
  it("a YAML alias bomb is refused, not expanded", async () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const bomb = `${levels.join("\n")}\nsource: {title: x}\nprovenance: {date: "2026-01-01"}\nuse: {x: *j}\n`;
    const root = repo({ "data/bomb/provenance.yaml": bomb, "models/bomb/README.md": `---\n${levels.join("\n")}\nlicense: *j\n---\n# Model Card for bomb\n` });
    const report = await check(root);
    expect(unreadable(report, "data/bomb/provenance.yaml")?.message).toMatch(/alias|expand/i);
    expect(unreadable(report, "models/bomb/README.md")?.message).toMatch(/alias|expand/i);
  });

  it("a 100 MB file is reported as over the size limit without being read", async () => {
    const root = repo();
    for (const rel of ["models/huge/MODEL_CARD.md", "assets/huge.json"]) {
      const abs = path.join(root, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, "");
      fs.truncateSync(abs, 100 * 1024 * 1024); // sparse: 100 MB by size, nothing on disk
    }
    const reads = vi.spyOn(fs, "readFileSync");
    const report = await check(root);
    expect(unreadable(report, "models/huge/MODEL_CARD.md")?.message).toMatch(/100\.0 MiB, over the 10 MiB limit/);
    expect(report.findings.some((f) => f.path === "assets/huge.json")).toBe(false); // not an artifact name: skipped quietly
    expect(reads.mock.calls.map((c) => String(c[0])).filter((p) => p.includes("huge"))).toEqual([]);
  });

  it("JSON nested 100,000 deep is refused before parsing", async () => {
    const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    const root = repo({
      "sbom/deep.cdx.json": `{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": ${deep(100_000)}}`,
      "data/deep/provenance.json": `{"source": {}, "provenance": {}, "use": ${deep(100_000)}}`,
      "data/deep/provenance.yaml": `source: {}\nprovenance: {}\nuse: ${deep(100_000)}\n`,
    });
    const report = await check(root);
    expect(unreadable(report, "sbom/deep.cdx.json")?.message).toMatch(/nested deeper than \d+ levels/);
    expect(unreadable(report, "data/deep/provenance.json")?.message).toMatch(/nested deeper than \d+ levels/);
    expect(unreadable(report, "data/deep/provenance.yaml")).toBeDefined();
  });

  it("symbolic links out of the workspace are not followed and nothing outside is read", async () => {
    const outside = tempDir("aigis-outside-");
    dirs.push(outside);
    const marker = `OUTSIDE-MARKER-${process.pid}-${Date.now()}`;
    writeTree(outside, {
      "secret/README.md": `---\nlicense: mit\nmodel_name: ${marker}\n---\n# Model Card for ${marker}\n\n## Uses\n\n${marker}\n`,
      "secret/provenance.yaml": `source: {title: ${marker}}\n`,
    });
    const root = repo();
    fs.mkdirSync(path.join(root, "models", "leak"), { recursive: true });
    fs.symlinkSync(path.join(outside, "secret", "README.md"), path.join(root, "models", "leak", "README.md"));
    fs.symlinkSync(path.join(outside, "secret"), path.join(root, "linked-dir"));
    fs.symlinkSync("../../..", path.join(root, "models", "leak", "up"));
    const reads = vi.spyOn(fs, "readFileSync");
    const opens = vi.spyOn(fs, "openSync");
    const report = await check(root);
    const touched = [...reads.mock.calls, ...opens.mock.calls].map((c) => path.resolve(String(c[0])));
    const realOutside = fs.realpathSync(outside);
    expect(touched.filter((p) => p.startsWith(outside) || p.startsWith(realOutside))).toEqual([]);
    for (const text of [renderJson(report), renderSarif(report), renderText(report)]) expect(text).not.toContain(marker);
    expect(report.skipped).toContainEqual({ path: "models/leak/README.md", reason: expect.stringMatching(/outside the workspace/) });
  });

  it("a symbolic link loop and a dangling link are skipped with a reason", async () => {
    const root = repo();
    fs.mkdirSync(path.join(root, "loop"));
    fs.symlinkSync("b.json", path.join(root, "loop", "a.json"));
    fs.symlinkSync("a.json", path.join(root, "loop", "b.json"));
    fs.symlinkSync("nowhere/README.md", path.join(root, "loop", "README.md"));
    fs.symlinkSync(".", path.join(root, "loop", "self"));
    const report = await check(root);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(reasons["loop/a.json"]).toMatch(/does not resolve/);
    expect(reasons["loop/b.json"]).toMatch(/does not resolve/);
    expect(reasons["loop/README.md"]).toMatch(/does not resolve/);
  });

  it("invalid UTF-8 is a per-file error with its line; UTF-16 with a BOM is read", async () => {
    const bad = Buffer.concat([Buffer.from("---\nlicense: mit\n---\n# Model Card for bad\n\nline five \u00e9 ok\n"), Buffer.from([0xc3, 0x28, 0x0a])]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_CARD.replace("chat-assistant", "utf16-card"), "utf16le")]);
    const report = await check(repo({ "models/bad/MODEL_CARD.md": bad, "models/utf16/README.md": utf16 }));
    const e = unreadable(report, "models/bad/MODEL_CARD.md");
    expect(e?.message).toMatch(/not valid UTF-8/);
    expect(e?.line).toBe(7);
    expect(report.artifacts.find((a) => a.path === "models/utf16/README.md")?.name).toBe("utf16-card");
    expect(report.findings.filter((f) => f.path === "models/utf16/README.md").map((f) => f.rule)).toContain("AIGIS-MC-001");
  });

  it("CRLF files give the same findings at the same lines as LF files", async () => {
    const report = await check(repo({ "models/crlf/README.md": GOOD_CARD.replace(/\n/g, "\r\n") }));
    // Repository-wide findings (pointer "") sit on whichever record sorts first; compare the card's own.
    const at = (p: string) =>
      report.findings
        .filter((f) => f.path === p && f.pointer !== "")
        .map((f) => `${f.rule}@${f.line}:${f.column}${f.pointer}`)
        .sort();
    expect(at("models/crlf/README.md")).toEqual(at(GOOD));
  });

  it("a binary file named like a BOM is reported; other binary JSON is left alone", async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const report = await check(repo({ "sbom/model.cdx.json": binary, "weights/tensor.json": binary }));
    expect(unreadable(report, "sbom/model.cdx.json")?.message).toMatch(/binary content/);
    expect(report.findings.some((f) => f.path === "weights/tensor.json")).toBe(false);
  });

  it("50,000 small files are walked and the rest of the repository is still checked", async () => {
    const root = repo();
    for (let d = 0; d < 100; d++) {
      const sub = path.join(root, "src", `pkg${d}`);
      fs.mkdirSync(sub, { recursive: true });
      for (let f = 0; f < 500; f++) fs.writeFileSync(path.join(sub, f % 10 === 0 ? `c${f}.json` : `m${f}.py`), f % 10 === 0 ? `{"n": ${f}}` : `x = ${f}\n`);
    }
    const report = await check(root);
    expect(report.summary.files_scanned).toBe(50_001);
  }, 120_000);

  it("workflow commands in a model card never reach the output as commands", async () => {
    const card = [
      "---",
      'model_name: "::error file=x.yml,line=1::pwned"',
      "license: '::add-mask::secret'",
      "---",
      "# Model Card for ::warning::evil",
      "",
      "## Uses",
      "",
      "::set-output name=x::y",
      "::stop-commands::token",
      "%0A::error::newline-escaped",
      "",
    ].join("\n");
    const report = await check(repo({ "models/evil/README.md": card }));
    expect(report.findings.some((f) => f.path === "models/evil/README.md")).toBe(true);
    for (const text of [renderJson(report), renderSarif(report), renderText(report)]) {
      expect(text.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith("::"))).toEqual([]);
    }
  });
});
