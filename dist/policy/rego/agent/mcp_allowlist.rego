# METADATA
# title: MCP server outside the approved list
# description: |
#   When the organization keeps a list of approved MCP servers (`params.mcp_allowlist` in
#   `.aigis.yml`: package or image names, or URL prefixes), every server an agent config starts or
#   reaches must be on it. Servers started from local paths are the team's own code and pass. The
#   rule is silent while the list is empty.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm032025-supply-chain/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-012
#   severity: high
#   effort: medium
#   applies_to: [agent_config]
#   controls:
#     - iso42001:A.4.4
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MANAGE 3.1
#     - owasp-llm:LLM03:2025
#     - owasp-agentic:ASI04
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MANAGE 3.1
#     - owasp-agentic:ASI04
#   remediation: |
#     Replace the server with an approved one, or have it reviewed and add it to
#     `params.mcp_allowlist` in `.aigis.yml` in the same pull request.
#   example: |
#     params:
#       mcp_allowlist:
#         - "@modelcontextprotocol/server-filesystem"
#         - ghcr.io/github/github-mcp-server
#         - https://api.githubcopilot.com/
package aigis.rules.agent.mcp_allowlist

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, pointer(s), msg) if {
	count(lib.param("mcp_allowlist")) > 0
	some [cfg, s] in agent.servers
	s.runner != "local"
	not allowed(s)
	msg := lib.format("MCP server '%s' (%s) is not on the approved list (params.mcp_allowlist).", [s.name, what(s)])
}

allowed(s) if {
	some entry in lib.param("mcp_allowlist")
	entry in {s.package, lib.format("%s@%s", [s.package, s.version])}
}

allowed(s) if {
	some entry in lib.param("mcp_allowlist")
	regex.match(`^(?i)[a-z]+://`, entry)
	startswith(s.url, entry)
}

pointer(s) := concat("", [s.pointer, "/url"]) if is_string(s.url)

else := concat("", [s.pointer, "/package"])

what(s) := s.url if is_string(s.url)

else := s.package if is_string(s.package)

else := s.command

evidence contains lib.evidence(cfg, pointer(s), "the MCP server is on the approved list") if {
	count(lib.param("mcp_allowlist")) > 0
	some [cfg, s] in agent.servers
	s.runner != "local"
	allowed(s)
}
