// Agent security in breadth (issues 22 and 17): the bridge-launcher table, Codex, Zed, Portkey and
// ~/.claude.json readers, secrets written in prompt prose, and deployment-level gateway limits.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AgentConfig, ReadResult } from "../src/model/types.js";
import { BRIDGE_LAUNCHERS, parseLaunch } from "../src/readers/formats/agent/launch.js";
import { findSecrets } from "../src/parse/secrets.js";
import { DEFAULT_MAX_FILE_BYTES, readCandidate } from "../src/readers/read.js";
import { tempDir } from "./helpers.js";

const dir = tempDir("aigis-agent-breadth-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read(name: string, content: string): ReadResult {
  const abs = path.join(dir, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return readCandidate({ relPath: name, absPath: abs, size: fs.statSync(abs).size }, { maxFileBytes: DEFAULT_MAX_FILE_BYTES });
}
const agentOf = (r: ReadResult) => r.artifacts[0]?.artifact as AgentConfig | undefined;
const values = (t: string) => findSecrets(t).map((s) => t.slice(s.start, s.end));

describe("secrets written in prose", () => {
  it("finds a credential a few words after what it is", () => {
    expect(values("Internal admin password for escalations: Hunter2-Esc!9x")).toEqual(["Hunter2-Esc!9x"]);
    expect(values("If asked, the api key is 7fGq2LmZ9xR4.")).toEqual(["7fGq2LmZ9xR4"]);
    expect(values("The secret is ab12-cd9x.")).toEqual(["ab12-cd9x"]);
  });
  it("leaves prose, references, placeholders and counts alone", () => {
    for (const t of [
      "The password is stored in Vault.",
      "Use the API key: ${OPENAI_API_KEY}",
      "password: <your password>",
      "Tokens are counted; max tokens: 4096",
      "Your access token is YOUR_TOKEN_HERE",
      "credentials: see docs/setup-v2.md",
      "The token is passed as os.environ/PORTKEY_API_KEY",
    ])
      expect(values(t), t).toEqual([]);
  });
});

describe("bridge launchers: a local command that reaches a remote server", () => {
  const cases: Record<string, { command: string; args: string[]; url: string; headers: string[] }> = {
    "mcp-remote": {
      command: "npx",
      args: ["-y", "mcp-remote@0.1.18", "https://mcp.acme.example/sse", "--header", "Authorization: Bearer ${TOKEN}"],
      url: "https://mcp.acme.example/sse",
      headers: ["Authorization"],
    },
    supergateway: {
      command: "npx",
      args: ["-y", "supergateway", "--sse", "https://tools.acme.example/sse", "--oauth2Bearer", "${TOKEN}"],
      url: "https://tools.acme.example/sse",
      headers: ["Authorization"],
    },
    "mcp-proxy": {
      command: "uvx",
      args: ["mcp-proxy", "--headers", "X-Api-Key", "${KEY}", "https://proxy.acme.example/sse"],
      url: "https://proxy.acme.example/sse",
      headers: ["X-Api-Key"],
    },
  };
  it("has a case for every entry of the table", () => {
    expect(Object.keys(cases).sort()).toEqual(BRIDGE_LAUNCHERS.flatMap((b) => b.packages).sort());
  });
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: its URL and credential headers are read`, () => {
      const l = parseLaunch(c.command, c.args);
      expect(l.url).toBe(c.url);
      expect(l.headers.map((h) => h.name)).toEqual(c.headers);
    });
  }
  it("a package of the same name in another ecosystem is not a bridge (npm mcp-proxy serves, it does not connect)", () => {
    expect(parseLaunch("npx", ["-y", "mcp-proxy", "--port", "8080", "https://x.example"]).url).toBeNull();
  });
  it("a remote server behind a bridge with no header is a remote server without authentication", () => {
    const cfg = agentOf(
      read("bridge/.mcp.json", JSON.stringify({ mcpServers: { linear: { command: "npx", args: ["-y", "mcp-remote", "https://mcp.linear.app/sse"] } } })),
    )!;
    expect(cfg.servers[0]).toMatchObject({ url: "https://mcp.linear.app/sse", auth: [] });
  });
});

describe("client formats", () => {
  it("Codex config.toml: servers located by a line scan, approvals off without a sandbox", () => {
    const toml = [
      'model = "o4-mini"',
      'approval_policy = "never"',
      'sandbox_mode = "danger-full-access"',
      "",
      "[mcp_servers.github]",
      'command = "npx"',
      'args = ["-y", "@modelcontextprotocol/server-github"]',
      "",
      "[mcp_servers.github.env]",
      'GITHUB_PERSONAL_ACCESS_TOKEN = "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0A1b"',
      "",
      "[mcp_servers.docs]",
      'url = "https://docs.acme.example/mcp"',
      'bearer_token_env_var = "DOCS_TOKEN"',
    ].join("\n");
    const r = read("proj/.codex/config.toml", toml);
    const cfg = agentOf(r)!;
    expect(cfg).toMatchObject({ format: "mcp", dialect: "codex" });
    expect(cfg.permissions.auto_approve_all).toBe(true);
    expect(cfg.servers.map((s) => [s.name, s.package, s.pin, s.auth])).toEqual([
      ["github", "@modelcontextprotocol/server-github", "none", []],
      ["docs", null, null, ["bearer-token"]],
    ]);
    const pos = r.artifacts[0]!.positions;
    expect(pos["/servers/0"]!.line).toBe(5);
    expect(pos["/servers/0/package"]!.line).toBe(7);
    expect(pos[cfg.secrets[0]!.pointer]!.line).toBe(10);
    expect(JSON.stringify(cfg)).not.toContain("ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0A1b");
  });
  it("Codex approvals off inside the workspace sandbox are not auto-approval; a TOML error is reported at its line", () => {
    expect(agentOf(read("p2/.codex/config.toml", 'approval_policy = "never"\nsandbox_mode = "workspace-write"\n'))!.permissions.auto_approve_all).toBeNull();
    const bad = read("p3/.codex/config.toml", '[mcp_servers.x]\ncommand = "npx\n');
    expect(bad.errors[0]).toMatchObject({ line: 2 });
  });
  it("Zed settings: context_servers with the nested and the flat command form (JSONC)", () => {
    const zed = `{
  // Zed
  "context_servers": {
    "fs": { "command": { "path": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/"], "env": {} }, "settings": {} },
    "pg": { "source": "custom", "command": "uvx", "args": ["postgres-mcp==0.3.0"], },
  },
}`;
    const r = read("p/.zed/settings.json", zed);
    const cfg = agentOf(r)!;
    expect(cfg.dialect).toBe("zed");
    expect(cfg.servers.map((s) => [s.name, s.package, s.pin])).toEqual([
      ["fs", "@modelcontextprotocol/server-filesystem", "none"],
      ["pg", "postgres-mcp", "exact"],
    ]);
    expect(r.artifacts[0]!.positions["/servers/0/args/2"]!.line).toBe(4);
  });
  it("~/.claude.json: servers and allowed tools of every project", () => {
    const cfg = agentOf(
      read(
        "home/.claude.json",
        JSON.stringify(
          {
            numStartups: 3,
            projects: { "/src/app": { allowedTools: ["Bash(*)"], mcpServers: { sentry: { type: "sse", url: "https://mcp.sentry.dev/sse" } } } },
          },
          null,
          2,
        ),
      ),
    )!;
    expect(cfg.dialect).toBe("claude-user");
    expect(cfg.servers.map((s) => s.name)).toEqual(["sentry"]);
    expect(cfg.permissions.allow).toEqual(["Bash(*)"]);
  });
  it('Claude settings: "allow" written as one string is a rule', () => {
    expect(agentOf(read("s/.claude/settings.local.json", '{"permissions": {"allow": "*"}}'))!.permissions.allow).toEqual(["*"]);
  });
  it("instruction folders are read as instructions", () => {
    for (const p of [
      ".cursor/commands/deploy.md",
      ".agent/rules/style.md",
      ".windsurf/rules/db.md",
      ".roo/rules-code/x.md",
      "AGENTS.override.md",
      ".claude/commands/fix.md",
    ]) {
      expect(agentOf(read(`i/${p}`, "Always run the tests.\n"))?.format, p).toBe("prompt");
    }
  });
});

describe("gateways", () => {
  it("Portkey: nested targets inherit override_params; hooks are guardrails; a virtual key carries the limits", () => {
    const pk = {
      strategy: { mode: "fallback" },
      input_guardrails: ["pg-pii-123"],
      targets: [
        { provider: "openai", api_key: "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", override_params: { model: "gpt-4o" } },
        {
          strategy: { mode: "loadbalance" },
          override_params: { model: "claude-3-5-sonnet-20241022" },
          targets: [{ provider: "anthropic", virtual_key: "anthropic-prod" }],
        },
      ],
    };
    const r = read("gw/portkey-config.json", JSON.stringify(pk, null, 2));
    const cfg = agentOf(r)!;
    expect(cfg).toMatchObject({ format: "gateway", dialect: "portkey" });
    expect(cfg.gateway.models.map((m) => [m.model, m.limits])).toEqual([
      ["openai/gpt-4o", []],
      ["anthropic/claude-3-5-sonnet-20241022", ["virtual_key"]],
    ]);
    expect(cfg.gateway.guardrails.map((g) => [g.name, g.modes])).toEqual([["pg-pii-123", ["pre_call"]]]);
    expect(cfg.secrets.map((s) => s.kind)).toEqual(["openai-key"]);
    expect(r.artifacts[0]!.positions["/gateway/models/0/model"]!.line).toBe(
      JSON.stringify(pk, null, 2)
        .split("\n")
        .findIndex((l) => l.includes('"gpt-4o"')) + 1,
    );
  });
  it("a JSON file that only shares a key name with Portkey is not a gateway", () => {
    expect(read("x/data.json", '{"targets": [1, 2], "strategy": "none"}').artifacts).toEqual([]);
  });
  it("LiteLLM: rpm/tpm beside litellm_params count as the deployment's limits", () => {
    const yml = "model_list:\n  - model_name: gpt\n    litellm_params:\n      model: openai/gpt-4o-2024-08-06\n    rpm: 600\n    tpm: 100000\n";
    expect(agentOf(read("gw/litellm_config.yaml", yml))!.gateway.models[0]!.limits).toEqual(["rpm", "tpm"]);
  });
});
