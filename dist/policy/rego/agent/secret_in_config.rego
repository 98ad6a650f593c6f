# METADATA
# title: Hard-coded credential in MCP, agent or gateway configuration
# description: |
#   An API key, token or password written into an MCP server's env, args, headers or URL, an agent
#   settings file or an LLM gateway config can be read by everyone with access to the repository and
#   stays in its history. Findings name the key and line and a masked prefix, never the value.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/
#   - https://modelcontextprotocol.io/specification/draft/basic/security_best_practices
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-001
#   severity: critical
#   effort: small
#   applies_to: [agent_config]
#   evidence: none
#   evidence_reason: Absence of a hard-coded secret is not evidence that credentials are managed.
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM02:2025
#     - owasp-agentic:ASI03
#     - eu-ai-act:Art. 15
#   crosswalk_backed:
#     - owasp-agentic:ASI03
#   remediation: |
#     Rotate the credential (it stays in the history), delete the value and refer to it instead:
#     `${VAR}`, `${env:VAR}` or `${input:id}` in MCP configs, `os.environ/VAR` in a LiteLLM config.
#   example: |
#     "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${input:github-pat}"}
package aigis.rules.agent.secret_in_config

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, s.pointer, msg) if {
	some cfg in agent.configs
	cfg.format in {"mcp", "gateway"}
	some s in cfg.secrets
	msg := lib.format(
		"%s holds a hard-coded %s (%s); the value is not shown.",
		[s.field, agent.secret_kind(s.kind), s.masked],
	)
}
