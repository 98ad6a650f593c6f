package aigis.rules.governance.system_owner_test

import data.aigis.rules.governance.system_owner as rule
import data.aigis.test.gov

test_owned_system_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_missing_owner_and_contact_fail if {
	reg := gov.register([gov.system({"owner": null, "owner_contact": "someone"})])
	findings := rule.deny with input as gov.repo([reg])
	count(findings) == 2
	some f in findings
	f.pointer == "/systems/0/owner"
}

test_unnamed_system_is_labelled_by_position if {
	reg := gov.register([gov.system({"id": "", "owner": null})])
	some f in rule.deny with input as gov.repo([reg])
	contains(f.message, "/systems/0 has no owning")
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}
