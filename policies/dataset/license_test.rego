package aigis.rules.dataset.license_test

import data.aigis.rules.dataset.license as rule
import data.aigis.test.fixtures as fx

test_declared_license_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({})])
}

test_missing_license_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"licenses": []})])
	f.pointer == "/licenses"
	f.artifact == "data/tickets/provenance.yaml"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.datasets([fx.dataset({})])
}
