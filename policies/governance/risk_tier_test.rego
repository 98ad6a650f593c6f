package aigis.rules.governance.risk_tier_test

import data.aigis.rules.governance.risk_tier as rule
import data.aigis.test.gov

test_classified_system_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_unknown_tier_fails if {
	reg := gov.register([gov.system({"risk_tier": "spicy"})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/0/risk_tier"
}

test_missing_tier_fails if {
	reg := gov.register([gov.system({"risk_tier": null})])
	count(rule.deny) == 1 with input as gov.repo([reg])
}

# A prohibited system in service is AIGIS-GV-019's finding; the tier itself is on the scale.
test_prohibited_tier_is_on_the_scale if {
	reg := gov.register([gov.system({"risk_tier": "Prohibited"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_records_no_evidence_for_the_gap if {
	reg := gov.register([gov.system({"risk_tier": null})])
	count(rule.evidence) == 0 with input as gov.repo([reg])
}
