package aigis.rules.inventory.weights_hash_mismatch_test

import data.aigis.rules.inventory.weights_hash_mismatch as rule
import data.aigis.test.fixtures as fx
import data.aigis.test.inventory as inv

onnx := inv.record("models/intent.onnx", [inv.weights("models/intent.onnx", "ab12")])

bom(sha) := fx.sbom([fx.component({"name": "intent.onnx", "hashes": [{"alg": "SHA-256", "value": sha}]})], [])

test_same_hash_passes if {
	inp := fx.input_with({"inventory": [onnx], "sboms": [bom("AB12")]})
	count(rule.deny) == 0 with input as inp
	count(rule.evidence) == 1 with input as inp
}

test_other_hash_fails if {
	inp := fx.input_with({"inventory": [onnx], "sboms": [bom("cd34")]})
	count(rule.deny) == 1 with input as inp
	count(rule.evidence) == 0 with input as inp
}

test_no_recorded_hash_is_not_a_contradiction if {
	inp := fx.input_with({"inventory": [onnx]})
	count(rule.deny) == 0 with input as inp
}
