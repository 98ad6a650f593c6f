# METADATA
# title: Third-party model components carry a strong hash
# description: |
#   A model in the SBOM without a strong hash cannot be told apart from a tampered or swapped copy;
#   SHA-256 or stronger pins the exact weights. This rule judges third-party models (a supplier not
#   among the organization's names); the organization's own are AIGIS-SC-014.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_hashes
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-004
#   severity: high
#   applies_to: [sbom]
#   controls:
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#     - owasp-llm:LLM04:2025
#     - eu-ai-act:Annex IV(2)(h)
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 4.2
#   remediation: |
#     Add a SHA-256 (or stronger) digest of the weights to the component's `hashes`.
#   example: |
#     "hashes": [{"alg": "SHA-256", "content": "1eefa5f6aea5010525d87db835314c6129f92659137af47fb61b1de0057f3a56"}]
package aigis.rules.supply_chain.model_hash

import data.aigis.lib
import data.aigis.sbom

deny contains lib.finding(bom, lib.format("%s/hashes", [comp.pointer]), msg) if {
	some [bom, comp] in sbom.models
	lib.third_party(comp)
	not lib.has_strong_hash(comp)
	msg := lib.format("Model component %s carries no SHA-256 or stronger hash.", [lib.display_name(comp)])
}

evidence contains lib.evidence(bom, lib.format("%s/hashes", [comp.pointer]), note) if {
	note := "pins the third-party model with a strong hash"
	some [bom, comp] in sbom.models
	lib.third_party(comp)
	lib.has_strong_hash(comp)
}
