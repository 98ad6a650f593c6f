// Unreadable never means absent: an artifact that is corrupted, padded or written with a repeated
// key must never pass where the clean artifact fails. Everything runs through run(), the path
// production takes, on repositories written to a temporary directory.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import type { Finding } from "../src/model/types.js";
import type { Report } from "../src/report/report.js";
import { readCandidate } from "../src/readers/read.js";
import { run } from "../src/run.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const CARD = fs.readFileSync(path.join(fixtures, "gaps", "models", "chat-assistant", "README.md"), "utf8");
const BOM = fs.readFileSync(path.join(fixtures, "gaps", "ai-bom.cdx.json"), "utf8");
const CARD_PATH = "models/chat-assistant/README.md";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function scan(files: Record<string, string | Uint8Array>): Promise<{ report: Report; root: string }> {
  const root = tempDir("aigis-fail-closed-");
  dirs.push(root);
  writeTree(root, files);
  return { report: (await run({ root, policyDir, version: "test" })).report, root };
}

const of = (report: Report, rule: string, file?: string): Finding[] =>
  report.findings.filter((f) => f.rule === rule && (file === undefined || f.path === file));
const lineWith = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

/** The card with `bytes` put in the middle of one of its body lines. */
function cardWith(bytes: number[]): Buffer {
  const at = CARD.indexOf("confident but wrong");
  return Buffer.concat([Buffer.from(CARD.slice(0, at)), Buffer.from(bytes), Buffer.from(CARD.slice(at))]);
}

