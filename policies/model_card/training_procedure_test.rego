package aigis.rules.model_card.training_procedure_test

import data.aigis.rules.model_card.training_procedure as rule
import data.aigis.test.fixtures as fx

test_documented_training_passes if {
	card := fx.model_card({
		"architecture": "LoRA adapter on a decoder-only transformer",
		"training_procedure": "LoRA for three epochs at 2e-4.",
	})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_missing_architecture_fails if {
	card := fx.model_card({"architecture": null, "training_procedure": "LoRA for three epochs at 2e-4."})
	some f in rule.deny with input as fx.cards([card])
	f.pointer == "/architecture"
}

test_missing_procedure_fails_for_own_models if {
	card := fx.model_card({"architecture": "transformer", "training_procedure": "TBD"})
	some f in rule.deny with input as fx.cards([card])
	f.pointer == "/training_procedure"
}

test_third_party_procedure_is_not_judged if {
	card := fx.model_card({"supplier": "Meta", "architecture": "transformer", "training_procedure": null})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_format_without_fields_is_skipped if {
	unsupported := ["architecture", "training_procedure"]
	card := fx.model_card({"architecture": null, "training_procedure": null, "unsupported": unsupported})
	count(rule.deny) == 0 with input as fx.cards([card])
}

test_records_evidence_when_satisfied if {
	card := fx.model_card({
		"architecture": "LoRA adapter on a decoder-only transformer",
		"training_procedure": "LoRA for three epochs at 2e-4.",
	})
	count(rule.evidence) > 0 with input as fx.cards([card])
}
