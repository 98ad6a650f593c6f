package aigis.rules.inventory.provider_data_unclassified_test

import data.aigis.rules.inventory.provider_data_unclassified as rule
import data.aigis.test.fixtures as fx
import data.aigis.test.inventory as inv

records := [
	inv.record("b.py", [inv.provider_model("gpt-4o", "openai")]),
	inv.record("a/requirements.txt", [inv.dependency("openai", "openai"), inv.dependency("anthropic", "anthropic")]),
]

test_classified_service_passes if {
	bom := fx.sbom([], [fx.service({}), fx.service({"name": "Claude", "provider": "Anthropic", "endpoints": []})])
	count(rule.deny) == 0 with input as fx.input_with({"inventory": records, "sboms": [bom]})
	count(rule.evidence) > 0 with input as fx.input_with({"inventory": records, "sboms": [bom]})
}

test_unclassified_provider_fails_once_at_its_first_use if {
	claude := fx.service({"name": "Claude", "provider": "Anthropic", "endpoints": [], "data_flows": []})
	bom := fx.sbom([], [fx.service({}), claude])
	findings := rule.deny with input as fx.input_with({"inventory": records, "sboms": [bom]})
	[[f.artifact, f.pointer] | some f in findings] == [["a/requirements.txt", "/uses/1"]]
}

test_no_sbom_fails_per_provider if {
	count(rule.deny) == 2 with input as fx.input_with({"inventory": records})
}
