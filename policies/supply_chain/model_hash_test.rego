package aigis.rules.supply_chain.model_hash_test

import data.aigis.rules.supply_chain.model_hash as rule
import data.aigis.test.fixtures as fx

third_party(overrides) := fx.component(object.union({"supplier": "Meta"}, overrides))

test_strong_hash_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([third_party({})], [])])
}

test_weak_hash_fails if {
	comp := third_party({"hashes": [{"alg": "MD5", "value": "abc"}]})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.pointer == "/components/0/hashes"
}

test_third_party_model_without_hash_fails if {
	comp := third_party({"hashes": []})
	count(rule.deny) == 1 with input as fx.sboms([fx.sbom([comp], [])])
}

test_data_component_is_ignored if {
	comp := third_party({"type": "data", "hashes": []})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

# The organization's own models are AIGIS-SC-014's.
test_first_party_model_is_left_to_its_own_rule if {
	comp := fx.component({"hashes": []})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([third_party({})], [])])
}

test_records_no_evidence_for_the_gap if {
	comp := third_party({"hashes": []})
	count(rule.evidence) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}
