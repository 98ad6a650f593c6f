# METADATA
# title: Dataset distribution carries a strong hash
# description: |
#   A dataset pinned by a SHA-256 (or stronger) digest cannot be swapped or poisoned unnoticed
#   between the record and the training run.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_hashes
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-008
#   severity: medium
#   effort: small
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.7.5
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM03:2025
#     - owasp-llm:LLM04:2025
#     - eu-ai-act:Annex IV(2)(h)
#   remediation: |
#     Add a SHA-256 or stronger digest of the distributed files: CycloneDX data component `hashes`;
#     Croissant `distribution[].sha256`; SPDX `verifiedUsing`.
#   example: |
#     "hashes": [{"alg": "SHA-256", "content": "2a9e4b8c3901b0a83fc7725c385dd827022c836e66f0b6d80a063c294f21b205"}]
package aigis.rules.dataset.distribution_hash

import data.aigis.lib

deny contains lib.finding(ds, "/hashes", msg) if {
	some ds in input.artifacts.datasets
	lib.applies(ds, "hashes")
	not lib.has_strong_hash(ds)
	msg := lib.format("Dataset record for %s pins its data with no SHA-256 or stronger hash.", [lib.display_name(ds)])
}

evidence contains lib.evidence(ds, "/hashes", "pins its data with a strong hash") if {
	some ds in input.artifacts.datasets
	lib.has_strong_hash(ds)
}
