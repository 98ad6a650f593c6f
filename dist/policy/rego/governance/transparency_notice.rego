# METADATA
# title: Transparency notice for user-facing systems
# description: |
#   People who interact with an AI system should be told so. User-facing systems in the register must
#   point to a transparency notice.
# related_resources:
#   - https://artificialintelligenceact.eu/article/50/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-014
#   severity: low
#   effort: small
#   applies_to: [governance]
#   controls:
#     - iso42001:A.8.2
#     - iso42001:A.8.5
#     - nist-ai-rmf:GOVERN 4.2
#     - nist-ai-rmf:MEASURE 2.8
#     - eu-ai-act:Art. 50
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 4.2
#   remediation: |
#     Write a notice (a document of kind `transparency-notice`, or an https page) and set the register
#     entry's `transparency_notice` to its path or URL.
#   example: |
#     transparency_notice: docs/ai/notices/support-assistant.md
package aigis.rules.governance.transparency_notice

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/transparency_notice", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	sys.user_facing == true
	lib.active(sys)
	not noticed(sys)
	msg := lib.format("User-facing AI system '%s' has no transparency notice.", [sys.id])
}

noticed(sys) if startswith(sys.transparency_notice, "https://")

noticed(sys) if index.covers("transparency-notice", sys, "transparency_notice")

evidence contains lib.evidence(reg, lib.format("%s/transparency_notice", [sys.pointer]), note) if {
	note := "the user-facing system has a transparency notice"
	some [reg, sys] in lib.register_systems
	sys.user_facing == true
	lib.active(sys)
	noticed(sys)
}
