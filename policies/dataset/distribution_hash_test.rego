package aigis.rules.dataset.distribution_hash_test

import data.aigis.rules.dataset.distribution_hash as rule
import data.aigis.test.fixtures as fx

test_strong_hash_passes if {
	ds := fx.dataset({"hashes": [{"alg": "SHA-256", "value": "ab"}]})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_no_hash_fails if {
	some f in rule.deny with input as fx.datasets([fx.dataset({"hashes": [{"alg": "MD5", "value": "ab"}]})])
	f.pointer == "/hashes"
}

test_format_without_hashes_is_skipped if {
	count(rule.deny) == 0 with input as fx.datasets([fx.dataset({"hashes": [], "unsupported": ["hashes"]})])
}

test_records_evidence_when_satisfied if {
	ds := fx.dataset({"hashes": [{"alg": "SHA-256", "value": "ab"}]})
	count(rule.evidence) > 0 with input as fx.datasets([ds])
}
