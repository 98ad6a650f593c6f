package aigis.rules.agent.vector_store_test

import data.aigis.rules.agent.vector_store as rule
import data.aigis.test.fixtures as fx

store(overrides) := fx.service(object.union(
	{
		"name": "kb-index",
		"provider": "Pinecone",
		"endpoints": ["https://kb-index.svc.pinecone.io"],
		"ai_signals": [],
	},
	overrides,
))

test_declared_store_and_other_services_pass if {
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([], [store({}), fx.service({})])])
}

test_unauthenticated_store_fails if {
	some f in rule.deny with input as fx.sboms([fx.sbom([], [store({"authenticated": null})])])
	f.pointer == "/services/0/authenticated"
}

test_unclassified_store_fails if {
	flows := [{"flow": "outbound", "classification": "unknown", "source": [], "destination": []}]
	svc := store({"name": "docs", "provider": null, "endpoints": ["https://x.qdrant.io"], "data_flows": flows})
	some f in rule.deny with input as fx.sboms([fx.sbom([], [svc])])
	f.pointer == "/services/0/data_flows"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([], [store({}), fx.service({})])])
}
