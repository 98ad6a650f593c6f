package aigis.rules.dataset.personal_data_protection_test

import data.aigis.rules.dataset.personal_data_protection as rule
import data.aigis.test.fixtures as fx

test_protected_personal_data_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"processing": "data-redaction"})])
}

test_measure_in_the_statement_passes if {
	ds := fx.dataset({"sensitive_data": "Names and e-mail addresses were pseudonymised before release."})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_no_personal_data_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"sensitive_data": "None."})])
}

test_unprotected_personal_data_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"processing": null})])
	f.pointer == "/sensitive_data"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({"processing": "data-redaction"})])
}
