# METADATA
# title: Training procedure and architecture documented
# description: |
#   A model card must say what kind of model it is and how it was trained (procedure, main
#   hyperparameters), so that its behaviour can be explained and the training reproduced or audited.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-008
#   severity: medium
#   effort: medium
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.6.2.3
#     - nist-ai-rmf:MAP 2.1
#     - eu-ai-act:Annex IV(2)(a)
#     - eu-ai-act:Annex IV(2)(b)
#     - eu-ai-act:Art. 11
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.1
#   remediation: |
#     Describe the architecture and the training: Hugging Face `### Training Procedure` (or
#     `#### Training Hyperparameters`) and the 'Model type' line or `### Model Architecture and Objective`;
#     CycloneDX `modelParameters.architectureFamily` / `modelArchitecture` and `approach.type`.
#   example: |
#     ### Training Procedure
#     LoRA (r=16, alpha=32) on the base model for 3 epochs, learning rate 2e-4, batch size 64.
package aigis.rules.model_card.training_procedure

import data.aigis.lib

deny contains lib.finding(card, "/architecture", msg) if {
	some card in input.artifacts.model_cards
	lib.applies(card, "architecture")
	not lib.filled_value(card.architecture)
	msg := lib.format(
		"Model card for %s does not say what kind of model it is (architecture or model type).",
		[lib.display_name(card)],
	)
}

deny contains lib.finding(card, "/training_procedure", msg) if {
	some card in input.artifacts.model_cards
	lib.first_party(card)
	lib.applies(card, "training_procedure")
	not lib.filled(card.training_procedure)
	msg := lib.format("Model card for %s does not describe how the model was trained.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/training_procedure", "describes the model and how it was trained") if {
	some card in input.artifacts.model_cards
	lib.filled_value(card.architecture)
	lib.filled(card.training_procedure)
}
