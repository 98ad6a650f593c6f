package aigis.rules.model_card.limitations_test

import data.aigis.rules.model_card.limitations as rule
import data.aigis.test.fixtures as fx

test_filled_limitations_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_missing_limitations_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"limitations": ""})])
	f.pointer == "/limitations"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({})])
}
