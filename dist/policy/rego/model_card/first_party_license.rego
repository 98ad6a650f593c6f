# METADATA
# title: The organization's model licence declared
# description: |
#   A model the organization publishes or ships as its own (a supplier among the organization's
#   names) needs a licence too, or those who receive it cannot tell what they may do with it.
#   Third-party models without one are AIGIS-MC-005, at a higher severity.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://huggingface.co/docs/hub/repositories-licenses
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-015
#   severity: high
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.10.4
#     - nist-ai-rmf:MAP 4.1
#   remediation: |
#     Declare the licence. Hugging Face card: `license:` in the front matter (with `license_name` and
#     `license_link` for `other`). CycloneDX: the component's `licenses`.
#   example: |
#     ---
#     license: apache-2.0
#     ---
package aigis.rules.model_card.first_party_license

import data.aigis.lib

deny contains lib.finding(card, "/licenses", msg) if {
	some card in input.artifacts.model_cards
	lib.first_party(card)
	not lib.has_license(card)
	msg := lib.format("Model card for %s declares no recognisable licence (first-party model).", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/licenses", "declares the first-party model's licence") if {
	some card in input.artifacts.model_cards
	lib.first_party(card)
	lib.has_license(card)
}
