# METADATA
# title: Third-party model licence declared
# description: |
#   A model's licence decides whether it may be used, modified and shipped at all. A third-party
#   model (a supplier not among the organization's names) with no licence is a blocking supplier
#   gap; the organization's own models without one are AIGIS-MC-015.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://huggingface.co/docs/hub/repositories-licenses
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-005
#   severity: critical
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.10.3
#     - iso42001:A.10.4
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#   remediation: |
#     Declare the licence. Hugging Face card: `license:` in the front matter (with `license_name` and
#     `license_link` for `other`). CycloneDX: the component's `licenses`.
#   example: |
#     ---
#     license: apache-2.0
#     ---
package aigis.rules.model_card.license

import data.aigis.lib

deny contains lib.finding(card, "/licenses", msg) if {
	some card in input.artifacts.model_cards
	lib.third_party(card)
	not lib.has_license(card)
	msg := lib.format("Model card for %s declares no recognisable licence (third-party model).", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/licenses", "declares the third-party model's licence") if {
	some card in input.artifacts.model_cards
	lib.third_party(card)
	lib.has_license(card)
}
