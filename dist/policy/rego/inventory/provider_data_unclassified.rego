# METADATA
# title: Data sent to a hosted AI provider is classified
# description: |
#   The code or manifests call a hosted model provider (OpenAI, Anthropic, Google, …), but no AI
#   SBOM service for that provider declares a classified data flow: nobody has said what data
#   leaves the organization for it. Reported once per provider, at its first use. Medium, as
#   AIGIS-SC-007: the provider is known, the account of the data is incomplete.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#services_items_data
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-INV-003
#   severity: medium
#   effort: small
#   applies_to: [inventory, sbom]
#   controls:
#     - iso42001:A.7.2
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM02:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#   remediation: |
#     Add (or complete) the provider's entry in the AI SBOM's `services` with a `data` flow whose
#     `classification` says what is sent.
#   example: |
#     {"name": "OpenAI API", "provider": {"name": "OpenAI"}, "endpoints": ["https://api.openai.com"],
#      "data": [{"flow": "outbound", "classification": "customer-confidential"}]}
package aigis.rules.inventory.provider_data_unclassified

import data.aigis.index
import data.aigis.inventory
import data.aigis.lib

deny contains lib.finding(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	is_string(u.provider)
	not index.classified_service_mentions(u.provider)
	index.first_provider_use(u.provider) == [r.id, u.pointer]
	msg := lib.format(
		"Data goes to the hosted provider '%s' here, but no AI SBOM service for it classifies the data sent.",
		[u.provider],
	)
}

evidence contains lib.evidence(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	is_string(u.provider)
	index.classified_service_mentions(u.provider)
	index.first_provider_use(u.provider) == [r.id, u.pointer]
	msg := lib.format("An AI SBOM service for the hosted provider '%s' classifies the data sent to it.", [u.provider])
}
