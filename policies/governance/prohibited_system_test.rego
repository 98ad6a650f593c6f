package aigis.rules.governance.prohibited_system_test

import data.aigis.rules.governance.prohibited_system as rule
import data.aigis.test.gov

test_classified_system_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_prohibited_live_system_fails if {
	reg := gov.register([gov.system({"risk_tier": "Prohibited"})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/0/risk_tier"
	contains(f.message, "is classified as prohibited but is in production")
}

test_prohibited_system_without_lifecycle_fails if {
	reg := gov.register([gov.system({"risk_tier": "prohibited", "lifecycle": null})])
	some f in rule.deny with input as gov.repo([reg])
	contains(f.message, "no lifecycle stated")
}

test_prohibited_retired_system_passes if {
	reg := gov.register([gov.system({"risk_tier": "prohibited", "lifecycle": "retired"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}
