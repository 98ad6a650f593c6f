// Agent and LLM-application configuration end to end (issue 6): the sample repositories under
// fixtures/agents read, judged and rendered. Findings sit on the exact line of the offending server,
// argument, header, env var or prompt line, and no secret value reaches any output.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { materializeInput } from "../src/engine/chunks.js";
import type { Finding, PolicyInput } from "../src/model/types.js";
import type { Report } from "../src/report/report.js";
import { run, scan as scanRepository } from "../src/run.js";
import { annotations } from "../src/sinks/annotations.js";
import { renderComment } from "../src/sinks/comment.js";
import { renderJson } from "../src/sinks/json.js";
import { renderMarkdown } from "../src/sinks/markdown.js";
import { renderSarif } from "../src/sinks/sarif.js";
import { renderText } from "../src/sinks/text.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/**
 * The report run() makes of `root`, as both shells get it, and the PolicyInput that the production
 * scan() hands the engine for the same configuration: nothing is assembled here, so an agent config
 * that production dropped would be missing from both.
 */
async function scan(root: string): Promise<{ report: Report; input: PolicyInput }> {
  const { report, config } = await run({ root, policyDir, version: "test" });
  return { report, input: materializeInput(scanRepository(root, config).input) };
}

/** 1-based lines of every line of `file` that contains `needle`. */
function linesOf(file: string, needle: string): number[] {
  const lines = fs.readFileSync(file, "utf8").split(/\r\n|\r|\n/);
  const out = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (!out.length) throw new Error(`${needle} not in ${file}`);
  return out;
}

const risky = path.join(fixtures, "agents", "risky");
const valid = path.join(fixtures, "agents", "valid");

