package aigis.rules.model_card.license_test

import data.aigis.rules.model_card.license as rule
import data.aigis.test.fixtures as fx

test_declared_license_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"supplier": "Meta"})])
}

test_other_license_with_link_passes if {
	card := fx.model_card({"supplier": "Meta", "licenses": [{"spdx": "other", "name": null, "url": "LICENSE.md"}]})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_third_party_without_license_fails if {
	card := fx.model_card({"supplier": "Meta", "licenses": []})
	some f in rule.deny with input as fx.cards([card])
	f.pointer == "/licenses"
	contains(f.message, "third-party")
}

test_unknown_supplier_counts_as_third_party if {
	card := fx.model_card({"supplier": null, "licenses": [{"spdx": "NOASSERTION", "name": null, "url": null}]})
	count(rule.deny) == 1 with input as fx.cards([card])
}

# The organization's own models are AIGIS-MC-015's.
test_first_party_model_is_left_to_its_own_rule if {
	card := fx.model_card({"licenses": [{"spdx": null, "name": "unknown", "url": null}]})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({"supplier": "Meta"})])
}

test_records_no_evidence_for_the_gap if {
	card := fx.model_card({"supplier": null, "licenses": [{"spdx": "NOASSERTION", "name": null, "url": null}]})
	count(rule.evidence) == 0 with input as fx.cards([card])
}
