package aigis.rules.dataset.stewardship_test

import data.aigis.rules.dataset.stewardship as rule
import data.aigis.test.fixtures as fx

test_named_owner_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({})])
}

test_no_owner_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"owners": ["TBD"]})])
	f.pointer == "/owners"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({})])
}
