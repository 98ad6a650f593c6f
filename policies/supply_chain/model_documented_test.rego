package aigis.rules.supply_chain.model_documented_test

import data.aigis.rules.supply_chain.model_documented as rule
import data.aigis.test.fixtures as fx

third_party(overrides) := fx.component(object.union({"supplier": "Meta"}, overrides))

test_inline_card_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([third_party({})], [])])
}

test_linked_card_passes if {
	comp := third_party({"has_model_card": false, "external_references": [{"type": "model-card", "url": "https://x"}]})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_card_in_repository_passes if {
	comp := third_party({"has_model_card": false, "name": "acme/Support-LLM"})
	inp := fx.input_with({"sboms": [fx.sbom([comp], [])], "model_cards": [fx.model_card({})]})
	count(rule.deny) == 0 with input as inp
}

test_undocumented_third_party_model_fails if {
	comp := third_party({"has_model_card": false, "name": "other-model"})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.pointer == "/components/0"
}

# The organization's own models are AIGIS-SC-013's.
test_undocumented_first_party_model_is_left_to_its_own_rule if {
	comp := fx.component({"has_model_card": false, "name": "other-model"})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([third_party({})], [])])
}
