package aigis.rules.supply_chain.sbom_present_test

import data.aigis.rules.supply_chain.sbom_present as rule
import data.aigis.test.fixtures as fx

test_sbom_with_ai_components_passes if {
	inp := fx.input_with({"sboms": [fx.sbom([fx.component({})], [])], "model_cards": [fx.model_card({})]})
	count(rule.deny) == 0 with input as inp
}

test_nothing_ai_needs_no_sbom if {
	count(rule.deny) == 0 with input as fx.cards([])
}

test_models_without_sbom_fail_once if {
	inp := fx.input_with({
		"model_cards": [fx.model_card({"id": "b/README.md"}), fx.model_card({"id": "a/README.md"})],
		"sboms": [fx.sbom([], [])],
	})
	findings := rule.deny with input as inp
	[f.artifact | some f in findings] == [""]
	some f in findings
	contains(f.message, "(a/README.md)")
}

test_records_evidence_when_satisfied if {
	inp := fx.input_with({"sboms": [fx.sbom([fx.component({})], [])], "model_cards": [fx.model_card({})]})
	count(rule.evidence) > 0 with input as inp
}
