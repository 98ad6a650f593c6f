# METADATA
# title: Model documentation names a contact
# description: |
#   Users and affected people need somewhere to report problems with a model; the card must name a
#   contact that can be reached: an e-mail address, an https URL or a handle.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-014
#   severity: medium
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.8.3
#     - iso42001:A.10.4
#     - nist-ai-rmf:GOVERN 5.1
#     - nist-ai-rmf:MEASURE 3.3
#     - eu-ai-act:Art. 13
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 5.1
#     - nist-ai-rmf:MEASURE 3.3
#   remediation: |
#     Name a contact. Hugging Face card: fill `## Model Card Contact`. CycloneDX: a `supplier.contact`
#     e-mail or an external reference of type `support`, `issue-tracker` or `security-contact`.
#   example: |
#     ## Model Card Contact
#     ml-platform@example.com
package aigis.rules.model_card.contact

import data.aigis.lib

deny contains lib.finding(card, "/contact", msg) if {
	some card in input.artifacts.model_cards
	not lib.reachable_contact(card.contact)
	msg := lib.format("Model card for %s names no contact for questions or problem reports.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/contact", "names a reachable contact") if {
	some card in input.artifacts.model_cards
	lib.reachable_contact(card.contact)
}
