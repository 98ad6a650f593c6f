package aigis.rules.governance.conformity_records_test

import data.aigis.rules.governance.conformity_records as rule
import data.aigis.test.gov

test_limited_risk_system_is_not_judged if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_high_risk_with_records_passes if {
	reg := gov.register([gov.system({"risk_tier": "high", "standards": ["ISO/IEC 42001:2023"]})])
	doc := gov.doc("eu-declaration-of-conformity", {})
	count(rule.deny) == 0 with input as gov.repo([reg, doc])
}

test_high_risk_without_records_fails if {
	reg := gov.register([gov.system({"risk_tier": "high"})])
	findings := rule.deny with input as gov.repo([reg])
	{f.pointer | some f in findings} == {"/systems/0/standards", "/systems/0"}
}

test_high_risk_system_in_design_is_not_judged if {
	reg := gov.register([gov.system({"risk_tier": "high", "lifecycle": "design"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_high_risk_system_with_an_unknown_lifecycle_is_checked if {
	reg := gov.register([gov.system({"risk_tier": "high", "lifecycle": "live"})])
	findings := rule.deny with input as gov.repo([reg])
	count(findings) == 2
	every f in findings {
		contains(f.message, "lifecycle 'live' is not a known stage")
	}
}

test_records_evidence_when_satisfied if {
	reg := gov.register([gov.system({"risk_tier": "high", "standards": ["ISO/IEC 42001:2023"]})])
	doc := gov.doc("eu-declaration-of-conformity", {})
	count(rule.evidence) == 1 with input as gov.repo([reg, doc])
	count(rule.evidence) == 0 with input as gov.repo([reg])
}
