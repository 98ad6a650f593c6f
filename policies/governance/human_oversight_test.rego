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

test_missing_oversight_fails_as_medium if {
	reg := gov.register([gov.system({"human_oversight": null})])
	some f in rule.deny with input as gov.repo([reg])
	f.severity == "medium"
}

test_autonomous_user_facing_system_is_high if {
	reg := gov.register([gov.system({"human_oversight": null, "autonomy": "full"})])
	some f in rule.deny with input as gov.repo([reg])
	f.severity == "high"
}
