# METADATA
# title: Models and datasets name their supplier
# description: |
#   Every model and dataset comes from someone: the record must name the supplier, so licences,
#   assessments and incidents can be traced to an accountable party.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-003
#   severity: high
#   effort: small
#   applies_to: [sbom, model_card]
#   controls:
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#     - eu-ai-act:Annex IV(2)(a)
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.2
#   remediation: |
#     Name the supplier: CycloneDX `supplier.name` (or `manufacturer`, `authors`, `publisher`); SPDX
#     `suppliedBy`; Model Card Toolkit `model_details.owners`; a Hugging Face card's 'Developed by' line.
#   example: |
#     "supplier": {"name": "Mistral AI"}
package aigis.rules.supply_chain.supplier_named

import data.aigis.lib

deny contains lib.finding(sbom, lib.format("%s/supplier", [comp.pointer]), msg) if {
	some sbom in input.artifacts.sboms
	some comp in sbom.components
	not lib.filled_value(comp.supplier)
	msg := lib.format("SBOM component %s (%s) names no supplier.", [lib.display_name(comp), comp.type])
}

deny contains lib.finding(card, "/supplier", msg) if {
	some card in input.artifacts.model_cards
	card.format != "cyclonedx"
	not lib.filled_value(card.supplier)
	msg := lib.format("Model card for %s does not say who developed the model.", [lib.display_name(card)])
}

evidence contains lib.evidence(sbom, lib.format("%s/supplier", [comp.pointer]), "names the component's supplier") if {
	some sbom in input.artifacts.sboms
	some comp in sbom.components
	lib.filled_value(comp.supplier)
}

evidence contains lib.evidence(card, "/supplier", "names who developed the model") if {
	some card in input.artifacts.model_cards
	card.format != "cyclonedx"
	lib.filled_value(card.supplier)
}