describe("an artifact that cannot be read is reported as critical, never dropped", () => {
  const corruptLine = lineWith(CARD, "confident but wrong");

  it("the clean card fails the check (the baseline the corrupted ones must not beat)", async () => {
    const { report } = await scan({ [CARD_PATH]: CARD });
    expect(of(report, "AIGIS-MC-001", CARD_PATH)).toHaveLength(1);
    expect(report.passed).toBe(false);
  });

  it("one invalid UTF-8 byte in a README model card", async () => {
    const { report } = await scan({ [CARD_PATH]: cardWith([0xff]) });
    const [f, ...rest] = of(report, "AIGIS-IN-001");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: CARD_PATH, severity: "critical", line: corruptLine });
    expect(f!.message).toContain(`${CARD_PATH} could not be read: not valid UTF-8`);
    expect(report.skipped).toEqual([{ path: CARD_PATH, reason: expect.stringMatching(/^not valid UTF-8/) }]);
    expect(report.passed).toBe(false);
  });

  it("a team can lower AIGIS-IN-001 in its configuration", async () => {
    const { report } = await scan({ [CARD_PATH]: cardWith([0xff]), ".aigis.yml": "rules:\n  AIGIS-IN-001: {severity: high}\n" });
    expect(of(report, "AIGIS-IN-001", CARD_PATH)).toMatchObject([{ severity: "high" }]);
    expect(report.passed).toBe(true);
  });

  it("a NUL byte in a README model card", async () => {
    const { report } = await scan({ [CARD_PATH]: cardWith([0x00]) });
    expect(of(report, "AIGIS-IN-001", CARD_PATH)).toMatchObject([
      { severity: "critical", line: corruptLine, message: expect.stringMatching(/binary content/) },
    ]);
    expect(report.passed).toBe(false);
  });

  it("a NUL byte far past the first 8 KiB", async () => {
    const padded = Buffer.concat([Buffer.from(CARD), Buffer.from("\n" + "Filler text.\n".repeat(2000)), Buffer.from([0x00])]);
    const { report } = await scan({ [CARD_PATH]: padded });
    expect(of(report, "AIGIS-IN-001", CARD_PATH)).toMatchObject([{ severity: "critical", message: expect.stringMatching(/binary content/) }]);
  });

  it("a README model card padded past max-file-size-mib", async () => {
    const padded = CARD + "\n" + " ".repeat(1024 * 1024 + 10) + "\n";
    const { report } = await scan({ [CARD_PATH]: padded, ".aigis.yml": "max-file-size-mib: 1\n" });
    const [f] = of(report, "AIGIS-IN-001", CARD_PATH);
    expect(f).toMatchObject({ severity: "critical" });
    expect(f!.message).toMatch(/file is 1\.0 MiB, over the 1 MiB limit/);
    expect(report.passed).toBe(false);
  });

  it("padding and an invalid byte together: the size is the reason, not the encoding", async () => {
    const padded = Buffer.concat([cardWith([0xff]), Buffer.from(" ".repeat(2 * 1024 * 1024))]);
    const { report } = await scan({ [CARD_PATH]: padded, ".aigis.yml": "max-file-size-mib: 1\n" });
    const [f] = of(report, "AIGIS-IN-001", CARD_PATH);
    expect(f!.message).toMatch(/over the 1 MiB limit/);
    expect(f!.message).not.toMatch(/UTF-8/);
  });

  it("a 600 MiB card under a 1024 MiB limit is too large, read only at its head", async () => {
    const root = tempDir("aigis-fail-closed-");
    dirs.push(root);
    writeTree(root, { [CARD_PATH]: CARD, ".aigis.yml": "max-file-size-mib: 1024\n" });
    fs.truncateSync(path.join(root, CARD_PATH), 600 * 1024 * 1024); // sparse: costs no disk
    const before = process.memoryUsage().arrayBuffers;
    const { report } = await run({ root, policyDir, version: "test" });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
    const [f] = of(report, "AIGIS-IN-001", CARD_PATH);
    expect(f).toMatchObject({ severity: "critical" });
    expect(f!.message).toMatch(/file is 600\.0 MiB, over the 500 MiB limit of what aigis can read as text/);
    expect(report.passed).toBe(false);
  });

  it("a file that grew past the limit after discovery is reported, not read whole", () => {
    const root = tempDir("aigis-fail-closed-");
    dirs.push(root);
    writeTree(root, { "MODEL_CARD.md": CARD + "x".repeat(4096) });
    const r = readCandidate({ relPath: "MODEL_CARD.md", absPath: path.join(root, "MODEL_CARD.md"), size: 10 }, { maxFileBytes: 2048 });
    expect(r.artifacts).toEqual([]);
    expect(r.errors).toMatchObject([{ path: "MODEL_CARD.md", reason: expect.stringMatching(/^file is .* MiB, over the .* MiB limit/) }]);
  });

  it("an undecodable or oversized file whose content is no artifact stays ignored", async () => {
    const { report } = await scan({
      "docs/notes.md": Buffer.from([0x23, 0x20, 0x4e, 0x6f, 0x74, 0x65, 0x73, 0x0a, 0xff, 0x0a]),
      "data/blob.json": Buffer.from([0x7b, 0x00, 0x00, 0x7d]),
      "docs/big.md": "# Release notes\n" + "x".repeat(2 * 1024 * 1024),
      ".aigis.yml": "max-file-size-mib: 1\n",
    });
    expect(report.findings.filter((f) => f.rule.startsWith("AIGIS-IN-"))).toEqual([]);
  });

  it("an AI SBOM with a duplicate key is still judged, and the duplicate reported at its line", async () => {
    const bom = BOM.replace('"provider": {},', '"provider": {},\n      "name": "hosted chat completions",');
    expect(bom).not.toBe(BOM);
    const { report } = await scan({ "ai-bom.cdx.json": bom });
    expect(of(report, "AIGIS-IN-001")).toEqual([]);
    // Its critical gap is still there: a repeated key cannot turn it into something milder.
    expect(of(report, "AIGIS-SC-002", "ai-bom.cdx.json")).toMatchObject([{ severity: "critical" }]);
    const dup = of(report, "AIGIS-IN-003", "ai-bom.cdx.json");
    expect(dup).toMatchObject([{ line: lineWith(bom, '"provider": {},') + 1, severity: "medium" }]);
    expect(dup[0]!.message).toContain("/services/0/name twice (first at line");
    expect(report.passed).toBe(false);
  });

  it("a malformed MCP server entry is reported by AIGIS-IN-002 at its line", async () => {
    const mcp = [
      "{",
      '  "mcpServers": {',
      '    "docs": {"command": "npx", "args": ["-y", "@acme/docs-mcp@1.2.3"]},',
      '    "broken": "npx -y @acme/other-mcp",',
      '    "empty": {"env": {"A": "b"}}',
      "  }",
      "}",
      "",
    ].join("\n");
    const { report } = await scan({ ".mcp.json": mcp });
    const in2 = of(report, "AIGIS-IN-002", ".mcp.json").map((f) => [f.line, f.message.replace(/^.*: /, "")]);
    expect(in2).toEqual([
      [4, 'MCP server "broken" must be an object (at /mcpServers/broken)'],
      [5, 'MCP server "empty" has neither a command to start nor a url to reach (at /mcpServers/empty)'],
    ]);
  });
});

