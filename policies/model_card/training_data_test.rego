package aigis.rules.model_card.training_data_test

import data.aigis.rules.model_card.training_data as rule
import data.aigis.test.fixtures as fx

test_named_datasets_pass if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"training_data": null})])
}

test_training_section_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"datasets": []})])
}

test_no_training_data_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"datasets": [], "training_data": null})])
	f.pointer == "/training_data"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({"training_data": null})])
}
