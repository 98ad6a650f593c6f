# METADATA
# title: Gateway without input or output guardrails
# description: |
#   A gateway is the one place where every prompt and answer passes. Without a guardrail on the
#   input (`pre_call` or `during_call`: prompt injection, PII) and one on the output (`post_call`:
#   leaked data, unsafe content), nothing checks what reaches the model or what comes back.
# related_resources:
#   - https://docs.litellm.ai/docs/proxy/guardrails/quick_start
#   - https://genai.owasp.org/llmrisk/llm012025-prompt-injection/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-008
#   severity: low
#   effort: medium
#   applies_to: [agent_config]
#   controls:
#     - nist-ai-rmf:MANAGE 1.3
#     - owasp-llm:LLM01:2025
#     - owasp-llm:LLM02:2025
#     - owasp-llm:LLM05:2025
#     - owasp-agentic:ASI01
#     - eu-ai-act:Art. 15
#   crosswalk_backed:
#     - owasp-agentic:ASI01
#   remediation: |
#     Add `guardrails:` entries whose `mode` covers the input (`pre_call` or `during_call`) and the
#     output (`post_call`), for example a prompt-injection check before the call and PII masking after.
#   example: |
#     guardrails:
#       - guardrail_name: pii-masking
#         litellm_params: {guardrail: presidio, mode: [pre_call, post_call]}
package aigis.rules.agent.gateway_guardrails

import data.aigis.agent
import data.aigis.lib

sides := {"input": {"pre_call", "during_call"}, "output": {"post_call"}}

deny contains lib.finding(cfg, "/gateway/guardrails", msg) if {
	some cfg in agent.configs_of("gateway")
	count(cfg.gateway.models) > 0
	some side, modes in sides
	not guarded(cfg, modes)
	msg := lib.format("Gateway %s has no %s guardrail (mode %s).", [cfg.path, side, concat(" or ", sort(modes))])
}

guarded(cfg, modes) if {
	some g in cfg.gateway.guardrails
	some m in g.modes
	m in modes
}

evidence contains lib.evidence(cfg, "/gateway/guardrails", "the gateway guards input and output") if {
	some cfg in agent.configs_of("gateway")
	count(cfg.gateway.models) > 0
	every _, modes in sides {
		guarded(cfg, modes)
	}
}
