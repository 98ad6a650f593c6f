package aigis.rules.supply_chain.service_data_flows_test

import data.aigis.rules.supply_chain.service_data_flows as rule
import data.aigis.test.fixtures as fx

test_classified_flow_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([], [fx.service({})])])
}

test_unknown_classification_fails if {
	svc := fx.service({"data_flows": [{"flow": "outbound", "classification": "unknown"}]})
	some f in rule.deny with input as fx.sboms([fx.sbom([], [svc])])
	f.pointer == "/services/0/data_flows"
}

test_no_flows_fails if {
	count(rule.deny) == 1 with input as fx.sboms([fx.sbom([], [fx.service({"data_flows": []})])])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([], [fx.service({})])])
}

test_records_no_evidence_for_the_gap if {
	count(rule.evidence) == 0 with input as fx.sboms([fx.sbom([], [fx.service({"data_flows": []})])])
}
