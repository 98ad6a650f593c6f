# METADATA
# title: Intended use documented
# description: |
#   A model card must say what the model is for: the tasks, users and settings it was built and
#   evaluated for. Every other risk is judged against that statement.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://cyclonedx.org/docs/1.6/json/#components_items_modelCard
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-001
#   severity: critical
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.6.2.7
#     - iso42001:A.8.2
#     - iso42001:A.9.4
#     - nist-ai-rmf:MAP 1.1
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MAP 3.3
#     - nist-ai-rmf:MANAGE 1.1
#     - eu-ai-act:Annex IV(1)
#     - eu-ai-act:Art. 13
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MANAGE 1.1
#   remediation: |
#     State the intended use. Hugging Face card: fill `## Uses` › `### Direct Use`. CycloneDX: add
#     `modelCard.considerations.useCases`.
#   example: |
#     ## Uses
#     ### Direct Use
#     Drafts replies to customer-support tickets in English for human agents to review.
package aigis.rules.model_card.intended_use

import data.aigis.lib

deny contains lib.finding(card, "/intended_use", msg) if {
	some card in input.artifacts.model_cards
	not lib.filled(card.intended_use)
	msg := lib.format("Model card for %s does not state the model's intended use.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/intended_use", "states the intended use") if {
	some card in input.artifacts.model_cards
	lib.filled(card.intended_use)
}
