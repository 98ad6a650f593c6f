# METADATA
# title: Base-model lineage declared for derived models
# description: |
#   A fine-tuned, adapted, merged or quantized model inherits the risks and licence terms of its
#   base model; the card must name it so the supply chain can be traced.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards#specifying-a-base-model
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-006
#   severity: high
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.6.2.3
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#     - eu-ai-act:Annex IV(2)(a)
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 4.2
#   remediation: |
#     Name the base model. Hugging Face card: `base_model:` in the front matter. CycloneDX:
#     `pedigree.ancestors` on the model component.
#   example: |
#     ---
#     base_model: meta-llama/Llama-3.1-8B-Instruct
#     base_model_relation: finetune
#     ---
package aigis.rules.model_card.base_model_lineage

import data.aigis.lib

deny contains lib.finding(card, "/base_models", msg) if {
	some card in input.artifacts.model_cards
	card.derived
	not has_base(card)
	msg := lib.format(
		"Model card for %s describes a derived model but does not name its base model.",
		[lib.display_name(card)],
	)
}

has_base(card) if {
	some base in card.base_models
	trim_space(base) != ""
}

evidence contains lib.evidence(card, "/base_models", "names the base model of a derived model") if {
	some card in input.artifacts.model_cards
	card.derived
	has_base(card)
}
