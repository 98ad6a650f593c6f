# METADATA
# title: Remote AI endpoint over plaintext HTTP
# description: |
#   Prompts, outputs and credentials sent to an AI service over plain HTTP can be read and altered
#   in transit.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#services
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-006
#   severity: high
#   applies_to: [sbom]
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM02:2025
#     - eu-ai-act:Annex IV(2)(h)
#     - eu-ai-act:Art. 15
#   remediation: |
#     Use an `https://` endpoint (or `wss://`); plain HTTP is accepted only for loopback addresses.
#   example: |
#     "endpoints": ["https://api.openai.com/v1/chat/completions"]
package aigis.rules.supply_chain.plaintext_endpoint

import data.aigis.lib

deny contains lib.finding(sbom, sprintf("%s/endpoints/%d", [svc.pointer, i]), msg) if {
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	count(svc.ai_signals) > 0
	some i, url in svc.endpoints
	plaintext_remote(url)
	msg := lib.format("AI service %s is reached over plaintext %s.", [lib.display_name(svc), url])
}

plaintext_remote(url) if {
	regex.match(`^(?i)(http|ws)://`, url)
	not regex.match(`^(?i)(http|ws)://(localhost|127\.\d+\.\d+\.\d+|\[::1\])([:/]|$)`, url)
}

evidence contains lib.evidence(sbom, lib.format("%s/endpoints", [svc.pointer]), note) if {
	note := "reaches the AI service over TLS only"
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	count(svc.ai_signals) > 0
	count(svc.endpoints) > 0
	every url in svc.endpoints {
		not plaintext_remote(url)
	}
}
