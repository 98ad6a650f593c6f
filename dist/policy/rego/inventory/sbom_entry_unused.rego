# METADATA
# title: AI SBOM entries are still in use
# description: |
#   The repository shows its AI use (the observed inventory is not empty), yet an AI SBOM lists
#   a model that no code, manifest, container or weights file uses any more. A stale entry makes
#   the SBOM claim dependencies the system no longer has. Low: hygiene; nothing undocumented runs.
#   Repositories without any observed use (documentation-only) are not judged.
# related_resources:
#   - https://cyclonedx.org/capabilities/mlbom/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-INV-006
#   severity: low
#   evidence: none
#   evidence_reason: An SBOM entry in use is not evidence by itself; the documentation rules judge it.
#   effort: small
#   heuristic: true
#   applies_to: [sbom, inventory]
#   controls:
#     - iso42001:A.4.2
#     - nist-ai-rmf:MAP 4.1
#   remediation: |
#     Remove the component, or mark where it is used (a model served elsewhere can be waived with
#     a reason).
#   example: |
#     waivers:
#       - {rule: AIGIS-INV-006, path: bom.cdx.json, reason: "served elsewhere", owner: ml, expires: 2026-12-31}
package aigis.rules.inventory.sbom_entry_unused

import data.aigis.index
import data.aigis.lib
import data.aigis.sbom

deny contains lib.finding(bom, comp.pointer, msg) if {
	index.has_inventory
	some [bom, comp] in sbom.models
	is_string(comp.name)
	not index.used_name(lib.short_name(comp.name))
	msg := lib.format(
		"Model component %s is in the AI SBOM but nothing in the repository uses it.",
		[lib.display_name(comp)],
	)
}
