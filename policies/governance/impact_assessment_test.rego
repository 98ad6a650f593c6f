package aigis.rules.governance.impact_assessment_test

import data.aigis.rules.governance.impact_assessment as rule
import data.aigis.test.gov

test_assessed_system_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_assessment_found_by_system_id_passes if {
	reg := gov.register([gov.system({"impact_assessment": null})])
	count(rule.deny) == 0 with input as gov.repo([reg, gov.impact({"path": "elsewhere.md"})])
}

test_missing_assessment_fails if {
	reg := gov.register([gov.system({"impact_assessment": "./docs/missing.md", "id": "other"})])
	some f in rule.deny with input as gov.repo([reg, gov.impact({})])
	f.pointer == "/systems/0/impact_assessment"
}

test_retired_system_needs_none if {
	reg := gov.register([gov.system({"impact_assessment": null, "lifecycle": "retired"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_no_register_and_no_assessment_fails if {
	some f in rule.deny with input as gov.repo([gov.policy({})])
	f.artifact == ""
}

test_entry_without_lifecycle_is_checked if {
	reg := gov.register([gov.system({"impact_assessment": null, "lifecycle": null})])
	count(rule.deny) == 1 with input as gov.repo([reg])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_records_no_evidence_for_the_gap if {
	reg := gov.register([gov.system({"impact_assessment": null, "lifecycle": null})])
	count(rule.evidence) == 0 with input as gov.repo([reg])
}