describe("YAML is read as its producers (PyYAML) read it", () => {
  it("a LiteLLM config with a repeated key still has its routes judged", async () => {
    const config = [
      "model_list:",
      "  - model_name: gpt-4o",
      "    litellm_params:",
      "      model: openai/gpt-4o",
      "  - model_name: local",
      "    litellm_params:",
      "      model: ollama/llama3",
      "      api_base: http://gpu-box.acme.internal:11434",
      "general_settings:",
      "  store_model_in_db: true",
      "  store_model_in_db: true",
      "",
    ].join("\n");
    const { report } = await scan({ "litellm_config.yaml": config });
    expect(of(report, "AIGIS-IN-001")).toEqual([]);
    expect(
      of(report, "AIGIS-AG-006", "litellm_config.yaml")
        .map((f) => f.line)
        .sort(),
    ).toEqual([3, 6]);
    expect(of(report, "AIGIS-AG-010", "litellm_config.yaml").map((f) => f.line)).toEqual([8]);
    expect(of(report, "AIGIS-IN-003", "litellm_config.yaml").map((f) => f.line)).toEqual([11]);
  });

  it("reads 24_700_000 as a number (YAML 1.1) and keeps `no` a language code", async () => {
    const card = CARD.replace(
      "license: unknown\n",
      "license: apache-2.0\nlanguage:\n- no\n- en\nco2_eq_emissions:\n  emissions: 24_700_000\n  source: CodeCarbon\n",
    );
    const { report } = await scan({ [CARD_PATH]: card });
    expect(of(report, "AIGIS-IN-002")).toEqual([]);
    expect(of(report, "AIGIS-IN-001")).toEqual([]);
    expect(report.artifacts.map((a) => a.path)).toEqual([CARD_PATH]);
  });
});

describe("files that cannot be opened", () => {
  it("are reported whatever their name: an artifact candidate as unreadable, a file only the inventory reads as not read", async () => {
    // Paths past the system's limit (4,096 bytes on Linux) can be listed but not opened: built with
    // relative steps, as a checkout can be.
    const root = tempDir("aigis-fail-closed-deep-");
    // Removed with rm, which walks a tree deeper than the path limit (fs.rmSync cannot).
    onTestFinished(() => {
      execFileSync("rm", ["-rf", root]);
    });
    // A directory 4,090 bytes long: listed, while the files in it (4,096 bytes and more) cannot be opened.
    const step = "d".repeat(200);
    const depth = Math.floor((4090 - root.length - 2) / (step.length + 1));
    const script = [
      'cd "$1"',
      `for i in $(seq ${depth}); do mkdir ${step} && cd ${step}; done`,
      "last=$((4090 - $(pwd | wc -c)))",
      'name=$(printf "%*s" "$last" "" | tr " " e)',
      'mkdir "$name" && cd "$name"',
      "printf x > notes.json && printf 'import openai\\n' > app.py",
      "pwd",
    ].join(" && ");
    const deep = execFileSync("bash", ["-c", script, "deep", root], { encoding: "utf8" }).trim();
    expect(deep.length).toBe(4090);
    const rel = path.relative(root, deep);
    const { report } = (await run({ root, policyDir, version: "test" })) as { report: Report };
    const unreadable = of(report, "AIGIS-IN-001", `${rel}/notes.json`);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.message).toContain("could not be read (ENAMETOOLONG)");
    expect(report.skipped).toContainEqual({ path: `${rel}/app.py`, reason: "file could not be read (ENAMETOOLONG); its AI use is not known" });
  });

  it("an artifact path that vanished is reported, not dropped", () => {
    const r = readCandidate({ relPath: "notes.json", absPath: path.join(tempDir("aigis-gone-"), "notes.json"), size: 10 }, { maxFileBytes: 1 << 20 });
    expect(r.errors.map((e) => e.reason)).toEqual(["file could not be read (ENOENT)"]);
  });
});
