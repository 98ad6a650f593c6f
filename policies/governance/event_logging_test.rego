package aigis.rules.governance.event_logging_test

import data.aigis.rules.governance.event_logging as rule
import data.aigis.test.gov

test_retained_logs_pass if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_short_retention_fails if {
	reg := gov.register([gov.system({"logging_retention_days": 7})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/0/logging_retention_days"
}

test_system_without_lifecycle_is_checked_as_in_production if {
	reg := gov.register([gov.system({"logging_retention_days": null, "lifecycle": null})])
	some f in rule.deny with input as gov.repo([reg])
	contains(f.message, "no lifecycle stated, so checked as in production")
}

test_system_in_development_is_not_judged if {
	reg := gov.register([gov.system({"logging_retention_days": null, "lifecycle": "development"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}
