package aigis.rules.agent.gateway_limits_test

import data.aigis.rules.agent.gateway_limits as rule
import data.aigis.test.agents as ag

test_per_model_limits_pass if {
	count(rule.deny) == 0 with input as ag.only([ag.gateway({})])
}

test_global_budget_covers_every_model if {
	budget := {"pointer": "/gateway/limits/0", "name": "litellm_settings.max_budget"}
	gw := ag.gateway({"models": [ag.model({"limits": []})], "limits": [budget]})
	count(rule.deny) == 0 with input as ag.only([gw])
	[e.pointer | some e in rule.evidence with input as ag.only([gw])] == ["/gateway/limits"]
}

test_unlimited_model_fails_at_its_params if {
	unlimited := ag.model({"pointer": "/gateway/models/1", "name": null, "model": "openai/o3", "limits": []})
	some f in rule.deny with input as ag.only([ag.gateway({"models": [ag.model({}), unlimited]})])
	f.pointer == "/gateway/models/1/limits"
	contains(f.message, "'openai/o3'")
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as ag.only([ag.gateway({})])
}
