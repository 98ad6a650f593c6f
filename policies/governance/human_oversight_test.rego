package aigis.rules.governance.human_oversight_test

import data.aigis.rules.governance.human_oversight as rule
import data.aigis.test.gov

test_documented_oversight_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_oversight_in_assessment_passes if {
	reg := gov.register([gov.system({"human_oversight": null})])
	count(rule.deny) == 0 with input as gov.repo([reg, gov.impact({})])
}

test_missing_oversight_fails if {
	reg := gov.register([gov.system({"human_oversight": null})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/0/human_oversight"
}

test_entry_without_lifecycle_is_checked if {
	reg := gov.register([gov.system({"human_oversight": null, "lifecycle": null})])
	count(rule.deny) == 1 with input as gov.repo([reg])
}

test_retired_system_passes if {
	reg := gov.register([gov.system({"human_oversight": null, "lifecycle": "retired"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

# The autonomous user-facing case is AIGIS-GV-018's, reported once, there.
test_autonomous_user_facing_system_is_left_to_its_own_rule if {
	reg := gov.register([gov.system({"human_oversight": null, "autonomy": "full"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_records_no_evidence_for_the_gap if {
	reg := gov.register([gov.system({"human_oversight": null, "lifecycle": null})])
	count(rule.evidence) == 0 with input as gov.repo([reg])
}
