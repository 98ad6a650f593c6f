package aigis.rules.model_card.intended_use_test

import data.aigis.rules.model_card.intended_use as rule
import data.aigis.test.fixtures as fx

test_filled_intended_use_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_missing_intended_use_fails if {
	findings := rule.deny with input as fx.cards([fx.model_card({"intended_use": null})])
	some f in findings
	f.pointer == "/intended_use"
	f.artifact == "models/chat/README.md"
	contains(f.message, "'support-llm'")
}

test_placeholder_intended_use_fails if {
	count(rule.deny) == 1 with input as fx.cards([fx.model_card({"intended_use": "[More Information Needed]"})])
}

test_too_short_intended_use_fails if {
	count(rule.deny) == 1 with input as fx.cards([fx.model_card({"intended_use": "chat"})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({})])
}

test_records_no_evidence_for_the_gap if {
	count(rule.evidence) == 0 with input as fx.cards([fx.model_card({"intended_use": "[More Information Needed]"})])
}
