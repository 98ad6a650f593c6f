# METADATA
# title: Task the model performs specified
# description: |
#   A model record must state the task the model performs (for example text generation or
#   classification): requirements, tests and intended use are all defined against it.
# related_resources:
#   - https://huggingface.co/docs/hub/models-widgets#enabling-a-widget
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-009
#   severity: medium
#   effort: small
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.6.2.2
#     - nist-ai-rmf:MAP 2.1
#   remediation: |
#     State the task: Hugging Face `pipeline_tag` in the front matter; CycloneDX
#     `modelCard.modelParameters.task`; SPDX `ai_domain` or `ai_typeOfModel`.
#   example: |
#     pipeline_tag: text-generation
package aigis.rules.model_card.task

import data.aigis.lib

deny contains lib.finding(card, "/task", msg) if {
	some card in input.artifacts.model_cards
	lib.applies(card, "task")
	not lib.filled_value(card.task)
	msg := lib.format("Model record for %s does not state the task the model performs.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/task", "states the task the model performs") if {
	some card in input.artifacts.model_cards
	lib.filled_value(card.task)
}
