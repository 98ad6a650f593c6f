package aigis.rules.governance.autonomous_oversight_test

import data.aigis.rules.governance.autonomous_oversight as rule
import data.aigis.test.gov

autonomous(overrides) := gov.register([gov.system(object.union({"autonomy": "full"}, overrides))])

test_documented_oversight_passes if {
	count(rule.deny) == 0 with input as gov.repo([autonomous({})])
}

test_oversight_in_assessment_passes if {
	count(rule.deny) == 0 with input as gov.repo([autonomous({"human_oversight": null}), gov.impact({})])
}

test_autonomous_user_facing_system_without_oversight_fails if {
	some f in rule.deny with input as gov.repo([autonomous({"human_oversight": null})])
	f.pointer == "/systems/0/human_oversight"
	contains(f.message, "acts autonomously towards users")
}

test_entry_without_lifecycle_is_checked if {
	count(rule.deny) == 1 with input as gov.repo([autonomous({"human_oversight": null, "lifecycle": null})])
}

test_internal_or_supervised_systems_are_left_to_the_base_rule if {
	count(rule.deny) == 0 with input as gov.repo([autonomous({"human_oversight": null, "user_facing": false})])
	reg := gov.register([gov.system({"human_oversight": null})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_retired_system_passes if {
	count(rule.deny) == 0 with input as gov.repo([autonomous({"human_oversight": null, "lifecycle": "retired"})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo([autonomous({})])
}

test_records_no_evidence_for_the_gap if {
	count(rule.evidence) == 0 with input as gov.repo([autonomous({"human_oversight": null, "lifecycle": null})])
}
