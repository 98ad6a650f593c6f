package aigis.rules.supply_chain.model_hash_test

import data.aigis.rules.supply_chain.model_hash as rule
import data.aigis.test.fixtures as fx

test_strong_hash_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([fx.component({})], [])])
}

test_weak_hash_fails if {
	comp := fx.component({"hashes": [{"alg": "MD5", "value": "abc"}]})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.pointer == "/components/0/hashes"
}

test_data_component_is_ignored if {
	comp := fx.component({"type": "data", "hashes": []})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_first_party_model_without_hash_is_medium if {
	comp := fx.component({"hashes": []})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.severity == "medium"
}

test_third_party_model_without_hash_is_high if {
	comp := fx.component({"hashes": [], "supplier": "Meta"})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.severity == "high"
}
