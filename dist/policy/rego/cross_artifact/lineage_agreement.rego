# METADATA
# title: Base-model lineage agrees across artifacts
# description: |
#   The model card and the SBOM must name the same base model; if they differ, the inherited
#   licence terms and risks cannot be known.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_pedigree_ancestors
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-XA-003
#   severity: high
#   effort: small
#   applies_to: [model_card, sbom]
#   controls:
#     - iso42001:A.6.2.3
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#     - eu-ai-act:Annex IV(2)(a)
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 4.2
#   remediation: |
#     Make the card's `base_model` and the SBOM component's `pedigree.ancestors` name the same base
#     model.
package aigis.rules.cross_artifact.lineage_agreement

import data.aigis.index
import data.aigis.lib

deny contains lib.finding({"id": comp.sbom}, sprintf("%s/ancestors", [comp.pointer]), msg) if {
	some card in input.artifacts.model_cards
	card.format != "cyclonedx"
	some comp in index.sbom_models_named(lib.short_name(card.name))
	card_bases := {base_name(b) | some b in card.base_models}
	count(card_bases) > 0
	sbom_bases := {base_name(b) | some b in comp.ancestors}
	count(sbom_bases) > 0
	count(card_bases & sbom_bases) == 0
	msg := sprintf(
		"SBOM component %s descends from %s, but the model card %s names %s as its base model.",
		[lib.display_name(comp), concat(", ", sort(sbom_bases)), card.id, concat(", ", sort(card_bases))],
	)
}

# "org/name@revision" and "name" compare by name.
base_name(x) := lib.short_name(split(x, "@")[0])

# SBOM model components by short name, built once.

evidence contains lib.evidence({"id": comp.sbom}, sprintf("%s/ancestors", [comp.pointer]), note) if {
	note := "the SBOM and the model card name the same base model"
	some card in input.artifacts.model_cards
	card.format != "cyclonedx"
	some comp in index.sbom_models_named(lib.short_name(card.name))
	card_bases := {base_name(b) | some b in card.base_models}
	sbom_bases := {base_name(b) | some b in comp.ancestors}
	count(card_bases & sbom_bases) > 0
}
