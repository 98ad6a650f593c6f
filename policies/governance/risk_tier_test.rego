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

test_prohibited_live_system_is_critical if {
	reg := gov.register([gov.system({"risk_tier": "Prohibited"})])
	some f in rule.deny with input as gov.repo([reg])
	f.severity == "critical"
}

test_prohibited_retired_system_passes if {
	reg := gov.register([gov.system({"risk_tier": "prohibited", "lifecycle": "retired"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}
