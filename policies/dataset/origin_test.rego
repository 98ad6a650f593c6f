package aigis.rules.dataset.origin_test

import data.aigis.rules.dataset.origin as rule
import data.aigis.test.fixtures as fx

test_documented_origin_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({})])
}

test_missing_origin_fails if {
	findings := rule.deny with input as fx.datasets([fx.dataset({"origin": null})])
	{f.pointer | some f in findings} == {"/origin"}
}

test_missing_collection_fails if {
	findings := rule.deny with input as fx.datasets([fx.dataset({"collection": "n/a"})])
	{f.pointer | some f in findings} == {"/collection"}
}

test_collection_skipped_where_format_has_no_field if {
	ds := fx.dataset({"collection": null, "unsupported": ["collection"]})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({})])
}

test_one_word_collection_is_reported_as_too_short if {
	findings := rule.deny with input as fx.datasets([fx.dataset({"collection": "Crawler"})])
	some f in findings
	f.pointer == "/collection"
	contains(f.message, "answers too briefly")
	contains(f.message, `"Crawler"`)
}

test_missing_collection_is_reported_as_missing if {
	findings := rule.deny with input as fx.datasets([fx.dataset({"collection": null})])
	some f in findings
	contains(f.message, "does not say how the data was collected")
}

test_placeholder_collection_date_fails if {
	findings := rule.deny with input as fx.datasets([fx.dataset({"collection_date": "TODO"})])
	{f.pointer | some f in findings} == {"/collection_date"}
	some f in findings
	contains(f.message, "does not say when the data was collected")
}

test_placeholder_collection_date_is_no_evidence if {
	count(rule.evidence) == 0 with input as fx.datasets([fx.dataset({"collection_date": "TODO"})])
}

test_real_or_absent_collection_date_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"collection_date": "2026-03-01"})])
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"collection_date": null})])
}
