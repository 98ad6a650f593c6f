package aigis.rules.model_card.out_of_scope_use_test

import data.aigis.rules.model_card.out_of_scope_use as rule
import data.aigis.test.fixtures as fx

test_filled_out_of_scope_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({})])
}

test_missing_out_of_scope_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"out_of_scope_use": "TODO"})])
	f.pointer == "/out_of_scope_use"
}

test_format_without_field_is_skipped if {
	card := fx.model_card({"out_of_scope_use": null, "unsupported": ["out_of_scope_use"]})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({})])
}
