package aigis.rules.agent.gateway_guardrails_test

import data.aigis.rules.agent.gateway_guardrails as rule
import data.aigis.test.agents as ag

inp(guardrails) := ag.only([ag.gateway({"guardrails": guardrails})])

test_input_and_output_guardrails_pass if {
	count(rule.deny) == 0 with input as inp([ag.guardrail(["pre_call", "post_call"])])
	count(rule.deny) == 0 with input as inp([ag.guardrail(["during_call"]), ag.guardrail(["post_call"])])
}

test_no_guardrails_fail_on_both_sides if {
	count(rule.deny) == 2 with input as inp([])
	count(rule.deny) == 2 with input as inp([ag.guardrail(["logging_only"])])
}

test_missing_output_guardrail_fails if {
	some f in rule.deny with input as inp([ag.guardrail(["pre_call"])])
	f.pointer == "/gateway/guardrails"
	contains(f.message, "no output guardrail")
}

test_gateway_without_models_is_not_judged if {
	count(rule.deny) == 0 with input as ag.only([ag.gateway({"models": [], "guardrails": []})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) == 1 with input as inp([ag.guardrail(["pre_call", "post_call"])])
	count(rule.evidence) == 0 with input as inp([ag.guardrail(["pre_call"])])
}
