# METADATA
# title: Remote MCP server without declared authentication
# description: |
#   A remote MCP server configured with no credential header, no OAuth setting and no credential
#   in its URL is either open to anyone who finds it or relies on an authentication the repository
#   does not show. Heuristic: clients that discover OAuth at run time need no setting, so confirm
#   and, where the server is meant to be public, waive the finding.
# related_resources:
#   - https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-011
#   severity: low
#   effort: small
#   heuristic: true
#   applies_to: [agent_config]
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM02:2025
#   remediation: |
#     Authenticate the server: an `Authorization` header from an input or variable
#     (`"Bearer ${input:token}"`), or the client's OAuth settings where it has them.
#   example: |
#     "headers": {"Authorization": "Bearer ${input:tickets-token}"}
package aigis.rules.agent.remote_server_auth

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, s.pointer, msg) if {
	some [cfg, s] in agent.servers
	is_string(s.url)
	not agent.private_endpoint(s.url)
	count(s.auth) == 0
	msg := lib.format("Remote MCP server '%s' (%s) declares no authentication.", [s.name, s.url])
}

evidence contains lib.evidence(cfg, s.pointer, "the remote MCP server declares authentication") if {
	some [cfg, s] in agent.servers
	is_string(s.url)
	not agent.loopback(s.url)
	count(s.auth) > 0
}
