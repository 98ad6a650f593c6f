package aigis.rules.supply_chain.supplier_named_test

import data.aigis.rules.supply_chain.supplier_named as rule
import data.aigis.test.fixtures as fx

test_named_suppliers_pass if {
	inp := fx.input_with({"sboms": [fx.sbom([fx.component({})], [])], "model_cards": [fx.model_card({})]})
	count(rule.deny) == 0 with input as inp
}

test_component_without_supplier_fails if {
	some f in rule.deny with input as fx.sboms([fx.sbom([fx.component({"supplier": null})], [])])
	f.pointer == "/components/0/supplier"
}

test_card_without_developer_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"supplier": "[More Information Needed]"})])
	f.pointer == "/supplier"
}

test_cyclonedx_cards_are_judged_through_their_component if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"format": "cyclonedx", "supplier": null})])
}

test_records_evidence_when_satisfied if {
	inp := fx.input_with({"sboms": [fx.sbom([fx.component({})], [])], "model_cards": [fx.model_card({})]})
	count(rule.evidence) > 0 with input as inp
}
