// The agent readers (issue 6) piece by piece: secret detection and masking, hidden characters,
// launch commands, classification and discovery, source positions, the PolicyInput contract, and
// robustness on arbitrary input.
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { discover } from "../src/discover/discover.js";
import type { AgentConfig, ReadResult } from "../src/model/types.js";
import { parseLaunch } from "../src/readers/formats/agent/launch.js";
import { findSecrets, maskText } from "../src/parse/secrets.js";
import { findHidden, stripHidden } from "../src/readers/formats/agent/unicode.js";
import { DEFAULT_MAX_FILE_BYTES, readCandidate } from "../src/readers/read.js";
import { fixtures, lineOf, repoRoot, tempDir, writeTree } from "./helpers.js";

const dir = tempDir("aigis-agent-readers-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read(name: string, content: string | Uint8Array): ReadResult {
  const abs = path.join(dir, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return readCandidate({ relPath: name, absPath: abs, size: fs.statSync(abs).size }, { maxFileBytes: DEFAULT_MAX_FILE_BYTES });
}

const agentOf = (r: ReadResult) => r.artifacts[0]?.artifact as AgentConfig | undefined;

describe("secrets", () => {
  const kinds = (text: string, key?: string) => findSecrets(text, key).map((s) => s.kind);

  it("recognises the common token formats, whole words only", () => {
    expect(kinds("sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")).toEqual(["openai-key"]);
    expect(kinds("key: sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv")).toEqual(["anthropic-key"]);
    expect(kinds("ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0A1b")).toEqual(["github-token"]);
    expect(kinds("github_pat_11ABCDE0Y0abcdefghijklmnopqrstuvwxyz")).toEqual(["github-token"]);
    expect(kinds("xoxb-1234567890-abcdefghijkl")).toEqual(["slack-token"]);
    expect(kinds("AKIAZ3MEXAMPL3KEY7QQ")).toEqual(["aws-access-key"]);
    expect(kinds("AIzaSyAb3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")).toEqual(["google-api-key"]);
    expect(kinds("hf_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0A")).toEqual(["huggingface-token"]);
    expect(kinds("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlMTIz")).toEqual(["jwt"]);
    expect(kinds("-----BEGIN OPENSSH PRIVATE KEY-----")).toEqual(["private-key"]);
    expect(kinds("Authorization: Bearer Ab3dEf6hIj9kLm2nOp5q")).toEqual(["bearer-token"]);
    expect(kinds("postgresql://app:S3cr3tPassw0rd@db:5432/app")).toEqual(["connection-string-password"]);
    expect(kinds("https://x.example/mcp?token=Ab3dEf6hIj9kLm2n")).toEqual(["url-credential"]);
    expect(kinds("--api-key Ab3dEf6hIj9kLm2nOp")).toEqual(["credential"]);
    expect(kinds("hunter22", "DB_PASSWORD")).toEqual(["credential"]);
    expect(kinds("sk-1234", "master_key")).toEqual(["credential"]);
  });

  it("leaves references, placeholders and look-alikes alone", () => {
    for (const [text, key] of [
      ["${GITHUB_TOKEN}", "GITHUB_TOKEN"],
      ["${env:OPENAI_API_KEY}", "api_key"],
      ["${input:github-pat}", "token"],
      ["$OPENAI_API_KEY", "OPENAI_API_KEY"],
      ["os.environ/AZURE_API_KEY", "api_key"],
      ["Bearer ${input:token}", "Authorization"],
      ["<your-api-key>", "api_key"],
      ["YOUR_API_KEY", "OPENAI_API_KEY"],
      ["sk-xxxxxxxxxxxxxxxxxxxxxxxx", "api_key"],
      ["changeme", "password"],
      ["ollama", "OPENAI_API_KEY"],
      ["4096", "MAX_TOKENS"],
      ["x-api-key", "API_KEY_HEADER"],
      ["postgresql://<user>:<password>@<host>:5432/db", undefined],
      ["Use scikit-learn and the task-runner-with-a-long-name", undefined],
      ["https://docs.example.com/tokens?page=2", undefined],
      ["true", "ENABLE_TOKEN_CACHE"],
      ["OPENAI_API_KEY", "api_key"],
      ["  token: string;", undefined],
      ['password = request.form["password"]', undefined],
      ["const token = getToken();", undefined],
      ["apiKey: config.openai.apiKey,", undefined],
      ["secret: required", undefined],
    ] as [string, string | undefined][]) {
      expect(findSecrets(text, key), `${text} under ${key}`).toEqual([]);
    }
  });

  it("finds credentials in URLs: webhook paths, Azure sig= and code=, credential-named parameters, user:pass@", () => {
    expect(kinds("https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdEFGHijklMNOPqrstUVWX")).toEqual(["url-credential"]);
    expect(kinds("https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")).toEqual(["url-credential"]);
    expect(kinds("https://a.blob.core.windows.net/c?sv=2022-11-02&sig=AbCdEf1234567890GhIjKl%2B")).toEqual(["url-credential"]);
    expect(kinds("https://fn.azurewebsites.net/api/x?code=Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE==")).toEqual(["url-credential"]);
    expect(kinds("https://x.example/q?access_token=Ab3dEf6hIj9kLm2n")).toEqual(["url-credential"]);
    expect(kinds("https://Ab3dEf6hIj9kLm2nOp5qRs8t@git.example.com/r.git")).toEqual(["url-credential"]);
    // Parameters whose names only contain a credential word, documentation placeholders, organisation names.
    for (const text of [
      "https://example.org/?author=JohnSmithDoe42&design=Abcdef123456",
      "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
      "https://example.org/lang?code=python3",
      "https://contoso-engineering@dev.azure.com/contoso/ml/_git/models",
    ]) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });

  it("masks to a provider prefix or to ****, never more than a quarter of the value", () => {
    expect(maskText("OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")).toBe("OPENAI_API_KEY=sk-p…");
    expect(maskText("postgresql://app:S3cr3tPassw0rd@db:5432/app")).toBe("postgresql://app:****@db:5432/app");
    expect(maskText("Bearer Ab3dEf6hIj9kLm2nOp5q")).toBe("Bearer ****");
    expect(maskText("hunter22", "DB_PASSWORD")).toBe("****");
  });
});

describe("hidden characters", () => {
  it("lists tag, zero-width and bidirectional characters as code points", () => {
    expect(findHidden("plain text")).toBeNull();
    expect(findHidden("a\u200Bb\u202Ec\u{E0041}")).toEqual({ codePoints: ["U+200B", "U+202E", "U+E0041"], count: 3 });
    expect(stripHidden("a\u200Bb")).toBe("a\uFFFDb");
  });

  it("does not report emoji sequences that need joiners and tags", () => {
    expect(findHidden("pair programming 👩‍💻 and family 👨‍👩‍👧")).toBeNull();
    expect(findHidden("England 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}")).toBeNull();
    expect(findHidden("x\u200Dy")).toEqual({ codePoints: ["U+200D"], count: 1 });
  });
});

describe("launch commands", () => {
  const pin = (command: string, args: string[]) => {
    const l = parseLaunch(command, args);
    return [l.runner, l.package, l.pin];
  };

  it("finds the package and how it is pinned, per runner", () => {
    expect(pin("npx", ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "."])).toEqual(["npx", "@modelcontextprotocol/server-filesystem", "exact"]);
    expect(pin("npx", ["-y", "@modelcontextprotocol/server-filesystem", "/"])).toEqual(["npx", "@modelcontextprotocol/server-filesystem", "none"]);
    expect(pin("npx", ["@playwright/mcp@latest"])).toEqual(["npx", "@playwright/mcp", "floating"]);
    expect(pin("npx", ["-y", "pkg@^1.2.0"])).toEqual(["npx", "pkg", "range"]);
    expect(pin("npx", ["--package", "pkg@1.0.0", "bin"])).toEqual(["npx", "pkg", "exact"]);
    expect(pin("npm", ["exec", "--yes", "pkg@1.0.0"])).toEqual(["npm-exec", "pkg", "exact"]);
    expect(pin("pnpm", ["dlx", "pkg"])).toEqual(["pnpm-dlx", "pkg", "none"]);
    expect(pin("bunx", ["pkg@1.0.0"])).toEqual(["bunx", "pkg", "exact"]);
    expect(pin("uvx", ["mcp-server-git==0.6.2"])).toEqual(["uvx", "mcp-server-git", "exact"]);
    expect(pin("uvx", ["mcp-server-fetch"])).toEqual(["uvx", "mcp-server-fetch", "none"]);
    expect(pin("uvx", ["mcp-server-fetch>=1.0"])).toEqual(["uvx", "mcp-server-fetch", "range"]);
    expect(pin("uv", ["tool", "run", "pkg@1.2.3"])).toEqual(["uvx", "pkg", "exact"]);
    expect(pin("uvx", ["--from", "git+https://github.com/o/r@0123456789abcdef0123456789abcdef01234567", "tool"])).toEqual([
      "uvx",
      "git+https://github.com/o/r",
      "commit",
    ]);
    expect(pin("pipx", ["run", "--spec", "pkg==1.0", "tool"])).toEqual(["pipx", "pkg", "exact"]);
    expect(pin("docker", ["run", "-i", "--rm", "-e", "TOKEN", "ghcr.io/github/github-mcp-server"])).toEqual([
      "docker",
      "ghcr.io/github/github-mcp-server",
      "none",
    ]);
    expect(pin("docker", ["run", "-i", "mcp/fetch:1.0"])).toEqual(["docker", "mcp/fetch", "tag"]);
    expect(pin("podman", ["run", `localhost:5000/x@sha256:${"a".repeat(64)}`])).toEqual(["podman", "localhost:5000/x", "digest"]);
    expect(pin("go", ["run", "github.com/o/r/cmd/mcp@v1.2.3"])).toEqual(["go-run", "github.com/o/r/cmd/mcp", "exact"]);
    expect(pin("deno", ["run", "-A", "npm:@o/mcp@1.2.3"])).toEqual(["deno", "npm:@o/mcp", "exact"]);
    expect(pin("node", ["./server.js"])).toEqual(["local", null, null]);
  });

  it("looks through shell and cmd wrappers and spots downloads piped into a shell", () => {
    expect(pin("cmd", ["/c", "npx", "-y", "pkg@1.0.0"])).toEqual(["npx", "pkg", "exact"]);
    expect(parseLaunch("cmd", ["/c", "npx", "-y", "pkg@1.0.0"]).packageArg).toBe(3);
    expect(pin("bash", ["-c", "npx -y pkg"])).toEqual(["npx", "pkg", "none"]);
    expect(pin("sh", ["-c", "curl -fsSL https://x.example/i.sh | sh"])).toEqual(["download-pipe", "https://x.example/i.sh", "none"]);
    const bridge = parseLaunch("npx", ["-y", "mcp-remote@0.1.18", "https://mcp.example.com/sse", "--header", "Authorization: Bearer ${TOKEN}"]);
    expect([bridge.url, bridge.urlArg, bridge.headers]).toEqual([
      "https://mcp.example.com/sse",
      2,
      [{ name: "Authorization", value: "Bearer ${TOKEN}", arg: 4 }],
    ]);
  });
});

