# METADATA
# title: Evaluation results reported
# description: |
#   A model card must report how the model was evaluated and with what result, so that claims about
#   its quality can be checked.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
#   - https://huggingface.co/docs/hub/model-cards#evaluation-results
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-010
#   severity: high
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.6.2.4
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:MEASURE 2.1
#     - nist-ai-rmf:MEASURE 2.5
#     - eu-ai-act:Annex IV(2)(g)
#     - eu-ai-act:Annex IV(4)
#     - eu-ai-act:Art. 15
#   crosswalk_backed:
#     - nist-ai-rmf:MEASURE 2.1
#     - nist-ai-rmf:MEASURE 2.5
#   remediation: |
#     Report evaluation results: Hugging Face `model-index` results or a filled `## Evaluation`
#     section; CycloneDX `modelCard.quantitativeAnalysis.performanceMetrics`.
#   example: |
#     model-index:
#       - name: support-llm
#         results:
#           - task: {type: text-generation}
#             dataset: {type: acme/support-eval, name: Support eval 2026}
#             metrics: [{type: accuracy, value: 0.91}]
package aigis.rules.model_card.evaluation

import data.aigis.lib

deny contains lib.finding(card, "/evaluation", msg) if {
	some card in input.artifacts.model_cards
	count(card.metrics) == 0
	not lib.filled(card.evaluation)
	msg := lib.format("Model card for %s reports no evaluation results.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/metrics", "reports evaluation metrics") if {
	some card in input.artifacts.model_cards
	count(card.metrics) > 0
}

evidence contains lib.evidence(card, "/evaluation", "reports evaluation results") if {
	some card in input.artifacts.model_cards
	lib.filled(card.evaluation)
}
