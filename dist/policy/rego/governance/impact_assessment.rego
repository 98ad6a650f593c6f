# METADATA
# title: Impact assessment exists for every AI system
# description: |
#   Every AI system needs a documented assessment of its impacts on people and society before it is
#   deployed, and the register must point to it.
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-006
#   severity: high
#   effort: large
#   applies_to: [governance, model_card, dataset, sbom]
#   controls:
#     - iso42001:A.5.2
#     - iso42001:A.5.3
#     - nist-ai-rmf:MAP 1.1
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 1.1
#   remediation: |
#     Write an impact assessment (a document with `aigis: {kind: impact-assessment, systems: [id]}`)
#     and point the register entry's `impact_assessment` at its path.
#   example: |
#     # ai-systems.yaml
#     impact_assessment: docs/ai/impact/support-assistant.md
package aigis.rules.governance.impact_assessment

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/impact_assessment", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.active(sys)
	not assessed(sys)
	msg := lib.format("AI system '%s' has no impact assessment in the repository.", [sys.id])
}

# Without a register, at least one impact assessment must exist where AI is in use.
deny contains lib.finding(index.repository, "", msg) if {
	index.ai_in_use
	not index.has_governance("system-register")
	not index.has_governance("impact-assessment")
	msg := "The repository builds with AI but has no AI impact assessment (a document of kind impact-assessment)."
}

assessed(sys) if index.covers("impact-assessment", sys, "impact_assessment")

evidence contains lib.evidence(reg, lib.format("%s/impact_assessment", [sys.pointer]), note) if {
	note := "has an impact assessment in the repository"
	some [reg, sys] in lib.register_systems
	lib.active(sys)
	assessed(sys)
}
