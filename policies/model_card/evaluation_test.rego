package aigis.rules.model_card.evaluation_test

import data.aigis.rules.model_card.evaluation as rule
import data.aigis.test.fixtures as fx

test_metrics_pass if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"evaluation": null})])
}

test_evaluation_text_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"metrics": []})])
}

test_no_evaluation_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"metrics": [], "evaluation": "TBD"})])
	f.pointer == "/evaluation"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({"evaluation": null})])
}
