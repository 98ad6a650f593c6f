# METADATA
# title: Training data identified
# description: |
#   A model card must say which data the model was trained on, so that data provenance, licences and
#   bias can be traced to their source.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://cyclonedx.org/docs/1.6/json/#components_items_modelCard
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-007
#   severity: high
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.4.3
#     - iso42001:A.6.2.3
#     - iso42001:A.7.2
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 2.3
#     - owasp-llm:LLM04:2025
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 2.3
#   remediation: |
#     Identify the training data. Hugging Face card: `datasets:` in the front matter or a filled
#     `### Training Data` section. CycloneDX: `modelCard.modelParameters.datasets`.
#   example: |
#     ---
#     datasets:
#       - acme/support-tickets-2026
#     ---
package aigis.rules.model_card.training_data

import data.aigis.lib

deny contains lib.finding(card, "/training_data", msg) if {
	some card in input.artifacts.model_cards
	count(card.datasets) == 0
	not lib.filled(card.training_data)
	msg := lib.format("Model card for %s does not identify its training data.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/datasets", "names its training datasets") if {
	some card in input.artifacts.model_cards
	count(card.datasets) > 0
}

evidence contains lib.evidence(card, "/training_data", "describes its training data") if {
	some card in input.artifacts.model_cards
	lib.filled(card.training_data)
}
