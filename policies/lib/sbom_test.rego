package aigis.sbom_test

import data.aigis.sbom
import data.aigis.test.fixtures as fx

test_models_are_the_model_components_of_every_sbom if {
	inp := fx.sboms([
		fx.sbom([fx.component({"name": "a"}), fx.component({"name": "d", "type": "data"})], []),
		fx.sbom([fx.component({"name": "b"})], []),
	])
	{comp.name | some [_, comp] in sbom.models} == {"a", "b"} with input as inp
}

test_a_model_is_documented_inline_by_link_or_in_the_repository if {
	sbom.documented({"has_model_card": true, "external_references": [], "name": "x"})
	sbom.documented({"has_model_card": false, "external_references": [{"type": "model-card"}], "name": "x"})
	in_repository := fx.cards([fx.model_card({})])
	same_name := {"has_model_card": false, "external_references": [], "name": "acme/Support-LLM"}
	sbom.documented(same_name) with input as in_repository
	website := {"has_model_card": false, "external_references": [{"type": "website"}], "name": "x"}
	not sbom.documented(website) with input as in_repository
}
