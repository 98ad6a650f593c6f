package aigis.rules.model_card.license_test

import data.aigis.rules.model_card.license as rule
import data.aigis.test.fixtures as fx

test_declared_license_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_other_license_with_link_passes if {
	card := fx.model_card({"licenses": [{"spdx": "other", "name": null, "url": "LICENSE.md"}]})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_third_party_without_license_is_critical if {
	card := fx.model_card({"supplier": "Meta", "licenses": []})
	some f in rule.deny with input as fx.cards([card])
	f.severity == "critical"
	contains(f.message, "third-party")
}

test_first_party_without_license_is_high if {
	card := fx.model_card({"licenses": [{"spdx": null, "name": "unknown", "url": null}]})
	some f in rule.deny with input as fx.cards([card])
	f.severity == "high"
	contains(f.message, "first-party")
}

test_unknown_supplier_counts_as_third_party if {
	card := fx.model_card({"supplier": null, "licenses": [{"spdx": "NOASSERTION", "name": null, "url": null}]})
	some f in rule.deny with input as fx.cards([card])
	f.severity == "critical"
}
