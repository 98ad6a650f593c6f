# METADATA
# title: No AI system classified as prohibited is in service
# description: |
#   A system the organization itself classified as prohibited (an EU AI Act Article 5 practice) may
#   not be designed, developed or run. Every register entry with that tier must be retired; one whose
#   lifecycle is missing counts as in service.
# related_resources:
#   - https://artificialintelligenceact.eu/article/5/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-019
#   severity: critical
#   effort: large
#   applies_to: [governance]
#   controls:
#     - iso42001:A.5.2
#     - nist-ai-rmf:GOVERN 1.3
#     - eu-ai-act:Art. 5
#   remediation: |
#     Stop the system and set its `lifecycle` to `retired`, or, if the classification was wrong,
#     reassess it and record the tier its impact assessment supports.
#   example: |
#     risk_tier: prohibited
#     lifecycle: retired
package aigis.rules.governance.prohibited_system

import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/risk_tier", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lower(sys.risk_tier) == "prohibited"
	lib.active(sys)
	msg := lib.format("AI system '%s' is classified as prohibited but is %s.", [sys.id, stage(sys)])
}

stage(sys) := lib.format("in %s", [sys.lifecycle]) if lib.lifecycle(sys) != ""

else := "not marked retired (no lifecycle stated)"

evidence contains lib.evidence(reg, lib.format("%s/risk_tier", [sys.pointer]), note) if {
	note := "classified outside the prohibited tier"
	some [reg, sys] in lib.register_systems
	lib.filled_value(sys.risk_tier)
	lower(sys.risk_tier) != "prohibited"
}
