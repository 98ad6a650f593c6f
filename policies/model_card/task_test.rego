package aigis.rules.model_card.task_test

import data.aigis.rules.model_card.task as rule
import data.aigis.test.fixtures as fx

test_stated_task_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"task": "text-generation"})])
}

test_missing_task_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"task": null})])
	f.pointer == "/task"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({"task": "text-generation"})])
}
