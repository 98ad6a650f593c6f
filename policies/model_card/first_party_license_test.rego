package aigis.rules.model_card.first_party_license_test

import data.aigis.rules.model_card.first_party_license as rule
import data.aigis.test.fixtures as fx

test_declared_license_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_first_party_without_license_fails if {
	card := fx.model_card({"licenses": [{"spdx": null, "name": "unknown", "url": null}]})
	some f in rule.deny with input as fx.cards([card])
	f.pointer == "/licenses"
	contains(f.message, "first-party")
}

# Third-party models, and models whose supplier is unknown, are AIGIS-MC-005's.
test_third_party_or_unknown_supplier_is_left_to_the_base_rule if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"supplier": "Meta", "licenses": []})])
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"supplier": null, "licenses": []})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({})])
}
