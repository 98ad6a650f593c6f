# METADATA
# title: Every AI system has a risk classification
# description: |
#   Each AI system needs a risk tier from the organization's scale (by default the EU AI Act tiers),
#   since the tier decides which other controls apply. A system classified as prohibited that is not
#   retired is AIGIS-GV-019.
# related_resources:
#   - https://artificialintelligenceact.eu/article/6/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-005
#   severity: medium
#   effort: small
#   applies_to: [governance]
#   controls:
#     - iso42001:A.5.2
#     - nist-ai-rmf:GOVERN 1.3
#     - eu-ai-act:Art. 5
#     - eu-ai-act:Art. 6
#   remediation: |
#     Set `risk_tier` on each register entry to a value of the configured scale (default: prohibited,
#     high, limited, minimal; `params.risk_tiers` in `.aigis.yml` changes it).
#   example: |
#     risk_tier: limited
package aigis.rules.governance.risk_tier

import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/risk_tier", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	not known_tier(sys.risk_tier)
	msg := lib.format(
		"AI system '%s' has no risk tier from the scale %s.",
		[sys.id, concat(", ", lib.param("risk_tiers"))],
	)
}

known_tier(tier) if {
	some t in lib.param("risk_tiers")
	lower(tier) == lower(t)
}

evidence contains lib.evidence(reg, lib.format("%s/risk_tier", [sys.pointer]), "classified in a known risk tier") if {
	some [reg, sys] in lib.register_systems
	known_tier(sys.risk_tier)
}
