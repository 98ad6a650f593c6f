# METADATA
# title: Compute and energy footprint reported
# description: |
#   Models the organization trains itself should report the compute and energy used (or the CO2
#   emitted), so their environmental cost can be weighed and resources planned.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards-co2
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-013
#   severity: low
#   effort: small
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.4.5
#     - iso42001:A.5.5
#     - nist-ai-rmf:MEASURE 2.12
#     - eu-ai-act:Annex IV(2)(c)
#   crosswalk_backed:
#     - nist-ai-rmf:MEASURE 2.12
#   remediation: |
#     Report the footprint: Hugging Face `co2_eq_emissions` in the front matter or a filled
#     `## Environmental Impact` section; CycloneDX 1.6+ `modelCard.considerations.environmentalConsiderations`.
#   example: |
#     co2_eq_emissions:
#       emissions: 4100
#       source: CodeCarbon
#       hardware_used: 8x A100
package aigis.rules.model_card.energy

import data.aigis.lib

deny contains lib.finding(card, "/environmental_impact", msg) if {
	some card in input.artifacts.model_cards
	lib.first_party(card)
	lib.applies(card, "environmental_impact")
	not lib.filled_value(card.environmental_impact)
	msg := lib.format("Model card for %s does not report compute or energy use.", [lib.display_name(card)])
}

evidence contains lib.evidence(card, "/environmental_impact", "reports compute or energy use") if {
	some card in input.artifacts.model_cards
	lib.filled_value(card.environmental_impact)
}
