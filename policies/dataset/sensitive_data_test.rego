package aigis.rules.dataset.sensitive_data_test

import data.aigis.rules.dataset.sensitive_data as rule
import data.aigis.test.fixtures as fx

test_declared_sensitive_data_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({})])
}

test_silent_sensitive_data_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"sensitive_data": null})])
	f.pointer == "/sensitive_data"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({})])
}
