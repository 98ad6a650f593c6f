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
