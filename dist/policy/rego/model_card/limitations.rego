# METADATA
# title: Limitations, risks and bias documented
# description: |
#   A model card must name the model's known limitations, biases and risks, so that users can
#   judge whether its outputs can be relied on for their case.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://cyclonedx.org/docs/1.6/json/#components_items_modelCard
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-003
#   severity: high
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.5.4
#     - iso42001:A.6.2.7
#     - iso42001:A.8.2
#     - iso42001:A.10.4
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MEASURE 2.5
#     - nist-ai-rmf:MANAGE 1.4
#     - owasp-llm:LLM09:2025
#     - eu-ai-act:Annex IV(3)
#     - eu-ai-act:Art. 13
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MEASURE 2.5
#     - nist-ai-rmf:MANAGE 1.4
#   remediation: |
#     Document limitations, bias and risks. Hugging Face card: fill `## Bias, Risks, and Limitations`.
#     CycloneDX: add `modelCard.considerations.technicalLimitations` or `ethicalConsiderations`.
#   example: |
#     ## Bias, Risks, and Limitations
#     Answers degrade on tickets outside the product catalogue; tone was evaluated for English only.
package aigis.rules.model_card.limitations

import data.aigis.lib

deny contains lib.finding(card, "/limitations", msg) if {
	some card in input.artifacts.model_cards
	not lib.filled(card.limitations)
	msg := lib.format("Model card for %s does not document limitations, bias or risks.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/limitations", "documents limitations, bias and risks") if {
	some card in input.artifacts.model_cards
	lib.filled(card.limitations)
}
