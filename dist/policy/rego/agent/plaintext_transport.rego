# METADATA
# title: Remote MCP server or model endpoint over plaintext HTTP
# description: |
#   Tool calls, prompts, results and the credentials that authenticate them travel in clear text
#   over `http://` or `ws://`, where anyone on the path can read or change them, including the tool
#   descriptions the agent trusts. Loopback addresses are exempt.
# related_resources:
#   - https://modelcontextprotocol.io/specification/2025-06-18/basic/transports
#   - https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-010
#   severity: high
#   effort: small
#   applies_to: [agent_config]
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM02:2025
#     - eu-ai-act:Annex IV(2)(h)
#     - eu-ai-act:Art. 15
#   remediation: |
#     Use `https://` (or `wss://`) for every remote MCP server and model endpoint; plain HTTP is
#     acceptable only on loopback addresses.
#   example: |
#     "url": "https://mcp.tools.acme.example/jira/mcp"
package aigis.rules.agent.plaintext_transport

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, lib.format("%s/url", [s.pointer]), msg) if {
	some [cfg, s] in agent.servers
	agent.plaintext(s.url)
	msg := lib.format("MCP server '%s' is reached over plaintext %s.", [s.name, s.url])
}

deny contains lib.finding(cfg, lib.format("%s/api_base", [m.pointer]), msg) if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	agent.plaintext(m.api_base)
	msg := lib.format("Gateway model '%s' is reached over plaintext %s.", [agent.model_name(m), m.api_base])
}

evidence contains lib.evidence(cfg, lib.format("%s/url", [s.pointer]), "reaches the remote MCP server over TLS") if {
	some [cfg, s] in agent.servers
	is_string(s.url)
	not agent.loopback(s.url)
	regex.match(`^(?i)(https|wss)://`, s.url)
}

evidence contains lib.evidence(cfg, lib.format("%s/api_base", [m.pointer]), "reaches the gateway model over TLS") if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	is_string(m.api_base)
	not agent.loopback(m.api_base)
	regex.match(`^(?i)(https|wss)://`, m.api_base)
}
