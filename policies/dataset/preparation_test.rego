package aigis.rules.dataset.preparation_test

import data.aigis.rules.dataset.preparation as rule
import data.aigis.test.fixtures as fx

test_documented_preparation_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"processing": "Deduplicated and filtered to English."})])
}

test_missing_preparation_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"processing": "TODO"})])
	f.pointer == "/processing"
}

test_format_without_field_is_skipped if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"processing": null, "unsupported": ["processing"]})])
}

test_records_evidence_when_satisfied if {
	ds := fx.dataset({"processing": "Deduplicated and filtered to English."})
	count(rule.evidence) > 0 with input as fx.datasets([ds])
}
