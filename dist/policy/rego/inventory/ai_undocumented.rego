# METADATA
# title: AI in use is documented somewhere
# description: |
#   The repository's code, manifests, containers or weights show AI in use, but it holds no AI
#   governance evidence at all: no model card, dataset record, AI SBOM, agent configuration or
#   governance document. AI that nobody wrote down is the riskiest case: nobody can say what it
#   is, what it is for or what data it gets. High, not critical: the use itself is evidence that
#   AI is there; what is missing is every account of it.
# related_resources:
#   - https://cyclonedx.org/capabilities/mlbom/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-INV-001
#   severity: high
#   evidence: none
#   evidence_reason: Reports only the total absence of governance evidence; other rules judge it.
#   effort: medium
#   applies_to: [inventory]
#   controls:
#     - iso42001:A.4.2
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     Run `aigis sbom` to write an AI SBOM from the observed inventory, then add a model card for
#     each model and an AI policy (`aigis init` scaffolds them).
#   example: |
#     aigis sbom . && aigis init .
package aigis.rules.inventory.ai_undocumented

import data.aigis.index
import data.aigis.lib

deny contains lib.finding({"id": first_id}, "/uses/0", msg) if {
	index.has_inventory
	not index.ai_in_use
	not index.has_any_governance
	first_id := index.first_inventory_id
	msg := lib.format(
		"AI is in use (first seen in %s) but the repository documents none of it: %s.",
		[first_id, "no model card, AI SBOM, register or AI policy"],
	)
}
