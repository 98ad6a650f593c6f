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

deny contains lib.finding(cfg, lib.format("%s/model", [m.pointer]), msg) if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	floating(m.model)
	msg := lib.format("Gateway model '%s' routes to the floating alias '%s'.", [agent.model_name(m), m.model])
}

deny contains lib.finding(cfg, a.pointer, msg) if {
	some cfg in agent.configs_of("gateway")
	some a in cfg.gateway.aliases

	# An alias to one of the gateway's own model groups is judged at that group's deployments.
	not a.target in {m.name | some m in cfg.gateway.models}
	floating(a.target)
	msg := lib.format("Model alias '%s' points at the floating alias '%s'.", [a.alias, a.target])
}

floating(model) if regex.match(`(?i)(^|[-:/@.])latest$`, model)

# The provider's own aliases (`params.floating_model_aliases`: OpenAI and Gemini names the provider
# moves to new snapshots), whatever gateway prefix routes to them: `gpt-4o`, `openai/gpt-4o`,
# `azure/gpt-4o` (an Azure deployment auto-updates to the default version unless told otherwise),
# `openrouter/openai/gpt-4o`, `vertex_ai/gemini-1.5-pro`.
floating(model) if {
	not local_provider(model)
	lower(last_segment(model)) in {lower(a) | some a in lib.param("floating_model_aliases")}
}

# Anthropic names a snapshot by its date (`claude-3-5-sonnet-20241022`, Vertex `@20241022`,
# Bedrock `anthropic.claude-…-20240620-v1:0`); a Claude name without one is an alias
# (`claude-sonnet-4-0`, `claude-opus-4-1`) that moves to the newest snapshot.
floating(model) if {
	not local_provider(model)
	regex.match(`^(?i)(anthropic\.|us\.anthropic\.|eu\.anthropic\.)?claude-[a-z0-9.-]+$`, last_segment(model))
	not regex.match(`\d{8}`, model)
}

# Ollama resolves a model without a tag to `:latest`.
floating(model) if {
	parts := split(model, "/")
	parts[0] in {"ollama", "ollama_chat"}
	not contains(parts[count(parts) - 1], ":")
}

last_segment(model) := parts[count(parts) - 1] if parts := split(model, "/")

evidence contains lib.evidence(cfg, lib.format("%s/model", [m.pointer]), "routes to a pinned model version") if {
	some cfg in agent.configs_of("gateway")
	some m in cfg.gateway.models
	is_string(m.model)
	not floating(m.model)
}

# Self-hosted servers name models as their operator chose; the name says nothing about the provider.
local_provider(model) if split(model, "/")[0] in local_providers

local_providers := {"ollama", "ollama_chat", "hosted_vllm", "vllm", "openai_compatible", "lm_studio", "llamafile"}
