# METADATA
# title: Autonomous user-facing AI system has documented human oversight
# description: |
#   A fully autonomous system that faces users acts on people with nobody reviewing its output first,
#   so the means to oversee, override or stop it must be documented before it runs: in the register
#   entry or in its impact assessment. Other systems without documented oversight are AIGIS-GV-013.
# related_resources:
#   - https://artificialintelligenceact.eu/article/14/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-018
#   severity: high
#   effort: medium
#   applies_to: [governance]
#   controls:
#     - iso42001:A.8.2
#     - iso42001:A.9.2
#     - nist-ai-rmf:GOVERN 3.2
#     - nist-ai-rmf:MAP 2.2
#     - nist-ai-rmf:MAP 3.5
#     - eu-ai-act:Annex IV(2)(e)
#     - eu-ai-act:Annex IV(3)
#     - eu-ai-act:Art. 14
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.2
#   remediation: |
#     Describe in the register entry's `human_oversight` who monitors the autonomous system, how they
#     override or stop it and how fast (or cover it in a filled human-oversight section of its impact
#     assessment); if people should approve its output first, set `autonomy` accordingly.
#   example: |
#     autonomy: full
#     human_oversight: On-call support lead reviews a sample of sent replies daily and can stop sending
package aigis.rules.governance.autonomous_oversight

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/human_oversight", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.active(sys)
	lib.autonomous_user_facing(sys)
	not index.oversight_documented(sys)
	msg := lib.format("AI system '%s' acts autonomously towards users and documents no human oversight.", [sys.id])
}

evidence contains lib.evidence(reg, lib.format("%s/human_oversight", [sys.pointer]), note) if {
	note := "documents oversight of an autonomous user-facing system"
	some [reg, sys] in lib.register_systems
	lib.active(sys)
	lib.autonomous_user_facing(sys)
	index.oversight_documented(sys)
}
