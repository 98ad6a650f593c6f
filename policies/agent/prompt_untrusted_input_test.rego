package aigis.rules.agent.prompt_untrusted_input_test

import data.aigis.rules.agent.prompt_untrusted_input as rule
import data.aigis.test.agents as ag

user_line(i, text) := object.union(ag.line(i, text), {"role": "user"})

inp(variables) := ag.only([ag.prompt([user_line(0, "Summarise: x")], variables)])

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

test_a_user_message_that_is_only_the_slot_passes if {
	count(rule.deny) == 0 with input as ag.only([ag.prompt([user_line(0, "{{input}}")], [ag.variable(0, "input", false)])])
}

test_untrusted_input_in_the_system_message_fails_even_delimited if {
	p := ag.prompt([ag.line(0, "<ticket>{{ticket_body}}</ticket>")], [ag.variable(0, "ticket_body", true)])
	some f in rule.deny with input as ag.only([p])
	contains(f.message, "system message")
}

test_instruction_files_have_no_system_message_to_judge if {
	p := object.union(ag.prompt([ag.line(0, "Use {{input}}")], [ag.variable(0, "input", true)]), {"dialect": "prompt-md"})
	count(rule.deny) == 0 with input as ag.only([p])
}

json_mode(p) := object.union(p, {"prompt": {"json_output": true}})

test_json_output_mitigates_an_undelimited_user_slot if {
	p := ag.prompt([user_line(0, "Summarise: {{customer_message}}")], [ag.variable(0, "customer_message", false)])
	count(rule.deny) == 0 with input as ag.only([json_mode(p)])
	count(rule.deny) == 1 with input as ag.only([p])
}

test_json_output_does_not_excuse_a_system_slot if {
	p := ag.prompt([ag.line(0, "Answer about {{customer_message}}")], [ag.variable(0, "customer_message", false)])
	some f in rule.deny with input as ag.only([json_mode(p)])
	contains(f.message, "system message")
}
