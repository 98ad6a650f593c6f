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

# Each SBOM model component of this input against the repository's cards of its name: per
# distinct lineage those cards declare, not per card, so copies of one card cost one comparison.
deny contains lib.finding({"id": comp.sbom}, lib.format("%s/ancestors", [comp.pointer]), msg) if {
	some name, comps in index.local_sbom_models
	some comp in comps
	sbom_bases := {lib.base_model_name(b) | some b in comp.ancestors}
	count(sbom_bases) > 0
	some card_bases in index.model_card_lineages_named(name)
	count({b | some b in card_bases} & sbom_bases) == 0
	some card_id in index.model_cards_with_lineage(name, card_bases)
	msg := lib.format(
		"SBOM component %s descends from %s, but the model card %s names %s as its base model.",
		[lib.display_name(comp), concat(", ", sort(sbom_bases)), card_id, concat(", ", card_bases)],
	)
}

evidence contains lib.evidence({"id": comp.sbom}, lib.format("%s/ancestors", [comp.pointer]), note) if {
	note := "the SBOM and the model card name the same base model"
	some name, comps in index.local_sbom_models
	some comp in comps
	sbom_bases := {lib.base_model_name(b) | some b in comp.ancestors}
	some base in index.model_card_bases_named(name)
	base in sbom_bases
}
