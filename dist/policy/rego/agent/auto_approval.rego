# METADATA
# title: Agent tool calls approved automatically
# description: |
#   Auto-approval removes the person who would stop a harmful tool call: Cline `autoApprove`, Roo and
#   Kilo `alwaysAllow`, Gemini `trust`, Claude Code `bypassPermissions` or an `allow` rule for `Bash`,
#   VS Code `chat.tools.autoApprove`: approving every tool, any shell command, or any tool of a
#   server with host-wide reach (AIGIS-AG-004). Narrower approvals are AIGIS-AG-017.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm062025-excessive-agency/
#   - https://docs.anthropic.com/en/docs/claude-code/settings
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-005
#   severity: high
#   effort: small
#   applies_to: [agent_config]
#   evidence: none
#   evidence_reason: |
#     Asking before a tool call is the default; a configuration that does not auto-approve says
#     nothing about oversight in practice.
#   controls:
#     - nist-ai-rmf:MAP 3.5
#     - owasp-llm:LLM06:2025
#     - owasp-agentic:ASI02
#   crosswalk_backed:
#     - owasp-agentic:ASI02
#   remediation: |
#     Let a person approve tool calls: empty `autoApprove` / `alwaysAllow`, no `trust: true`, no
#     `bypassPermissions`; allow only narrow commands (`Bash(npm run test:*)`), list project servers
#     one by one in `enabledMcpjsonServers`, and keep `chat.tools.autoApprove` off.
#   example: |
#     "permissions": {"allow": ["Bash(npm run test:*)"], "ask": ["Bash(git push:*)", "mcp__github"]}
package aigis.rules.agent.auto_approval

import data.aigis.agent
import data.aigis.index
import data.aigis.lib

deny contains lib.finding(cfg, lib.format("%s/auto_approve", [s.pointer]), msg) if {
	some [cfg, s] in agent.servers
	agent.auto_approves_broadly(s)
	msg := lib.format("MCP server '%s' runs %s without asking.", [s.name, tools(s)])
}

deny contains lib.finding(cfg, "/permissions/default_mode", msg) if {
	some cfg in agent.configs
	cfg.permissions.default_mode == "bypassPermissions"
	msg := lib.format("%s sets defaultMode bypassPermissions: every tool call runs without asking.", [cfg.path])
}

deny contains lib.finding(cfg, sprintf("/permissions/allow/%d", [i]), msg) if {
	some cfg in agent.configs
	some i, rule in cfg.permissions.allow
	some reason in {r | r := broad_allow(rule)}
	msg := lib.format("%s allows '%s' without asking: %s.", [cfg.path, rule, reason])
}

deny contains lib.finding(cfg, "/permissions/auto_approve_all", msg) if {
	some cfg in agent.configs
	cfg.permissions.auto_approve_all == true
	msg := lib.format(
		"%s approves every tool call and terminal command without asking (%s).",
		[cfg.path, "chat.tools.autoApprove, or Codex approval_policy never without a sandbox"],
	)
}

tools(s) := "every tool" if "*" in s.auto_approve

else := concat(", ", s.auto_approve)

# Claude Code permission rules that approve as much as any command (docs/agents.md, "Claude Code
# permission grammar"; https://docs.anthropic.com/en/docs/claude-code/iam#permission-rules): the rule
# is `Tool` or `Tool(specifier)`, a Bash specifier is a command prefix ending in `:*` or a pattern
# with `*`. Each entry: an RE2 pattern on the whole rule and what it grants.
claude_allow_grammar := [
	{"pattern": `^\*$`, "grants": "every tool"},
	{"pattern": `^Bash(\(\s*(\*|:\*|\*:\*|\*\*)?\s*\))?$`, "grants": "any shell command"},
	{
		"pattern": concat("", [
			`^Bash\(\s*(sudo|su|doas|sh|bash|zsh|fish|pwsh|powershell|cmd|env|eval|exec|xargs|nohup`,
			`|python3?|node|deno|bun|ruby|perl|php|npx|bunx|uvx|pnpx)(:\*|\s+\*|\*)\s*\)$`,
		]),
		"grants": "any command through a shell, interpreter or package runner",
	},
	{
		# `npm exec`, `pnpm dlx`, `yarn dlx` fetch and run any package, as npx does
		# (https://docs.npmjs.com/cli/commands/npm-exec).
		"pattern": `^Bash\(\s*(npm|pnpm|yarn)(\s+(exec|x|dlx))?(:\*|\s+\*|\*)\s*\)$`,
		"grants": "any package's code through a package manager (npm exec, pnpm dlx, yarn dlx)",
	},
	{
		"pattern": `^Bash\(\s*(curl|wget|nc|ncat|ssh|scp|rsync)(:\*|\s+\*|\*)\s*\)$`,
		"grants": "network requests to any host",
	},
	{
		"pattern": `^Bash\(\s*(docker|podman|kubectl)(:\*|\s+\*|\*)\s*\)$`,
		"grants": "any container or cluster command",
	},
	{"pattern": `^mcp__\*$`, "grants": "every tool of every MCP server"},
]

broad_allow(rule) := entry.grants if {
	some entry in claude_allow_grammar
	regex.match(entry.pattern, trim_space(rule))
}

# `mcp__<server>` approves every tool of a server, `mcp__<server>__<tool>` one of them.
# The server may be declared in another configuration file, so the names come from the index.
broad_allow(rule) := "a tool of a server with host-wide reach" if {
	some name in index.reaching_mcp_servers
	names_server(rule, concat("", ["mcp__", name]))
}

names_server(rule, prefix) if rule == prefix

names_server(rule, prefix) if startswith(rule, concat("", [prefix, "__"]))
