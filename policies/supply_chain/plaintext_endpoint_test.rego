package aigis.rules.supply_chain.plaintext_endpoint_test

import data.aigis.rules.supply_chain.plaintext_endpoint as rule
import data.aigis.test.fixtures as fx

test_https_passes if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([], [fx.service({})])])
}

test_loopback_http_passes if {
	svc := fx.service({"endpoints": ["http://localhost:11434/api", "http://127.0.0.1:8000/v1"]})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([], [svc])])
}

test_remote_http_fails if {
	svc := fx.service({"endpoints": ["https://ok.example.com", "http://llm.example.com/v1"]})
	some f in rule.deny with input as fx.sboms([fx.sbom([], [svc])])
	f.pointer == "/services/0/endpoints/1"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([], [fx.service({})])])
}
