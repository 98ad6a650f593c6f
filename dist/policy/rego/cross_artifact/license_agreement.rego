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

deny contains lib.finding({"id": comp.sbom}, sprintf("%s/licenses", [comp.pointer]), msg) if {
	some card in input.artifacts.model_cards
	card.format != "cyclonedx"
	some comp in index.sbom_models_named(lib.short_name(card.name))
	card_ids := spdx_ids(card)
	count(card_ids) > 0
	comp_ids := spdx_ids(comp)
	count(comp_ids) > 0
	count(card_ids & comp_ids) == 0
	msg := sprintf(
		"SBOM component %s declares licence %s, but the model card %s declares %s.",
		[lib.display_name(comp), concat(" / ", sort(comp_ids)), card.id, concat(" / ", sort(card_ids))],
	)
}

spdx_ids(x) := {lower(lic.spdx) |
	some lic in x.licenses
	is_string(lic.spdx)
	not upper(lic.spdx) in {"", "NOASSERTION", "NONE", "OTHER"}
}

# SBOM model components by short name, built once.

evidence contains lib.evidence({"id": comp.sbom}, sprintf("%s/licenses", [comp.pointer]), note) if {
	note := "the SBOM and the model card declare the same licence"
	some card in input.artifacts.model_cards
	card.format != "cyclonedx"
	some comp in index.sbom_models_named(lib.short_name(card.name))
	count(spdx_ids(card) & spdx_ids(comp)) > 0
}
