package aigis.rules.model_card.identity_test

import data.aigis.rules.model_card.identity as rule
import data.aigis.test.fixtures as fx

test_named_and_versioned_passes if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"format": "cyclonedx"})])
}

test_missing_name_fails if {
	some f in rule.deny with input as fx.cards([fx.model_card({"name": null})])
	f.pointer == "/name"
}

test_missing_version_fails_outside_hugging_face if {
	some f in rule.deny with input as fx.cards([fx.model_card({"format": "cyclonedx", "version": ""})])
	f.pointer == "/version"
}

test_hugging_face_card_needs_no_version if {
	count(rule.deny) == 0 with input as fx.cards([fx.model_card({"version": null})])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.cards([fx.model_card({"format": "cyclonedx"})])
}
