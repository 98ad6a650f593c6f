# METADATA
# title: Conformity records for EU high-risk systems
# description: |
#   A high-risk AI system placed on the EU market needs its technical documentation to list the
#   standards applied and an EU declaration of conformity.
# related_resources:
#   - https://artificialintelligenceact.eu/annex/4/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-015
#   severity: high
#   effort: large
#   applies_to: [governance]
#   controls:
#     - eu-ai-act:Annex IV(7)
#     - eu-ai-act:Annex IV(8)
#     - eu-ai-act:Art. 11
#     - eu-ai-act:Art. 47
#     - nist-ai-rmf:GOVERN 1.1
#   remediation: |
#     List the applied standards in the register entry's `standards` and add the EU declaration of
#     conformity (a document of kind `eu-declaration-of-conformity` covering the system).
#   example: |
#     standards: [ISO/IEC 42001:2023, EN ISO/IEC 23894]
package aigis.rules.governance.conformity_records

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/standards", [sys.pointer]), msg) if {
	some sys, reg in eu_high_risk
	count(sys.standards) == 0
	msg := lib.format("EU high-risk AI system '%s'%s lists no applied standards.", [sys.id, lib.production_note(sys)])
}

deny contains lib.finding(reg, sys.pointer, msg) if {
	some sys, reg in eu_high_risk
	not declared(sys)
	msg := lib.format(
		"EU high-risk AI system '%s'%s has no EU declaration of conformity in the repository.",
		[sys.id, lib.production_note(sys)],
	)
}

eu_high_risk[sys] := reg if {
	some [reg, sys] in lib.register_systems
	lower(sys.risk_tier) == "high"
	sys.eu_market == true
	lib.production(sys)
}

declared(sys) if index.covers_id("eu-declaration-of-conformity", sys)

evidence contains lib.evidence(reg, sys.pointer, "lists applied standards and has an EU declaration of conformity") if {
	some sys, reg in eu_high_risk
	count(sys.standards) > 0
	declared(sys)
}
