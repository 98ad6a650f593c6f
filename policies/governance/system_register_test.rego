package aigis.rules.governance.system_register_test

import data.aigis.rules.governance.system_register as rule
import data.aigis.test.gov

test_complete_register_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_missing_register_fails if {
	some f in rule.deny with input as gov.repo([gov.policy({})])
	contains(f.message, "no AI system register")
	f.artifact == ""
}

test_incomplete_entry_fails if {
	reg := gov.register([gov.system({"purpose": null, "lifecycle": "live"})])
	findings := rule.deny with input as gov.repo([reg])
	{f.pointer | some f in findings} == {"/systems/0", "/systems/0/lifecycle"}
}

test_duplicate_ids_fail if {
	reg := gov.register([gov.system({}), gov.system({"pointer": "/systems/1"})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/1"
	contains(f.message, "more than once")
}

test_empty_register_fails if {
	some f in rule.deny with input as gov.repo([gov.register([])])
	f.pointer == "/systems"
}

test_unnamed_system_is_labelled_by_position if {
	reg := gov.register([gov.system({"id": null})])
	some f in rule.deny with input as gov.repo([reg])
	contains(f.message, "/systems/0 in the register has no id")
}

test_entry_without_lifecycle_fails if {
	expected := {{"pointer": "/systems/0", "message": "AI system 'support-assistant' in the register has no lifecycle."}}
	every lifecycle in [null, "", "  "] {
		findings := rule.deny with input as gov.repo([gov.register([gov.system({"lifecycle": lifecycle})])])
		{object.filter(f, {"pointer", "message"}) | some f in findings} == expected
	}
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}
