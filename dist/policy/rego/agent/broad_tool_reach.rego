# METADATA
# title: Agent tool with host-wide filesystem, shell, browser or container reach
# description: |
#   An MCP server that opens the whole filesystem (`/`, a home directory, paths outside the
#   workspace), runs shell commands, drives a browser on any site, or runs a privileged container or
#   one with the Docker socket or host network gives the agent far more reach than a task needs, so
#   one injected instruction can act on the whole machine. A declared scope (allowed directories,
#   origins or commands) or a Claude Code `ask` rule for the server's tools settles it.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm062025-excessive-agency/
#   - https://modelcontextprotocol.io/specification/draft/basic/security_best_practices
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-004
#   severity: high
#   effort: small
#   applies_to: [agent_config]
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM05:2025
#     - owasp-llm:LLM06:2025
#     - owasp-agentic:ASI02
#     - owasp-agentic:ASI03
#     - owasp-agentic:ASI05
#     - eu-ai-act:Annex IV(2)(h)
#   crosswalk_backed:
#     - owasp-agentic:ASI02
#     - owasp-agentic:ASI03
#     - owasp-agentic:ASI05
#   remediation: |
#     Scope the tool to what the task needs: workspace directories for filesystem servers
#     (`./docs`, not `/` or `~`), `--allowed-origins` for browser servers, an allowed-command list for
#     shell servers, no `--privileged`, host network or Docker socket for containers. Where the reach
#     is needed, require approval for each call (Claude Code `permissions.ask: ["mcp__<server>"]`).
#   example: |
#     "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "./docs"]
package aigis.rules.agent.broad_tool_reach

import data.aigis.agent
import data.aigis.index
import data.aigis.lib

deny contains lib.finding(cfg, pointer, msg) if {
	some [cfg, s] in agent.servers
	not index.approval_declared(s)
	some [pointer, reason] in agent.reach(s)
	msg := lib.format("MCP server '%s' gives the agent %s, with no scope or approval rule declared.", [s.name, reason])
}

evidence contains lib.evidence(cfg, s.pointer, "a server with host-wide reach needs approval for its tools") if {
	some [cfg, s] in agent.servers
	count(agent.reach(s)) > 0
	index.approval_declared(s)
}
