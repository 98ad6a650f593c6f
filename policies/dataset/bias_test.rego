package aigis.rules.dataset.bias_test

import data.aigis.rules.dataset.bias as rule
import data.aigis.test.fixtures as fx

test_documented_bias_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"bias": "Over-represents enterprise customers."})])
}

test_limitations_alone_do_not_document_bias if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"bias": null})])
	f.pointer == "/bias"
}

test_shared_section_counts_where_the_format_has_no_bias_field if {
	ds := fx.dataset({"bias": null, "unsupported": ["bias"]})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_shared_section_must_be_filled if {
	ds := fx.dataset({"bias": null, "limitations": "TBD", "unsupported": ["bias"]})
	count(rule.deny) == 1 with input as fx.datasets([ds])
}

test_format_without_either_field_is_skipped if {
	ds := fx.dataset({"bias": null, "limitations": null, "unsupported": ["bias", "limitations"]})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({"bias": "Over-represents enterprise customers."})])
}

test_limitations_section_evidences_a_format_without_a_bias_field if {
	limitations := "Skews to enterprise customers; see the risks."
	ds := fx.dataset({"bias": null, "limitations": limitations, "unsupported": ["bias"]})
	[e.pointer | some e in rule.evidence with input as fx.datasets([ds])] == ["/limitations"]
}

test_records_no_evidence_for_the_gap if {
	ds := fx.dataset({"bias": null, "limitations": "TBD", "unsupported": ["bias"]})
	count(rule.evidence) == 0 with input as fx.datasets([ds])
}
