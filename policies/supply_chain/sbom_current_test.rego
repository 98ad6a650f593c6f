package aigis.rules.supply_chain.sbom_current_test

import data.aigis.rules.supply_chain.sbom_current as rule
import data.aigis.test.fixtures as fx

today := {"config": {"params": {"today": "2026-11-28"}}}

test_recent_sbom_passes if {
	sbom := object.union(fx.sbom([fx.component({})], []), {"timestamp": "2026-10-01T00:00:00Z"})
	count(rule.deny) == 0 with input as object.union(fx.sboms([sbom]), today)
}

test_old_sbom_fails if {
	sbom := object.union(fx.sbom([fx.component({})], []), {"timestamp": "2026-03-01T00:00:00Z"})
	some f in rule.deny with input as object.union(fx.sboms([sbom]), today)
	contains(f.message, "272 days ago")
}

test_undated_sbom_fails if {
	sbom := object.union(fx.sbom([fx.component({})], []), {"timestamp": null})
	some f in rule.deny with input as object.union(fx.sboms([sbom]), today)
	f.pointer == "/timestamp"
}

test_empty_sbom_is_not_judged if {
	sbom := object.union(fx.sbom([], []), {"timestamp": null})
	count(rule.deny) == 0 with input as object.union(fx.sboms([sbom]), today)
}

test_records_evidence_when_satisfied if {
	sbom := object.union(fx.sbom([fx.component({})], []), {"timestamp": "2026-10-01T00:00:00Z"})
	count(rule.evidence) > 0 with input as object.union(fx.sboms([sbom]), today)
}

test_bom_with_only_ordinary_services_is_not_an_ai_sbom if {
	sbom := object.union(fx.sbom([], [fx.service({"ai_signals": []})]), {"timestamp": null})
	count(rule.deny) == 0 with input as object.union(fx.sboms([sbom]), today)
}

test_bom_with_an_ai_api_service_is_judged if {
	sbom := object.union(fx.sbom([], [fx.service({"ai_signals": ["endpoint api.openai.com"]})]), {"timestamp": null})
	count(rule.deny) == 1 with input as object.union(fx.sboms([sbom]), today)
}

test_service_without_recorded_signals_counts_as_ai if {
	svc := object.remove(fx.service({}), ["ai_signals"])
	sbom := object.union(fx.sbom([], [svc]), {"timestamp": null})
	count(rule.deny) == 1 with input as object.union(fx.sboms([sbom]), today)
}

test_ages_are_of_dated_ai_sboms_by_position if {
	dated := object.union(fx.sbom([fx.component({})], []), {"timestamp": "2026-11-27"})
	undated := object.union(fx.sbom([fx.component({})], []), {"timestamp": null})
	empty := object.union(fx.sbom([], []), {"timestamp": "2026-11-27"})
	rule.ages == {2: 1} with input as object.union(fx.sboms([undated, empty, dated]), today)
}
