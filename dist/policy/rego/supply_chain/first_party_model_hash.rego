# METADATA
# title: The organization's model components carry a strong hash
# description: |
#   A model the organization lists in its SBOM as its own (a supplier among the organization's names)
#   still needs a strong hash: without SHA-256 or stronger, a tampered or swapped copy of the weights
#   cannot be told apart. Third-party models without one are AIGIS-SC-004, at a higher severity.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_hashes
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-014
#   severity: medium
#   applies_to: [sbom]
#   controls:
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#     - owasp-llm:LLM04:2025
#     - eu-ai-act:Annex IV(2)(h)
#   remediation: |
#     Add a SHA-256 (or stronger) digest of the weights to the component's `hashes`.
#   example: |
#     "hashes": [{"alg": "SHA-256", "content": "1eefa5f6aea5010525d87db835314c6129f92659137af47fb61b1de0057f3a56"}]
package aigis.rules.supply_chain.first_party_model_hash

import data.aigis.lib
import data.aigis.sbom

deny contains lib.finding(bom, lib.format("%s/hashes", [comp.pointer]), msg) if {
	some [bom, comp] in sbom.models
	lib.first_party(comp)
	not lib.has_strong_hash(comp)
	msg := lib.format("Model component %s carries no SHA-256 or stronger hash.", [lib.display_name(comp)])
}

evidence contains lib.evidence(bom, lib.format("%s/hashes", [comp.pointer]), note) if {
	note := "pins the first-party model with a strong hash"
	some [bom, comp] in sbom.models
	lib.first_party(comp)
	lib.has_strong_hash(comp)
}
