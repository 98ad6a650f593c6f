package aigis.rules.cross_artifact.datasets_documented_test

import data.aigis.rules.cross_artifact.datasets_documented as rule
import data.aigis.test.fixtures as fx

test_dataset_with_record_passes if {
	inp := fx.input_with({"model_cards": [fx.model_card({})], "datasets": [fx.dataset({})]})
	count(rule.deny) == 0 with input as inp
}

test_bom_ref_to_data_component_passes if {
	card := fx.model_card({"datasets": ["data-tickets"]})
	sbom := fx.sbom([fx.component({"type": "data", "ref": "data-tickets"})], [])
	count(rule.deny) == 0 with input as fx.input_with({"model_cards": [card], "sboms": [sbom]})
}

test_allowlisted_public_dataset_passes if {
	params := {"config": {"params": {"public_datasets": ["wikimedia/wikipedia"]}}}
	inp := object.union(fx.cards([fx.model_card({"datasets": ["wikipedia"]})]), params)
	count(rule.deny) == 0 with input as inp
}

test_undocumented_dataset_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"datasets": ["acme/secret-scrape"]})])
	f.pointer == "/datasets"
	contains(f.message, "acme/secret-scrape")
}

test_records_evidence_when_satisfied if {
	inp := fx.input_with({"model_cards": [fx.model_card({})], "datasets": [fx.dataset({})]})
	count(rule.evidence) > 0 with input as inp
}