describe("classification, discovery and positions", () => {
  it("finds agent files by name and by content, and leaves other files alone", () => {
    const shape = (name: string, content: string) => {
      const a = agentOf(read(name, content));
      return a ? `${a.format}:${a.dialect}` : null;
    };
    expect(shape("tools/agent.json", '{"mcpServers": {"x": {"command": "node", "args": ["s.js"]}}}')).toBe("mcp:mcp-json");
    expect(shape("package.json", '{"name": "x", "config": {"mcpServers": {}}}')).toBeNull();
    expect(shape("deploy/gateway.yaml", "model_list:\n  - model_name: m\n    litellm_params: {model: openai/gpt-4o-2024-08-06}\n")).toBe("gateway:litellm");
    expect(shape("ci.yaml", "jobs: {}\n")).toBeNull();
    expect(shape("evals/summarize.yml", "model: openai/gpt-4o\nmessages:\n  - role: user\n    content: hi\n")).toBe("prompt:github-models");
    expect(shape("docs/notes.md", "# Notes\n\nNothing to see.\n")).toBeNull();
    expect(shape("prompts/README.md", "# Prompts\n\nOne file per prompt.\n")).toBeNull();
    expect(shape("prompts/system.md", "You are a helpful assistant.\n")).toBe("prompt:prompt-text");
    expect(shape(".github/instructions/api.instructions.md", "Use REST.\n")).toBe("prompt:instructions");
    expect(shape(".clinerules", "Be brief.\n")).toBe("prompt:instructions");
    expect(shape(".windsurf/rules/style.md", "Be brief.\n")).toBe("prompt:instructions");
    expect(shape(".vscode/settings.json", '{"editor.tabSize": 2}')).toBeNull();
    // A model card stays a model card, whatever folder it sits in.
    const card = read("prompts/model/README.md", "---\nlicense: mit\npipeline_tag: text-generation\n---\n# Model Card for m\n");
    expect(card.artifacts[0]!.artifact.kind).toBe("model_card");
  });

  it("discovers prompt files in extensions aigis reads nowhere else", () => {
    const root = writeTree(tempDir("aigis-agent-discover-"), {
      "a.prompty": "x",
      ".cursor/rules/r.mdc": "x",
      ".cursorrules": "x",
      "prompts/p.txt": "x",
      "notes/n.txt": "x",
      "README.txt": "x",
    });
    try {
      expect(
        discover({ root, include: [], exclude: [] })
          .candidates.map((c) => c.relPath)
          .sort(),
      ).toEqual([".cursor/rules/r.mdc", ".cursorrules", "a.prompty", "prompts/p.txt"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("reads JSON with comments and trailing commas, and reports broken files with their line", () => {
    const ok = read(".vscode/mcp.json", '{\n  // servers\n  "servers": {\n    "a": {"url": "https://a.example/mcp",},\n  },\n}\n');
    expect(agentOf(ok)!.servers.map((s) => s.url)).toEqual(["https://a.example/mcp"]);
    expect(read(".mcp.json", '{\n  "mcpServers": {\n    "a": {"command": "npx",\n  }\n').errors[0]).toMatchObject({
      line: 5,
      reason: expect.stringMatching(/^invalid JSON/),
    });
    const twice = agentOf(read(".mcp.json", '{"mcpServers": {"a": {"command": "old"},\n "a": {"command": "new"}}}'))!;
    expect([twice.servers.map((s) => s.command), twice.duplicate_keys]).toEqual([["new"], [{ pointer: "/mcpServers/a", first_line: 1 }]]);
    expect(read("x.prompt.yml", "messages: [unclosed\n").errors[0]!.reason).toMatch(/^invalid YAML/);
    expect(agentOf(read(".mcp.json", '{"mcpServers": {"bad": 5}}'))!.problems).toEqual([
      { pointer: "/mcpServers/bad", reason: 'MCP server "bad" must be an object' },
    ]);
  });

  it("places servers, arguments, headers, env vars and prompt lines at their own line", () => {
    const file = path.join(fixtures, "agents", "risky", ".mcp.json");
    const r = read(".mcp.json", fs.readFileSync(file, "utf8"));
    const pos = r.artifacts[0]!.positions;
    expect(pos["/servers/1"]!.line).toBe(lineOf(file, '"github": {'));
    expect(pos["/servers/1/args/5"]!.line).toBe(lineOf(file, '"ghcr.io/github/github-mcp-server"]'));
    expect(pos["/servers/1/env/0"]!.line).toBe(lineOf(file, '"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_'));
    const vs = path.join(fixtures, "agents", "risky", ".vscode", "mcp.json");
    const v = read(".vscode/mcp.json", fs.readFileSync(vs, "utf8")).artifacts[0]!.positions;
    expect(v["/servers/0/headers/0"]!.line).toBe(lineOf(vs, '"Authorization"'));
    const py = path.join(fixtures, "agents", "valid", "support.prompty");
    const p = read("support.prompty", fs.readFileSync(py, "utf8"));
    const prompt = agentOf(p)!.prompt;
    const i = prompt.lines.findIndex((l) => l.text.includes("{{question}}"));
    expect(prompt.lines[i]!.role).toBe("user");
    expect(p.artifacts[0]!.positions[`/prompt/lines/${i}`]!.line).toBe(lineOf(py, "{{question}}"));
    expect(prompt.variables).toEqual([{ pointer: "/prompt/variables/0", name: "question", line: i, delimited: true }]);
  });

  it("tells delimited template slots from bare ones", () => {
    const vars = (text: string) => agentOf(read("prompts/t.txt", text))!.prompt.variables.map((v) => `${v.name}:${v.delimited}`);
    expect(vars("Answer {question}\n")).toEqual(["question:false"]);
    expect(vars('Answer "{question}"\n')).toEqual(["question:true"]);
    expect(vars("<doc>\n{document}\n</doc>\n")).toEqual(["document:true"]);
    expect(vars('"""\n{document}\n"""\n')).toEqual(["document:true"]);
    expect(vars("<doc>{{ document }}</doc>\n")).toEqual(["document:true"]);
    expect(vars('JSON like {"a": 1} and ${HOME} are not slots\n')).toEqual([]);
  });
});

describe("the PolicyInput contract", () => {
  it("validates what the agent readers make of every fixture", () => {
    const Ajv2020 = Ajv2020Module.default;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      JSON.parse(fs.readFileSync(path.join(repoRoot, "schema", "policy-input.json"), "utf8")),
    );
    for (const which of ["risky", "valid"]) {
      const root = path.join(fixtures, "agents", which);
      const configs = discover({ root, include: [], exclude: [] }).candidates.flatMap((c) =>
        readCandidate(c, { maxFileBytes: DEFAULT_MAX_FILE_BYTES }).artifacts.flatMap((a) => (a.artifact.kind === "agent_config" ? [a] : [])),
      );
      for (const a of configs) expect(a.positions[""], a.artifact.id).toBeDefined();
      const input = {
        schema_version: 1,
        artifacts: { model_cards: [], datasets: [], sboms: [], governance: [], agent_configs: configs.map((a) => a.artifact) },
        errors: [],
        repository: { files_scanned: configs.length },
        config: { params: {} },
      };
      expect(validate(JSON.parse(JSON.stringify(input))), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe("agent readers never throw", () => {
  const RUNS = Number(process.env["AIGIS_FUZZ_RUNS"] ?? 150);
  const NAMES = [
    ".mcp.json",
    ".vscode/mcp.json",
    "claude_desktop_config.json",
    ".claude/settings.json",
    "litellm/config.yaml",
    "p.prompt.yml",
    "a.prompty",
    "AGENTS.md",
    ".cursorrules",
    "prompts/p.txt",
    ".cursor/rules/r.mdc",
  ];
  const KEYS = [
    "mcpServers",
    "servers",
    "command",
    "args",
    "env",
    "url",
    "headers",
    "type",
    "autoApprove",
    "alwaysAllow",
    "trust",
    "permissions",
    "allow",
    "defaultMode",
    "model_list",
    "litellm_params",
    "model",
    "api_key",
    "guardrails",
    "mode",
    "router_settings",
    "model_group_alias",
    "litellm_settings",
    "messages",
    "role",
    "content",
  ];
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { maxDepth: 4 },
      fc.constantFrom(null, true, 3, "", "npx", "docker", "run", "-y", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv", "http://x", "${A}", "{{x}}", "\u202E"),
      fc.string(),
      fc.array(tie("v"), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...KEYS), tie("v"), { maxKeys: 5 }),
    ),
  })).v;

  const wellFormed = (name: string, r: ReadResult) => {
    for (const e of r.errors) expect(e.reason, name).not.toMatch(/internal error/);
    for (const a of r.artifacts) expect(a.positions[""], name).toBeDefined();
    JSON.stringify(r.artifacts.map((a) => a.artifact));
  };

  it("on arbitrary JSON and YAML values under agent file names", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), value, (name, v) => {
        wellFormed(name, read(name, JSON.stringify(v))); // JSON is YAML too
        wellFormed(name, read(name, JSON.stringify({ mcpServers: v, model_list: v, messages: v })));
      }),
      { numRuns: RUNS },
    );
  });

  it("on arbitrary text and bytes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
        ),
        (name, content) => {
          wellFormed(name, read(name, content));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("secrets in odd places", () => {
  it("masks a token used as a key, in a problem pointer too", () => {
    const token = "sk-proj-Zz9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF";
    const r = read(".mcp.json", JSON.stringify({ mcpServers: { [token]: 5 } }));
    const json = JSON.stringify(r.artifacts.map((a) => a.artifact));
    expect(json).not.toContain(token.slice(4, 20));
    expect(agentOf(r)!.secrets.map((s) => s.kind)).toEqual(["openai-key"]);
  });

  it("masks a token cut by the line-length limit of prompt text", () => {
    const token = "sk-proj-Zz9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF";
    const r = read("prompts/long.txt", `${"x".repeat(1983)} ${token}\n`);
    expect(JSON.stringify(r.artifacts.map((a) => a.artifact))).not.toContain(token.slice(4, 16));
  });
});
