package aigis.rules.cross_artifact.license_agreement_test

import data.aigis.rules.cross_artifact.license_agreement as rule
import data.aigis.test.fixtures as fx

test_same_licence_passes if {
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([fx.component({})], [])]})
	count(rule.deny) == 0 with input as inp
}

test_different_model_is_not_compared if {
	comp := fx.component({"name": "other", "licenses": [{"spdx": "MIT", "name": null, "url": null}]})
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([comp], [])]})
	count(rule.deny) == 0 with input as inp
}

test_conflicting_licences_fail if {
	comp := fx.component({"licenses": [{"spdx": "CC-BY-NC-4.0", "name": null, "url": null}]})
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([comp], [])]})
	some f in rule.deny with input as inp
	f.pointer == "/components/0/licenses"
	contains(f.message, "cc-by-nc-4.0")
}

test_records_evidence_when_satisfied if {
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([fx.component({})], [])]})
	count(rule.evidence) > 0 with input as inp
}

# Copies of a card: one finding per disagreeing card, none for the agreeing one.
test_each_disagreeing_copy_fails_once if {
	lic := {"spdx": "CC-BY-NC-4.0", "name": null, "url": null}
	cards := [
		fx.model_card({"id": "a/README.md"}),
		fx.model_card({"id": "b/README.md", "licenses": [lic]}),
		fx.model_card({"id": "c/README.md", "licenses": [lic]}),
	]
	inp := fx.input_with({"model_cards": cards, "sboms": [fx.sbom([fx.component({})], [])]})
	found := rule.deny with input as inp
	{f.message | some f in found} == {
		"SBOM component 'support-llm' declares licence apache-2.0, but the model card b/README.md declares cc-by-nc-4.0.",
		"SBOM component 'support-llm' declares licence apache-2.0, but the model card c/README.md declares cc-by-nc-4.0.",
	}
	count(rule.evidence) == 1 with input as inp
}

# A chunk holding the SBOM but not the card finds the card through the merged repository index.
test_chunk_without_the_card_sees_it_through_the_index if {
	comp := fx.component({"licenses": [{"spdx": "CC-BY-NC-4.0", "name": null, "url": null}]})
	idx := data.aigis.index.local with input as fx.input_with({"model_cards": [fx.model_card({})]})
	chunk := fx.input_with({"sboms": [fx.sbom([comp], [])]})
	count(rule.deny) == 1 with input as chunk with data.aigis_repository_index as idx
	count(rule.evidence) == 0 with input as chunk with data.aigis_repository_index as idx
}
