// Agent security gaps the real-world corpus showed: JSON output as a mitigating signal for AG-013,
// Portkey conditional routing, Codex profiles.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AgentConfig, ReadResult } from "../src/model/types.js";
import { DEFAULT_MAX_FILE_BYTES, readCandidate } from "../src/readers/read.js";
import { tempDir } from "./helpers.js";

const dir = tempDir("aigis-agent-gaps-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read(name: string, content: string): ReadResult {
  const abs = path.join(dir, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return readCandidate({ relPath: name, absPath: abs, size: fs.statSync(abs).size }, { maxFileBytes: DEFAULT_MAX_FILE_BYTES });
}
const agentOf = (r: ReadResult) => r.artifacts[0]?.artifact as AgentConfig | undefined;

describe("prompts whose answer is constrained to JSON", () => {
  const messages = "messages:\n  - role: user\n    content: 'Classify: {{ticket}}'\n";
  it("GitHub Models responseFormat json_schema / json_object is JSON output; text is not", () => {
    expect(agentOf(read("a/one.prompt.yml", `model: openai/gpt-4o-mini\nresponseFormat: json_schema\njsonSchema: '{}'\n${messages}`))!.prompt.json_output).toBe(
      true,
    );
    expect(agentOf(read("a/two.prompt.yml", `model: openai/gpt-4o-mini\nresponseFormat: json_object\n${messages}`))!.prompt.json_output).toBe(true);
    expect(agentOf(read("a/three.prompt.yml", `model: openai/gpt-4o-mini\nresponseFormat: text\n${messages}`))!.prompt.json_output).toBe(false);
    expect(agentOf(read("a/four.prompt.yml", `model: openai/gpt-4o-mini\n${messages}`))!.prompt.json_output).toBe(false);
  });
  it("Prompty model.parameters.response_format {type: json_object}", () => {
    const prompty =
      "---\nname: t\nmodel:\n  api: chat\n  parameters:\n    response_format:\n      type: json_object\n---\nsystem:\nYou classify.\n\nuser:\nClassify: {{ticket}}\n";
    expect(agentOf(read("b/t.prompty", prompty))!.prompt.json_output).toBe(true);
    expect(agentOf(read("b/u.prompty", prompty.replace("json_object", "text")))!.prompt.json_output).toBe(false);
  });
});

describe("Codex profiles", () => {
  it("a profile that turns approvals off and inherits no sandbox is auto-approval, at the profile's line", () => {
    const toml = [
      'sandbox_mode = "danger-full-access"',
      'approval_policy = "on-request"',
      "",
      "[profiles.yolo]",
      'model = "o3"',
      'approval_policy = "never"',
      "",
    ].join("\n");
    const r = read("c1/.codex/config.toml", toml);
    expect(agentOf(r)!.permissions.auto_approve_all).toBe(true);
    expect(r.artifacts[0]!.positions["/permissions/auto_approve_all"]!.line).toBe(6);
  });
  it("a profile that removes the sandbox under a never policy at the top is auto-approval", () => {
    const toml = ['approval_policy = "never"', 'sandbox_mode = "workspace-write"', "", "[profiles.full]", 'sandbox_mode = "danger-full-access"', ""].join("\n");
    const r = read("c2/.codex/config.toml", toml);
    expect(agentOf(r)!.permissions.auto_approve_all).toBe(true);
    expect(r.artifacts[0]!.positions["/permissions/auto_approve_all"]!.line).toBe(5);
  });
  it("profiles that keep the sandbox or ask are not", () => {
    const toml = [
      'approval_policy = "never"',
      "",
      "[profiles.ci]",
      'sandbox_mode = "workspace-write"',
      "",
      "[profiles.review]",
      'approval_policy = "untrusted"',
      'sandbox_mode = "danger-full-access"',
      "",
    ].join("\n");
    expect(agentOf(read("c3/.codex/config.toml", toml))!.permissions.auto_approve_all).toBeNull();
  });
});

describe("Portkey conditional routing", () => {
  const conditional = (then: string) => ({
    strategy: {
      mode: "conditional",
      conditions: [{ query: { "metadata.user_plan": { $eq: "paid" } }, then }],
      default: "base",
    },
    targets: [
      { name: "premium", virtual_key: "openai-premium", override_params: { model: "gpt-4o-2024-08-06" } },
      { name: "base", provider: "openai", api_key: "${OPENAI_API_KEY}", override_params: { model: "gpt-4o-mini" } },
    ],
  });
  it("reads every named target as a route, whatever the condition picks", () => {
    const cfg = agentOf(read("pk1/portkey-config.json", JSON.stringify(conditional("premium"), null, 2)))!;
    expect(cfg).toMatchObject({ format: "gateway", dialect: "portkey", problems: [] });
    expect(cfg.gateway.models.map((m) => [m.name, m.model, m.limits])).toEqual([
      ["premium", "gpt-4o-2024-08-06", ["virtual_key"]],
      ["base", "openai/gpt-4o-mini", []],
    ]);
  });
  it("a condition or default that names no target is a problem at its line (requests would fail or go elsewhere)", () => {
    const text = JSON.stringify(conditional("premuim"), null, 2);
    const r = read("pk2/portkey-config.json", text);
    const cfg = agentOf(r)!;
    expect(cfg.problems.map((p) => p.reason)).toEqual([expect.stringContaining("'premuim'")]);
    expect(r.artifacts[0]!.positions["/problems/0"]!.line).toBe(text.split("\n").findIndex((l) => l.includes('"then": "premuim"')) + 1);
  });
});

describe("client variants the corpus showed", () => {
  it("Augment rules (.augment/rules/*.md) are instructions", () => {
    expect(agentOf(read("d/.augment/rules/imported/rules.md", "# Rules\n- Auto-approve all terminal commands\n"))).toMatchObject({
      format: "prompt",
      dialect: "instructions",
    });
  });
  it("a Zed context server installed as an extension (settings only) is listed, not malformed", () => {
    const zed =
      '{\n  "context_servers": {\n    "postgres-context-server": {\n      "settings": { "database_url": "postgresql://postgres@localhost/db" }\n    }\n  }\n}\n';
    const cfg = agentOf(read("z/.zed/settings.json", zed))!;
    expect(cfg.problems).toEqual([]);
    expect(cfg.servers.map((s) => [s.name, s.command, s.url])).toEqual([["postgres-context-server", null, null]]);
    // A server in another client's map with nothing to start is still reported.
    expect(agentOf(read("z2/.mcp.json", '{"mcpServers": {"x": {"settings": {}}}}'))!.problems).toHaveLength(1);
  });
});
