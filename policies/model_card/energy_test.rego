package aigis.rules.model_card.energy_test

import data.aigis.rules.model_card.energy as rule
import data.aigis.test.fixtures as fx

test_reported_energy_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"environmental_impact": "4.1 kg CO2eq"})])
}

test_first_party_without_energy_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"environmental_impact": null})])
	f.pointer == "/environmental_impact"
}

test_third_party_is_not_judged if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"supplier": "Meta", "environmental_impact": null})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({"environmental_impact": "4.1 kg CO2eq"})])
}