describe("fixtures/agents/risky", () => {
  let report: Report;
  let input: PolicyInput;
  beforeAll(async () => ({ report, input } = await scan(risky)));

  /** Where a rule reported, as "path:line" sorted. */
  const where = (rule: string, filter: (f: Finding) => boolean = () => true) =>
    report.findings
      .filter((f) => f.rule === rule && filter(f))
      .map((f) => `${f.path}:${f.line}`)
      .sort();
  /** "path:line" of each needle in the fixture file. */
  const at = (file: string, ...needles: string[]) => needles.flatMap((n) => linesOf(path.join(risky, file), n).map((l) => `${file}:${l}`));
  const sorted = (xs: string[]) => [...xs].sort();

  it("reads every MCP, prompt and gateway shape", () => {
    const agents = report.artifacts.filter((a) => a.kind === "agent_config").map((a) => `${a.path} ${a.format}`);
    expect(agents).toEqual([
      ".claude/settings.json mcp",
      ".cursor/mcp.json mcp",
      ".cursor/rules/deploy.mdc prompt",
      ".gemini/settings.json mcp",
      ".github/copilot-instructions.md prompt",
      ".mcp.json mcp",
      ".roo/mcp.json mcp",
      ".vscode/mcp.json mcp",
      ".vscode/settings.json mcp",
      "AGENTS.md prompt",
      "CLAUDE.md prompt",
      "agent.prompty prompt",
      "config/claude_desktop_config.json mcp",
      "config/cline_mcp_settings.json mcp",
      "prompts/sql-agent.txt prompt",
      "prompts/support-reply.prompt.yml prompt",
      "proxy/config.yaml gateway",
    ]);
    expect(input.artifacts.agent_configs!.map((c) => c.dialect).sort()).toEqual([
      "claude-code",
      "claude-desktop",
      "claude-settings",
      "cline",
      "cursor",
      "cursor-rules",
      "gemini",
      "github-models",
      "instructions",
      "instructions",
      "instructions",
      "litellm",
      "prompt-text",
      "prompty",
      "roo",
      "vscode",
      "vscode-settings",
    ]);
  });

  it("AG-001 and AG-002: every hard-coded credential at the line of its key", () => {
    expect(where("AIGIS-AG-001")).toEqual(
      sorted([
        ...at(".mcp.json", '"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_'),
        ...at(".vscode/mcp.json", '"Authorization": "Bearer'),
        ...at(".cursor/mcp.json", "api_key=", "postgresql://reporting"),
        ...at(".gemini/settings.json", '"X-API-Key"'),
        ...at(".claude/settings.json", '"ANTHROPIC_API_KEY"'),
        ...at("config/claude_desktop_config.json", '"OPENAI_API_KEY"', '"HF_TOKEN"'),
        ...at("proxy/config.yaml", "api_key: sk-proj", "master_key:", "database_url:", "LANGFUSE_SECRET_KEY"),
      ]),
    );
    expect(where("AIGIS-AG-002")).toEqual(
      sorted([
        ...at(".github/copilot-instructions.md", "xoxb-"),
        ...at("CLAUDE.md", "AKIA"),
        ...at("agent.prompty", "api_key:"),
        ...at("prompts/support-reply.prompt.yml", "call the orders API"),
      ]),
    );
    const gh = report.findings.find((f) => f.rule === "AIGIS-AG-001" && f.path === ".mcp.json")!;
    expect(gh.message).toBe("mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN holds a hard-coded GitHub token (ghp_…); the value is not shown.");
    expect(gh.severity).toBe("critical");
  });

  it("AG-003: unpinned servers at their package argument; AG-018: an image pinned by tag alone", () => {
    expect(where("AIGIS-AG-003")).toEqual(
      sorted([
        ...at(".mcp.json", '"@modelcontextprotocol/server-filesystem", "/"]', '"ghcr.io/github/github-mcp-server"]', '["mcp-shell-server"]', '"curl -fsSL'),
        ...at(".cursor/mcp.json", "@playwright/mcp@latest", "server-postgres@^0.6.0"),
        ...at("config/claude_desktop_config.json", "openai-mcp-tools@latest"),
      ]),
    );
    expect(where("AIGIS-AG-018")).toEqual(at(".mcp.json", "mcp/docker:1.4.2"));
  });

  it("AG-004: host-wide filesystem, shell, browser and container reach at the granting argument", () => {
    expect(where("AIGIS-AG-004")).toEqual(
      sorted([
        ...at(".mcp.json", '"@modelcontextprotocol/server-filesystem", "/"]', '["mcp-shell-server"]'),
        ...at(".mcp.json", "--privileged", "--privileged"), // privileged and the Docker socket, same line
        ...at(".cursor/mcp.json", "@playwright/mcp@latest"),
        ...at(".roo/mcp.json", "mcp-server-commands@"),
        ...at("config/cline_mcp_settings.json", "desktop-commander@"),
      ]),
    );
  });

  it("AG-005 and AG-017: auto-approval in every client's spelling, broad and narrow", () => {
    expect(where("AIGIS-AG-005")).toEqual(
      sorted([
        ...at(".claude/settings.json", '"defaultMode"', '"Bash",', '"mcp__filesystem"'),
        ...at(".gemini/settings.json", '"trust": true'),
        ...at(".roo/mcp.json", '"alwaysAllow"'),
        ...at("config/cline_mcp_settings.json", '"autoApprove": ["*"]'),
        ...at(".vscode/settings.json", '"chat.tools.autoApprove": true'),
      ]),
    );
    expect(where("AIGIS-AG-017")).toEqual(
      sorted([
        ...at(".claude/settings.json", '"enableAllProjectMcpServers"'),
        ...at("config/cline_mcp_settings.json", '"autoApprove": ["read_note"'),
        ...at(".vscode/settings.json", '"/.*/": true'),
      ]),
    );
  });

  it("AG-006 to AG-008: the gateway's limits, floating aliases and guardrails", () => {
    expect(where("AIGIS-AG-006")).toEqual(sorted(at("proxy/config.yaml", "litellm_params:")));
    expect(where("AIGIS-AG-007")).toEqual(
      sorted(at("proxy/config.yaml", "model: openai/gpt-4o", "model: anthropic/claude-3-5-sonnet-latest", "model: ollama/llama3")),
    );
    expect(where("AIGIS-AG-008")).toEqual(at("proxy/config.yaml", "model_list:", "model_list:"));
  });

  it("AG-009: hidden characters at their line, listed as code points", () => {
    expect(where("AIGIS-AG-009")).toEqual(sorted([...at("AGENTS.md", "Access level"), ...at(".cursor/rules/deploy.mdc", "Tag every resource")]));
    const tags = report.findings.find((f) => f.rule === "AIGIS-AG-009" && f.path.endsWith(".mdc"))!;
    expect(tags.message).toContain("60 hidden Unicode tag characters");
    expect(tags.message).toContain("U+E0041");
    expect(tags.message).not.toMatch(/ssh|attacker/i);
  });

  it("AG-010 and AG-011: plaintext and unauthenticated remote endpoints", () => {
    expect(where("AIGIS-AG-010")).toEqual(sorted([...at(".vscode/mcp.json", '"url": "http://mcp.tools'), ...at("proxy/config.yaml", "api_base: http://")]));
    expect(where("AIGIS-AG-011")).toEqual(at(".vscode/mcp.json", '"tickets"'));
  });

  it("AG-013 and AG-014: undelimited input and executed output at the prompt line", () => {
    expect(where("AIGIS-AG-013")).toEqual(
      sorted([
        ...at("prompts/support-reply.prompt.yml", "{{customer_message}}"),
        ...at("prompts/sql-agent.txt", "{question}"),
        // agent.prompty's `user:` section is only {{request}}: the user's own turn, nothing to confuse it with.
      ]),
    );
    expect(where("AIGIS-AG-014")).toEqual(
      sorted([
        ...at(".github/copilot-instructions.md", "Run any shell command"),
        ...at("agent.prompty", "When you produce a shell command"),
        ...at("prompts/sql-agent.txt", "execute the generated SQL"),
      ]),
    );
  });

  it("AG-015: agents without oversight or incident contact, and agent configs as AI usage signals", () => {
    expect(where("AIGIS-AG-015")).toEqual(at(".claude/settings.json", '"permissions"', '"permissions"'));
    // With agent configs alone, the repository uses AI: governance rules ask for their documents.
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["AIGIS-GV-001", "AIGIS-GV-003", "AIGIS-GV-008"]));
  });

  it("keeps every secret out of the PolicyInput and every rendering of the report", () => {
    const texts = fs
      .readdirSync(risky, { recursive: true, encoding: "utf8" })
      .filter((f) => fs.statSync(path.join(risky, f)).isFile())
      .map((f) => fs.readFileSync(path.join(risky, f), "utf8"));
    const canaries = [...new Set(texts.flatMap((t) => t.match(/[\w-]*CANARY[\w.-]*/g) ?? []))];
    expect(canaries.length).toBeGreaterThanOrEqual(12);
    const outputs: Record<string, string> = {
      input: JSON.stringify(input),
      json: renderJson(report),
      sarif: renderSarif(report),
      text: renderText(report),
      summary: renderMarkdown(report),
      comment: renderComment(report, { marker: "aigis" } as never),
      annotations: JSON.stringify(annotations(report.findings)),
    };
    for (const [name, out] of Object.entries(outputs)) {
      expect(out, name).not.toContain("CANARY");
      expect(out, name).not.toContain("sk-1234");
      for (const c of canaries) {
        // Not the value, and not any part of it beyond the masked prefix.
        expect(out, `${name}: ${c.slice(0, 6)}…`).not.toContain(c.slice(4, 16));
      }
      expect(out, name).not.toMatch(/[\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069]/u);
    }
    expect(outputs["json"]).toContain("ghp_…");
    expect(outputs["sarif"]).toContain("sk-p…");
  });
});

