# METADATA
# title: The organization's model components link to their documentation
# description: |
#   Every model the organization lists in its SBOM as its own (a supplier among the organization's
#   names) needs a model card too: inline, linked, or kept in the repository. Third-party models
#   without one are AIGIS-SC-012, at a higher severity, since their supplier's risk is out of the
#   organization's control.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_externalReferences_items_type
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-013
#   severity: medium
#   applies_to: [sbom, model_card]
#   controls:
#     - iso42001:A.4.2
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MAP 4.2
#     - eu-ai-act:Annex IV(1)
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MAP 4.2
#   remediation: |
#     Give the component an inline `modelCard`, an external reference of type `model-card`, or keep a
#     model card with the same model name in the repository.
#   example: |
#     "externalReferences": [{"type": "model-card", "url": "https://huggingface.co/acme/support-llm"}]
package aigis.rules.supply_chain.first_party_model_documented

import data.aigis.lib
import data.aigis.sbom

deny contains lib.finding(bom, comp.pointer, msg) if {
	some [bom, comp] in sbom.models
	lib.first_party(comp)
	not sbom.documented(comp)
	msg := lib.format(
		"Model component %s has no model card (inline, linked or in the repository).",
		[lib.display_name(comp)],
	)
}

evidence contains lib.evidence(bom, comp.pointer, "the first-party model has a model card") if {
	some [bom, comp] in sbom.models
	lib.first_party(comp)
	sbom.documented(comp)
}
