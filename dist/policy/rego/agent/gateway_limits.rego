# METADATA
# title: Gateway model without spend or rate limits
# description: |
#   An LLM gateway that routes to paid models with no budget, no concurrency cap and no per-model
#   rate limit lets one runaway agent loop, abusive client or leaked key run up unbounded cost or
#   starve other users. A gateway-wide budget or concurrency limit covers every model; otherwise each
#   model deployment needs its own `rpm` or `tpm`.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm102025-unbounded-consumption/
#   - https://docs.litellm.ai/docs/proxy/users
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-006
#   severity: medium
#   effort: small
#   applies_to: [agent_config]
#   controls:
#     - iso42001:A.4.5
#     - iso42001:A.6.2.6
#     - nist-ai-rmf:MANAGE 2.2
#     - owasp-llm:LLM10:2025
#   crosswalk_backed:
#     - nist-ai-rmf:MANAGE 2.2
#   remediation: |
#     Set a gateway budget (`litellm_settings.max_budget` with `budget_duration`), a provider budget
#     (`router_settings.provider_budget_config`) or `max_parallel_requests`, or give each deployment
#     `rpm` / `tpm` limits.
#   example: |
#     litellm_settings:
#       max_budget: 500
#       budget_duration: 30d
package aigis.rules.agent.gateway_limits

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, lib.format("%s/limits", [m.pointer]), msg) if {
	some cfg in agent.configs_of("gateway")
	count(cfg.gateway.limits) == 0
	some m in cfg.gateway.models
	count(m.limits) == 0
	msg := lib.format(
		"Gateway model '%s' has no rate limit (rpm/tpm) and the gateway sets no budget or concurrency limit.",
		[agent.model_name(m)],
	)
}

evidence contains lib.evidence(cfg, "/gateway/limits", "the gateway sets a budget or concurrency limit") if {
	some cfg in agent.configs_of("gateway")
	count(cfg.gateway.limits) > 0
}

evidence contains lib.evidence(cfg, lib.format("%s/limits", [m.pointer]), "the gateway model has a rate limit") if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	count(m.limits) > 0
}