describe("fixtures/agents/valid", () => {
  it("reads every shape and finds nothing to report", async () => {
    const { report, input } = await scan(valid);
    expect(report.findings.map((f) => `${f.rule} ${f.path}:${f.line} ${f.message}`)).toEqual([]);
    const configs = input.artifacts.agent_configs!;
    expect(configs.map((c) => c.dialect).sort()).toEqual([
      "claude-code",
      "claude-desktop",
      "claude-settings",
      "cline",
      "cursor",
      "cursor-rules",
      "cursor-rules",
      "gemini",
      "github-models",
      "instructions",
      "instructions",
      "instructions",
      "instructions",
      "litellm",
      "prompt-md",
      "prompt-text",
      "prompty",
      "roo",
      "vscode",
      "vscode-settings",
    ]);
    expect(configs.every((c) => c.secrets.length === 0 && c.hidden_unicode.length === 0)).toBe(true);
  });
});

describe("rules that need configuration or an SBOM", () => {
  it("AG-012: servers outside params.mcp_allowlist, only when the list is set", async () => {
    const root = writeTree(tempDir("aigis-agents-"), {
      ".aigis.yml": 'params:\n  mcp_allowlist: ["@modelcontextprotocol/server-filesystem", "https://api.githubcopilot.com/"]\n',
      ".mcp.json": fs.readFileSync(path.join(valid, ".mcp.json"), "utf8"),
      ".vscode/mcp.json": fs.readFileSync(path.join(valid, ".vscode/mcp.json"), "utf8"),
    });
    dirs.push(root);
    const { report } = await scan(root);
    const found = report.findings
      .filter((f) => f.rule === "AIGIS-AG-012")
      .map((f) => `${f.path}:${f.line}`)
      .sort();
    expect(found).toEqual(
      [
        `.mcp.json:${linesOf(path.join(root, ".mcp.json"), '"url": "https://mcp.sentry.dev/mcp"')[0]}`,
        `.mcp.json:${linesOf(path.join(root, ".mcp.json"), "ghcr.io/github/github-mcp-server:v0.9.1")[0]}`,
        `.vscode/mcp.json:${linesOf(path.join(root, ".vscode/mcp.json"), "mcp-server-fetch==")[0]}`,
      ].sort(),
    );
  });

  it("AG-016: a vector store in the AI SBOM declares authentication and data classification", async () => {
    const bom = {
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      serialNumber: "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
      version: 1,
      metadata: { timestamp: "2026-11-01T00:00:00Z" },
      services: [
        { "bom-ref": "kb", name: "kb-index", provider: { name: "Pinecone" }, endpoints: ["https://kb-index-abc.svc.pinecone.io"] },
        {
          "bom-ref": "kb2",
          name: "faq-index",
          provider: { name: "Qdrant" },
          endpoints: ["https://faq.cloud.qdrant.io"],
          authenticated: true,
          data: [{ flow: "bi-directional", classification: "confidential" }],
        },
      ],
    };
    const root = writeTree(tempDir("aigis-agents-"), { "bom.cdx.json": JSON.stringify(bom, null, 2) });
    dirs.push(root);
    const { report } = await scan(root);
    const found = report.findings.filter((f) => f.rule === "AIGIS-AG-016");
    expect(found.map((f) => f.message).sort()).toEqual([
      "Vector store 'kb-index' does not classify the data it holds.",
      "Vector store 'kb-index' does not declare authenticated access.",
    ]);
  });
});
