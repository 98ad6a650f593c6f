package aigis.main_test

import data.aigis.main
import data.aigis.test.fixtures as fx
import data.aigis.test.gov

test_findings_carry_their_rule_package if {
	findings := main.findings with input as fx.cards([fx.model_card({"intended_use": null})])
	some f in findings
	f.rule_package == "aigis.rules.model_card.intended_use"
	f.pointer == "/intended_use"
}

test_complete_artifacts_have_no_findings if {
	inp := object.union(gov.repo(gov.complete), {"artifacts": {
		"datasets": [fx.dataset({})],
		"sboms": [fx.sbom([fx.component({})], [fx.service({})])],
	}})
	count(main.findings) == 0 with input as inp
}

test_index_entrypoint_indexes_the_input if {
	idx := main.index with input as fx.input_with({"model_cards": [fx.model_card({})], "datasets": [fx.dataset({})]})
	idx.model_card_names == {"support-llm": true}
	idx.dataset_names == {"support-tickets-2026": true}
	idx.first_ai_record_id == {"data/tickets/provenance.yaml"}
}
