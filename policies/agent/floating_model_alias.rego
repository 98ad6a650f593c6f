# METADATA
# title: Gateway routes to a floating model alias
# description: |
#   A model name such as `gpt-4o`, `claude-3-5-sonnet-latest` or an Ollama model without a tag
#   points at whatever the provider currently serves under it. Behaviour, safety tuning and price
#   then change without a change in the repository, and evaluations stop describing what runs.
# related_resources:
#   - https://platform.openai.com/docs/models
#   - https://docs.anthropic.com/en/docs/about-claude/models/overview
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-007
#   severity: medium
#   effort: small
#   applies_to: [agent_config]
#   controls:
#     - iso42001:A.6.2.5
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#     - owasp-agentic:ASI04
#     - eu-ai-act:Annex IV(2)(f)
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 4.2
#     - owasp-agentic:ASI04
#   remediation: |
#     Route to a dated snapshot (`openai/gpt-4o-2024-08-06`, `anthropic/claude-3-5-sonnet-20241022`)
#     or a tagged local model (`ollama/llama3.1:8b-instruct-q4_K_M`), and change it in a reviewed
#     pull request.
#   example: |
#     litellm_params:
#       model: openai/gpt-4o-2024-08-06
package aigis.rules.agent.floating_model_alias

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, sprintf("%s/model", [m.pointer]), msg) if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	floating(m.model)
	msg := sprintf("Gateway model '%s' routes to the floating alias '%s'.", [agent.model_name(m), m.model])
}

deny contains lib.finding(cfg, a.pointer, msg) if {
	some cfg in agent.configs_of("gateway")
	some a in cfg.gateway.aliases

	# An alias to one of the gateway's own model groups is judged at that group's deployments.
	not a.target in {m.name | some m in cfg.gateway.models}
	floating(a.target)
	msg := sprintf("Model alias '%s' points at the floating alias '%s'.", [a.alias, a.target])
}

floating(model) if regex.match(`(?i)(^|[-:/@.])latest$`, model)

# The provider's own aliases: OpenAI-style names that a provider moves to new snapshots.
floating(model) if {
	parts := split(model, "/")
	count(parts) <= 2
	provider(parts) in {"", "openai"}
	lower(parts[count(parts) - 1]) in {lower(a) | some a in lib.param("floating_model_aliases")}
}

# Ollama resolves a model without a tag to `:latest`.
floating(model) if {
	parts := split(model, "/")
	parts[0] in {"ollama", "ollama_chat"}
	not contains(parts[count(parts) - 1], ":")
}

provider(parts) := parts[0] if count(parts) == 2

else := ""

evidence contains lib.evidence(cfg, sprintf("%s/model", [m.pointer]), "routes to a pinned model version") if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	is_string(m.model)
	not floating(m.model)
}
