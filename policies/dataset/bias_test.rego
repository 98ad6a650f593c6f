package aigis.rules.dataset.bias_test

import data.aigis.rules.dataset.bias as rule
import data.aigis.test.fixtures as fx

test_documented_bias_passes if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"limitations": "Over-represents enterprise customers."})])
}

test_missing_bias_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"limitations": null})])
	f.pointer == "/limitations"
}

test_format_without_field_is_skipped if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"limitations": null, "unsupported": ["limitations"]})])
}
