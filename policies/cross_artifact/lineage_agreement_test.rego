package aigis.rules.cross_artifact.lineage_agreement_test

import data.aigis.rules.cross_artifact.lineage_agreement as rule
import data.aigis.test.fixtures as fx

test_same_base_passes if {
	comp := fx.component({"ancestors": ["meta-llama/Llama-3.1-8B-Instruct@0e9e39f"]})
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([comp], [])]})
	count(rule.deny) == 0 with input as inp
}

test_different_base_fails if {
	comp := fx.component({"ancestors": ["mistralai/Mistral-7B-v0.3@main"]})
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([comp], [])]})
	some f in rule.deny with input as inp
	f.pointer == "/components/0/ancestors"
	contains(f.message, "mistral-7b-v0.3")
}

test_records_evidence_when_satisfied if {
	comp := fx.component({"ancestors": ["meta-llama/Llama-3.1-8B-Instruct@0e9e39f"]})
	inp := fx.input_with({"model_cards": [fx.model_card({})], "sboms": [fx.sbom([comp], [])]})
	count(rule.evidence) > 0 with input as inp
}

# Copies of a card: one finding per disagreeing card, none for the agreeing one.
test_each_disagreeing_copy_fails_once if {
	comp := fx.component({"ancestors": ["meta-llama/Llama-3.1-8B-Instruct@0e9e39f"]})
	cards := [
		fx.model_card({"id": "a/README.md"}),
		fx.model_card({"id": "b/README.md", "base_models": ["mistralai/Mistral-7B-v0.3"]}),
		fx.model_card({"id": "c/README.md", "base_models": ["mistralai/Mistral-7B-v0.3@main"]}),
	]
	inp := fx.input_with({"model_cards": cards, "sboms": [fx.sbom([comp], [])]})
	found := rule.deny with input as inp
	prefix := "SBOM component 'support-llm' descends from llama-3.1-8b-instruct, but the model card"
	{f.message | some f in found} == {
		concat(" ", [prefix, "b/README.md names mistral-7b-v0.3 as its base model."]),
		concat(" ", [prefix, "c/README.md names mistral-7b-v0.3 as its base model."]),
	}
	count(rule.evidence) == 1 with input as inp
}

# A chunk holding the SBOM but not the card finds the card through the merged repository index.
test_chunk_without_the_card_sees_it_through_the_index if {
	comp := fx.component({"ancestors": ["mistralai/Mistral-7B-v0.3@main"]})
	idx := data.aigis.index.local with input as fx.input_with({"model_cards": [fx.model_card({})]})
	chunk := fx.input_with({"sboms": [fx.sbom([comp], [])]})
	count(rule.deny) == 1 with input as chunk with data.aigis_repository_index as idx
	count(rule.evidence) == 0 with input as chunk with data.aigis_repository_index as idx
}
