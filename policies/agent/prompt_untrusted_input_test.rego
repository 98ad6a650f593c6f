package aigis.rules.agent.prompt_untrusted_input_test

import data.aigis.rules.agent.prompt_untrusted_input as rule
import data.aigis.test.agents as ag

inp(variables) := ag.only([ag.prompt([ag.line(0, "x")], variables)])

test_delimited_or_trusted_slots_pass if {
	count(rule.deny) == 0 with input as inp([ag.variable(0, "ticket_body", true), ag.variable(1, "product_name", false)])
}

test_undelimited_user_input_fails if {
	some f in rule.deny with input as inp([ag.variable(0, "customer_message", false)])
	f.pointer == "/prompt/variables/0"
	contains(f.message, "'customer_message'")
}

test_records_evidence_when_satisfied if {
	variables := [ag.variable(0, "ticket_body", true), ag.variable(1, "product_name", false)]
	count(rule.evidence) > 0 with input as inp(variables)
}
