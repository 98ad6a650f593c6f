# METADATA
# title: Some agent tools or servers approved without review
# description: |
#   Narrower auto-approval still removes the person who would stop a harmful call: named tools of an
#   MCP server approved automatically (Cline `autoApprove`, Roo and Kilo `alwaysAllow`), every MCP
#   server a project declares enabled without review of each (Claude Code
#   `enableAllProjectMcpServers`), or VS Code terminal commands approved by a pattern that matches
#   any command or an interpreter. Approving every tool, any shell command or a server with
#   host-wide reach is AIGIS-AG-005.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm062025-excessive-agency/
#   - https://docs.anthropic.com/en/docs/claude-code/settings
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-017
#   severity: medium
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
#     Approve only tools that cannot change anything outside the task, list project servers one by one
#     in `enabledMcpjsonServers`, and approve terminal commands by exact, narrow patterns
#     (`npm test`), never `*`, `/.*/` or an interpreter.
#   example: |
#     "chat.tools.terminal.autoApprove": {"npm test": true}
package aigis.rules.agent.narrow_auto_approval

import data.aigis.agent
import data.aigis.lib

# Interpreters and shells: approving them approves any command.
shells := {
	"bash", "sh", "zsh", "fish", "pwsh", "powershell", "cmd", "python", "python3",
	"node", "deno", "bun", "ruby", "perl", "eval", "sudo", "npx", "env",
}

deny contains lib.finding(cfg, lib.format("%s/auto_approve", [s.pointer]), msg) if {
	some [cfg, s] in agent.servers
	count(s.auto_approve) > 0
	not agent.auto_approves_broadly(s)
	msg := lib.format("MCP server '%s' runs %s without asking.", [s.name, concat(", ", s.auto_approve)])
}

deny contains lib.finding(cfg, "/permissions/enable_all_project_servers", msg) if {
	some cfg in agent.configs
	cfg.permissions.enable_all_project_servers == true
	msg := lib.format("%s enables every MCP server a project declares, without review of each.", [cfg.path])
}

deny contains lib.finding(cfg, sprintf("/permissions/terminal_auto_approve/%d", [i]), msg) if {
	some cfg in agent.configs
	some i, pattern in cfg.permissions.terminal_auto_approve
	any_command(pattern)
	msg := lib.format("%s approves terminal commands matching '%s' without asking.", [cfg.path, pattern])
}

any_command(pattern) if regex.match(`^/\^?\.[*+]\$?/[a-z]*$|^\*$`, pattern)

any_command(pattern) if lower(pattern) in shells
