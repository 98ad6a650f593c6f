package aigis.rules.governance.transparency_notice_test

import data.aigis.rules.governance.transparency_notice as rule
import data.aigis.test.gov

test_notice_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_notice_url_passes if {
	reg := gov.register([gov.system({"transparency_notice": "https://acme.example/ai"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_notice_found_by_system_id_passes if {
	reg := gov.register([gov.system({"transparency_notice": null})])
	count(rule.deny) == 0 with input as gov.repo([reg, gov.notice({"path": "n.md"})])
}

test_missing_notice_fails if {
	reg := gov.register([gov.system({"transparency_notice": "docs/none.md"})])
	some f in rule.deny with input as gov.repo([reg])
	f.pointer == "/systems/0/transparency_notice"
}

test_entry_without_lifecycle_is_checked if {
	reg := gov.register([gov.system({"transparency_notice": null, "lifecycle": null})])
	count(rule.deny) == 1 with input as gov.repo([reg])
}

test_retired_system_needs_none if {
	reg := gov.register([gov.system({"transparency_notice": null, "lifecycle": "Retired"})])
	count(rule.deny) == 0 with input as gov.repo([reg])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_records_no_evidence_for_the_gap if {
	reg := gov.register([gov.system({"transparency_notice": null, "lifecycle": null})])
	count(rule.evidence) == 0 with input as gov.repo([reg])
}
