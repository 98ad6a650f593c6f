# METADATA
# title: Credential in a prompt or instruction file
# description: |
#   A key or password in a prompt, a system prompt or an agent instruction file is sent to the model
#   with every request and can be drawn out of it by users; it is also readable in the repository.
#   Findings name the line and a masked prefix, never the value.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm072025-system-prompt-leakage/
#   - https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-002
#   severity: critical
#   effort: small
#   applies_to: [agent_config]
#   evidence: none
#   evidence_reason: Absence of a credential in a prompt is not evidence that credentials are managed.
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM02:2025
#     - owasp-llm:LLM07:2025
#     - owasp-agentic:ASI03
#   crosswalk_backed:
#     - owasp-agentic:ASI03
#   remediation: |
#     Rotate the credential and take it out of the prompt. A model must never hold secrets: give the
#     tool or service that needs it the credential from the environment, outside the prompt.
#   example: |
#     model:
#       configuration:
#         api_key: ${env:AZURE_OPENAI_API_KEY}
package aigis.rules.agent.secret_in_prompt

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, s.pointer, msg) if {
	some cfg in agent.configs_of("prompt")
	some s in cfg.secrets
	msg := lib.format(
		"Prompt file %s contains a credential, %s (%s), in %s; the value is not shown.",
		[cfg.path, agent.secret_kind(s.kind), s.masked, s.field],
	)
}
