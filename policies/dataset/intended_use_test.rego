package aigis.rules.dataset.intended_use_test

import data.aigis.rules.dataset.intended_use as rule
import data.aigis.test.fixtures as fx

test_declared_use_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({})])
}

test_missing_use_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"intended_use": null})])
	f.pointer == "/intended_use"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({})])
}
