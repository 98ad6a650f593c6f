package aigis.rules.supply_chain.service_provider_test

import data.aigis.rules.supply_chain.service_provider as rule
import data.aigis.test.fixtures as fx

test_named_provider_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([], [fx.service({})])])
}

test_missing_provider_fails if {
	some f in rule.deny with input as fx.sboms([fx.sbom([], [fx.service({"provider": null})])])
	f.pointer == "/services/0/provider"
	f.artifact == "bom.cdx.json"
}

test_non_ai_service_is_ignored if {
	svc := fx.service({"provider": null, "ai_signals": []})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([], [svc])])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([], [fx.service({})])])
}
