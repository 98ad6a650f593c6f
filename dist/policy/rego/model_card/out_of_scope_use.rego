# METADATA
# title: Out-of-scope use and foreseeable misuse stated
# description: |
#   A model card must say where the model must not be used and which misuse is foreseeable, so that
#   deployers do not stretch it into settings nobody evaluated.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://cyclonedx.org/docs/1.6/json/#components_items_modelCard
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-002
#   severity: high
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.8.2
#     - iso42001:A.9.4
#     - iso42001:A.10.4
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MAP 3.3
#     - eu-ai-act:Annex IV(3)
#     - eu-ai-act:Art. 13
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.2
#   remediation: |
#     Describe uses the model is not suited or not allowed for. Hugging Face card: fill
#     `### Out-of-Scope Use`. CycloneDX has no native field: add the model-card property
#     `aigis:out-of-scope-use`.
#   example: |
#     ### Out-of-Scope Use
#     Not for legal, medical or financial advice, and not for replies sent without human review.
package aigis.rules.model_card.out_of_scope_use

import data.aigis.lib

deny contains lib.finding(card, "/out_of_scope_use", msg) if {
	some card in input.artifacts.model_cards
	lib.applies(card, "out_of_scope_use")
	not lib.filled(card.out_of_scope_use)
	msg := lib.format(
		"Model card for %s does not state out-of-scope uses or foreseeable misuse.",
		[lib.display_name(card)],
	)
}

evidence contains lib.evidence(card, "/out_of_scope_use", "states out-of-scope uses") if {
	some card in input.artifacts.model_cards
	lib.filled(card.out_of_scope_use)
}
