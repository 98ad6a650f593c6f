package aigis.rules.inventory.ai_undocumented_test

import data.aigis.rules.inventory.ai_undocumented as rule
import data.aigis.test.fixtures as fx
import data.aigis.test.inventory as inv

test_undocumented_use_fails_once_at_the_first_record if {
	inp := fx.input_with({"inventory": [
		inv.record("web/package.json", [inv.dependency("openai", "openai")]),
		inv.record("app.py", [inv.hf("org/m", null)]),
	]})
	[f.artifact | some f in rule.deny with input as inp] == ["app.py"]
}

test_any_documentation_passes if {
	inp := fx.input_with({
		"inventory": [inv.record("app.py", [inv.hf("org/m", null)])],
		"model_cards": [fx.model_card({})],
	})
	count(rule.deny) == 0 with input as inp
}

test_no_use_needs_nothing if {
	count(rule.deny) == 0 with input as fx.input_with({})
}
