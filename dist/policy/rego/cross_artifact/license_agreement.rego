# METADATA
# title: Licence agrees across model card and SBOM
# description: |
#   When the model card and the SBOM declare different licences for the same model, at least one of
#   them is wrong, and the licence obligations cannot be known.
# related_resources:
#   - https://spdx.org/licenses/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-XA-002
#   severity: high
#   effort: small
#   applies_to: [model_card, sbom]
#   controls:
#     - iso42001:A.6.2.7
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#   remediation: |
#     Make the licences agree: correct whichever of the model card's `license` and the SBOM
#     component's `licenses` is wrong.
package aigis.rules.cross_artifact.license_agreement

import data.aigis.index
import data.aigis.lib

# Each SBOM model component of this input against the repository's cards of its name: per
# distinct set of licences those cards declare, not per card, so copies of one card cost one comparison.
deny contains lib.finding({"id": comp.sbom}, lib.format("%s/licenses", [comp.pointer]), msg) if {
	some name, comps in index.local_sbom_models
	some comp in comps
	comp_ids := lib.spdx_ids(comp)
	count(comp_ids) > 0
	some card_ids in index.model_card_license_sets_named(name)
	count({id | some id in card_ids} & comp_ids) == 0
	some card_id in index.model_cards_with_license_set(name, card_ids)
	msg := lib.format(
		"SBOM component %s declares licence %s, but the model card %s declares %s.",
		[lib.display_name(comp), concat(" / ", sort(comp_ids)), card_id, concat(" / ", card_ids)],
	)
}

evidence contains lib.evidence({"id": comp.sbom}, lib.format("%s/licenses", [comp.pointer]), note) if {
	note := "the SBOM and the model card declare the same licence"
	some name, comps in index.local_sbom_models
	some comp in comps
	some id in index.model_card_licenses_named(name)
	id in lib.spdx_ids(comp)
}
