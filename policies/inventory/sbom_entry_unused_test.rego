package aigis.rules.inventory.sbom_entry_unused_test

import data.aigis.rules.inventory.sbom_entry_unused as rule
import data.aigis.test.fixtures as fx
import data.aigis.test.inventory as inv

bom := fx.sbom(
	[fx.component({"name": "acme/support-llm"}), fx.component({"name": "old-model", "pointer": "/components/1"})],
	[],
)

test_used_entry_passes if {
	uses := [inv.hf("acme/support-llm", null), inv.hf("old-model", null)]
	inp := fx.input_with({"inventory": [inv.record("a.py", uses)], "sboms": [bom]})
	count(rule.deny) == 0 with input as inp
}

test_unused_entry_fails if {
	inp := fx.input_with({"inventory": [inv.record("a.py", [inv.hf("acme/support-llm", null)])], "sboms": [bom]})
	[f.pointer | some f in rule.deny with input as inp] == ["/components/1"]
}

test_no_observed_use_judges_nothing if {
	count(rule.deny) == 0 with input as fx.input_with({"sboms": [bom]})
}
