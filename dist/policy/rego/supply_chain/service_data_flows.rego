# METADATA
# title: Data flows to external AI services classified
# description: |
#   What data leaves the system for a hosted AI service, and how sensitive it is, must be declared
#   before anyone can judge whether sending it is acceptable.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#services
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-007
#   severity: medium
#   applies_to: [sbom]
#   controls:
#     - iso42001:A.7.2
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MEASURE 2.10
#     - owasp-llm:LLM02:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MEASURE 2.10
#   remediation: |
#     Declare the service's `data` flows, each with a `flow` direction and a `classification` other
#     than `unknown`.
#   example: |
#     "data": [{"flow": "outbound", "classification": "customer-confidential"}]
package aigis.rules.supply_chain.service_data_flows

import data.aigis.lib

deny contains lib.finding(sbom, lib.format("%s/data_flows", [svc.pointer]), msg) if {
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	count(svc.ai_signals) > 0
	not classified_flow(svc)
	msg := lib.format("AI service %s declares no classified data flow.", [lib.display_name(svc)])
}

classified_flow(svc) if {
	some f in svc.data_flows
	lib.filled_value(f.classification)
	lower(f.classification) != "unknown"
	lower(f.flow) != "unknown"
}

evidence contains lib.evidence(sbom, lib.format("%s/data_flows", [svc.pointer]), note) if {
	note := "classifies the data the AI service receives"
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	count(svc.ai_signals) > 0
	classified_flow(svc)
}
