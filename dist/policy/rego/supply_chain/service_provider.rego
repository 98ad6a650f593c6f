# METADATA
# title: Hosted AI service names its provider
# description: |
#   Every hosted AI API the system calls is a supplier: the SBOM must name who provides it, or no
#   supplier assessment, contract or incident route can follow.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#services
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-002
#   severity: critical
#   applies_to: [sbom]
#   controls:
#     - iso42001:A.10.2
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MANAGE 3.1
#     - owasp-llm:LLM03:2025
#     - eu-ai-act:Annex IV(2)(a)
#     - eu-ai-act:Art. 25
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MANAGE 3.1
#   remediation: |
#     Name the provider of each hosted AI service: CycloneDX `services[].provider.name`.
#   example: |
#     {"name": "chat-completions", "provider": {"name": "OpenAI"},
#      "endpoints": ["https://api.openai.com/v1/chat/completions"]}
package aigis.rules.supply_chain.service_provider

import data.aigis.lib

deny contains lib.finding(sbom, lib.format("%s/provider", [svc.pointer]), msg) if {
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	count(svc.ai_signals) > 0
	not lib.filled_value(svc.provider)
	msg := lib.format("Hosted AI service %s in the SBOM names no provider.", [lib.display_name(svc)])
}

evidence contains lib.evidence(sbom, lib.format("%s/provider", [svc.pointer]), "names the AI service's provider") if {
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	count(svc.ai_signals) > 0
	lib.filled_value(svc.provider)
}
