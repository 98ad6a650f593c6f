// Which agent files a repository holds: by the names clients and tools give them, and by content
// (an `mcpServers` object in any JSON, a LiteLLM `model_list`, GitHub Models `messages`).
import path from "node:path";
import type { AgentFormat } from "./shape.js";

export interface AgentClassification {
  format: AgentFormat;
  dialect: string;
  /** Only content of the expected shape is read (generic names, content matches). */
  requireShape: boolean;
}

// Specific MCP client files, matched on the end of the path (lower case).
const MCP_PATHS: [RegExp, string][] = [
  [/(^|\/)\.mcp\.json$/, "claude-code"],
  [/(^|\/)\.vscode\/mcp\.json$/, "vscode"],
  [/(^|\/)\.cursor\/mcp\.json$/, "cursor"],
  [/(^|\/)\.roo\/mcp\.json$/, "roo"],
  [/(^|\/)\.kilocode\/mcp\.json$/, "kilo"],
  [/(^|\/)claude_desktop_config\.json$/, "claude-desktop"],
  [/(^|\/)cline_mcp_settings\.json$/, "cline"],
  [/(^|\/)mcp_settings\.json$/, "roo"],
  [/(^|\/)mcp_config\.json$/, "windsurf"],
  [/(^|\/)\.gemini\/settings\.json$/, "gemini"],
  [/(^|\/)\.claude\/settings(\.local)?\.json$/, "claude-settings"],
  [/(^|\/)\.claude\.json$/, "claude-user"],
  [/(^|\/)\.zed\/settings\.json$/, "zed"],
  [/(^|\/)\.windsurf\/mcp(_config)?\.json$/, "windsurf"],
  [/(^|\/)\.codex\/config\.toml$/, "codex"],
];
const INSTRUCTION_NAMES =
  /^(agents(\.override)?|claude(\.local)?|gemini|copilot-instructions)\.md$|\.instructions\.md$|^\.(clinerules|windsurfrules|roorules)$/i;
/** Folders whose Markdown files are instructions or commands an agent follows. */
const INSTRUCTION_DIRS =
  /(^|\/)(\.clinerules|\.windsurf\/(rules|workflows)|\.cursor\/(rules|commands)|\.github\/instructions|\.roo\/rules(-[\w-]+)?|\.agents?|\.kiro\/steering|\.claude\/(commands|agents)|\.augment\/rules)\//;
const DOC_NAMES = /^(readme|changelog|license|contributing|code_of_conduct)(\.[a-z]+)?$/i;
const TEXT_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

const inPromptsDir = (relPath: string) =>
  relPath
    .split("/")
    .slice(0, -1)
    .some((seg) => /^prompts?$/i.test(seg));

/** The agent file a path names, whatever it holds, or null. */
export function agentFileByName(relPath: string): AgentClassification | null {
  const p = relPath.toLowerCase();
  const name = path.posix.basename(relPath);
  const lower = name.toLowerCase();
  const ext = path.posix.extname(lower);
  for (const [re, dialect] of MCP_PATHS) if (re.test(p)) return { format: "mcp", dialect, requireShape: false };
  if (lower === "mcp.json") return { format: "mcp", dialect: "mcp-json", requireShape: true };
  if (/\.prompt\.ya?ml$/.test(lower)) return { format: "prompt", dialect: "github-models", requireShape: false };
  if (ext === ".prompty") return { format: "prompt", dialect: "prompty", requireShape: false };
  if (/\.(prompt|chatmode)\.md$/.test(lower)) return { format: "prompt", dialect: "prompt-md", requireShape: false };
  if (lower === ".cursorrules" || (ext === ".mdc" && /(^|\/)\.cursor\/rules\//.test(p)))
    return { format: "prompt", dialect: "cursor-rules", requireShape: false };
  if (INSTRUCTION_NAMES.test(name) || (TEXT_EXTENSIONS.has(ext) && INSTRUCTION_DIRS.test(p))) {
    return { format: "prompt", dialect: /(^|\/)\.cursor\//.test(p) ? "cursor-rules" : "instructions", requireShape: false };
  }
  if (TEXT_EXTENSIONS.has(ext) && inPromptsDir(relPath) && !DOC_NAMES.test(name)) return { format: "prompt", dialect: "prompt-text", requireShape: false };
  if (/^portkey[-_.]?(config)?[\w.-]*\.json$/.test(lower)) return { format: "gateway", dialect: "portkey", requireShape: true };
  if (/^litellm[-_.]?(proxy[-_.]?)?config\.ya?ml$|^litellm\.ya?ml$/.test(lower)) return { format: "gateway", dialect: "litellm", requireShape: true };
  return null;
}

/**
 * Files discovery must hand over although their extension is not one aigis reads otherwise:
 * `.prompty`, Cursor `.mdc` rules, dot-files such as `.cursorrules`, text prompts under prompts/.
 */
export function isAgentCandidate(relPath: string): boolean {
  const name = path.posix.basename(relPath).toLowerCase();
  const ext = path.posix.extname(name);
  return (
    ext === ".prompty" ||
    ext === ".mdc" ||
    /(^|\/)\.codex\/config\.toml$/i.test(relPath) ||
    name === ".roorules" ||
    name === ".cursorrules" ||
    name === ".windsurfrules" ||
    name === ".clinerules" ||
    (ext === ".txt" && inPromptsDir(relPath))
  );
}

/** An agent file by name, else by content; null when the file is none. */
export function classifyAgent(relPath: string, text: string): AgentClassification | null {
  const byName = agentFileByName(relPath);
  if (byName) return byName;
  const ext = path.posix.extname(relPath).toLowerCase();
  const head = text.slice(0, 65536);
  if (ext === ".json" || ext === ".jsonc") {
    if (/"(mcpServers|context_servers)"\s*:/.test(head))
      return { format: "mcp", dialect: /"context_servers"/.test(head) ? "zed" : "mcp-json", requireShape: true };
    if (/"(override_params|virtual_key)"\s*:/.test(head) || (/"strategy"\s*:/.test(head) && /"targets"\s*:/.test(head)))
      return { format: "gateway", dialect: "portkey", requireShape: true };
    if (/(^|\/)\.vscode\/settings\.json$/i.test(relPath) && /"(chat\.tools\.[\w.]*autoApprove|mcp)"\s*:/.test(head))
      return { format: "mcp", dialect: "vscode-settings", requireShape: false };
    return null;
  }
  if (ext === ".yaml" || ext === ".yml") {
    if (/^model_list\s*:/m.test(head) || /^(litellm_settings|router_settings)\s*:/m.test(head))
      return { format: "gateway", dialect: "litellm", requireShape: true };
    if (/^messages\s*:/m.test(head) && /\brole\s*:/.test(head)) return { format: "prompt", dialect: "github-models", requireShape: true };
  }
  return null;
}
