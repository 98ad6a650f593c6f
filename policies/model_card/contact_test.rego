package aigis.rules.model_card.contact_test

import data.aigis.rules.model_card.contact as rule
import data.aigis.test.fixtures as fx

test_contact_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_missing_contact_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"contact": "[More Information Needed]"})])
	f.pointer == "/contact"
}

test_unreachable_contact_fails if {
	count(rule.deny) == 1 with input as fx.cards([fx.model_card({"contact": "the ML team"})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({})])
}

test_records_no_evidence_for_the_gap if {
	count(rule.evidence) == 0 with input as fx.cards([fx.model_card({"contact": "the ML team"})])
}
