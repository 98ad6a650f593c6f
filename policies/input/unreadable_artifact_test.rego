package aigis.rules.input.unreadable_artifact_test

import data.aigis.rules.input.unreadable_artifact as rule
import data.aigis.test.fixtures as fx

test_no_errors_passes if {
	count(rule.deny) == 0 with input as fx.cards([])
}

test_read_error_is_reported_at_its_line if {
	inp := object.union(fx.cards([]), {"errors": [{"path": "bom.json", "line": 7, "column": 3, "reason": "bad"}]})
	some f in rule.deny with input as inp
	f.artifact == "bom.json"
	f.line == 7
	f.column == 3
	contains(f.message, "bad")
}
