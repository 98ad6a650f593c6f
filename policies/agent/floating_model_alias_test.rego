package aigis.rules.agent.floating_model_alias_test

import data.aigis.rules.agent.floating_model_alias as rule
import data.aigis.test.agents as ag

inp(model) := ag.only([ag.gateway({"models": [ag.model({"model": model})]})])

test_dated_snapshots_and_tagged_models_pass if {
	every model in [
		"openai/gpt-4o-2024-08-06", "anthropic/claude-3-5-sonnet-20241022", "azure/gpt-4o",
		"ollama/llama3.1:8b", "gpt-4o-mini-2024-07-18",
	] {
		count(rule.deny) == 0 with input as inp(model)
	}
}

test_floating_aliases_fail if {
	every model in [
		"openai/gpt-4o", "gpt-4o", "anthropic/claude-3-5-sonnet-latest",
		"ollama/llama3", "mistral/mistral-large-latest",
	] {
		found := rule.deny with input as inp(model)
		[f.pointer | some f in found] == ["/gateway/models/0/model"]
	}
}

test_alias_to_latest_fails if {
	alias := {"pointer": "/gateway/aliases/0", "alias": "claude", "target": "claude-3-5-sonnet-latest"}
	some f in rule.deny with input as ag.only([ag.gateway({"aliases": [alias]})])
	f.pointer == "/gateway/aliases/0"
}

test_alias_to_a_model_group_passes if {
	# The group's own deployment is what gets judged; its name only looks like a provider alias.
	alias := {"pointer": "/gateway/aliases/0", "alias": "gpt-4", "target": "gpt-4o"}
	gw := ag.gateway({"models": [ag.model({"name": "gpt-4o"})], "aliases": [alias]})
	count(rule.deny) == 0 with input as ag.only([gw])
}

test_records_evidence_when_satisfied if {
	# The group's own deployment is what gets judged; its name only looks like a provider alias.
	alias := {"pointer": "/gateway/aliases/0", "alias": "gpt-4", "target": "gpt-4o"}
	gw := ag.gateway({"models": [ag.model({"name": "gpt-4o"})], "aliases": [alias]})
	count(rule.evidence) > 0 with input as ag.only([gw])
}
