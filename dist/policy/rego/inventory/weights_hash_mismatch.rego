# METADATA
# title: Weights files match the hash the AI SBOM records
# description: |
#   A weights file (or its Git LFS pointer, whose `oid sha256` is the hash of the blob) whose
#   SHA-256 is not the one the AI SBOM records for the component of the same name: the weights
#   shipped are not the weights documented. High: the evidence is contradicted.
# related_resources:
#   - https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-INV-004
#   severity: high
#   effort: small
#   applies_to: [inventory, sbom]
#   controls:
#     - iso42001:A.6.2.3
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#     - owasp-llm:LLM04:2026
#   remediation: |
#     Record the weights' current SHA-256 in the SBOM component (after checking the change was
#     intended), or restore the documented weights.
#   example: |
#     "hashes": [{"alg": "SHA-256", "content": "03bcdee34074c529c511da78a2eb8786c8ed48513fde007efde7eab10b758a8f"}]
package aigis.rules.inventory.weights_hash_mismatch

import data.aigis.index
import data.aigis.inventory
import data.aigis.lib

deny contains lib.finding(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	u.type == "weights"
	some h in u.hashes
	h.alg == "SHA-256"
	recorded := index.sbom_component_sha256(lib.short_name(u.name))
	count(recorded) > 0
	not lower(h.value) in recorded
	msg := lib.format(
		"Weights file '%s' has SHA-256 %s, which is not the hash the AI SBOM records for it.",
		[u.name, h.value],
	)
}

evidence contains lib.evidence(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	u.type == "weights"
	some h in u.hashes
	h.alg == "SHA-256"
	lower(h.value) in index.sbom_component_sha256(lib.short_name(u.name))
	msg := lib.format("Weights file '%s' matches the SHA-256 the AI SBOM records for it.", [u.name])
}
