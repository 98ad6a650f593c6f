package aigis.rules.supply_chain.first_party_model_hash_test

import data.aigis.rules.supply_chain.first_party_model_hash as rule
import data.aigis.test.fixtures as fx

test_strong_hash_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([fx.component({})], [])])
}

test_first_party_model_without_hash_fails if {
	comp := fx.component({"hashes": [{"alg": "SHA-1", "value": "abc"}]})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.pointer == "/components/0/hashes"
}

# Third-party models are AIGIS-SC-004's.
test_third_party_model_is_left_to_the_base_rule if {
	comp := fx.component({"hashes": [], "supplier": "Meta"})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([fx.component({})], [])])
}
