package aigis.rules.model_card.base_model_lineage_test

import data.aigis.rules.model_card.base_model_lineage as rule
import data.aigis.test.fixtures as fx

test_derived_with_base_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_not_derived_needs_no_base if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"derived": false, "base_models": []})])
}

test_derived_without_base_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"base_models": [" "]})])
	f.pointer == "/base_models"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({})])
}
