# METADATA
# title: Human oversight measures documented
# description: |
#   People must be able to oversee an AI system: review, override or stop it. The register entry (or
#   its impact assessment) must say how. A fully autonomous user-facing system without it is
#   AIGIS-GV-018.
# related_resources:
#   - https://artificialintelligenceact.eu/article/14/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-013
#   severity: medium
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
#     Describe the oversight in the register entry's `human_oversight` (who reviews, overrides or stops
#     the system, and when), or in a filled human-oversight section of its impact assessment.
#   example: |
#     human_oversight: Agents approve every drafted reply before it is sent
package aigis.rules.governance.human_oversight

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/human_oversight", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.active(sys)
	not index.oversight_documented(sys)
	not lib.autonomous_user_facing(sys)
	msg := lib.format("AI system '%s' documents no human oversight.", [sys.id])
}

evidence contains lib.evidence(reg, lib.format("%s/human_oversight", [sys.pointer]), "documents human oversight") if {
	some [reg, sys] in lib.register_systems
	lib.active(sys)
	index.oversight_documented(sys)
}
