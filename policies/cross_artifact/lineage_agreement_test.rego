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
