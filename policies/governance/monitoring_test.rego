package aigis.rules.governance.monitoring_test

import data.aigis.rules.governance.monitoring as rule
import data.aigis.test.gov

test_monitored_system_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_plan_found_by_system_id_passes if {
	reg := gov.register([gov.system({"monitoring": null})])
	count(rule.deny) == 0 with input as gov.repo([reg, gov.monitoring({"path": "x.md"})])
}

test_unmonitored_production_system_fails if {
	reg := gov.register([gov.system({"monitoring": null, "fallback": "TBD"})])
	findings := rule.deny with input as gov.repo([reg])
	{f.pointer | some f in findings} == {"/systems/0/monitoring", "/systems/0/fallback"}
}

test_system_in_development_is_not_judged if {
	reg := gov.register([gov.system({"monitoring": null, "fallback": null, "lifecycle": "development"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_plan_without_metrics_or_owner_fails if {
	plan := gov.monitoring({"sections": {"notes": "We will think about it later on."}, "owner": null})
	findings := rule.deny with input as gov.repo([gov.register([gov.system({})]), plan])
	{f.pointer | some f in findings} == {"/sections", "/owner"}
}

test_system_without_lifecycle_is_checked_as_in_production if {
	reg := gov.register([gov.system({"monitoring": null, "lifecycle": null})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/0/monitoring"
	f.message == concat("", [
		"AI system 'support-assistant' (no lifecycle stated, so checked as in production) ",
		"has no monitoring plan in the repository.",
	])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}
