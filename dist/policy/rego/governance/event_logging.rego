# METADATA
# title: Event logging defined for production systems
# description: |
#   Production AI systems must keep event logs long enough to investigate incidents and trace
#   decisions; the register records the retention. The default minimum is six months counted at
#   their longest (184 days), the floor the EU AI Act sets for providers' and deployers' logs
#   (Art. 19(1), Art. 26(6)).
# related_resources:
#   - https://www.iso.org/standard/81230.html
#   - https://eur-lex.europa.eu/eli/reg/2024/1689/oj
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-012
#   severity: low
#   effort: small
#   applies_to: [governance]
#   controls:
#     - iso42001:A.6.2.8
#     - nist-ai-rmf:MEASURE 2.4
#     - eu-ai-act:Art. 12
#   remediation: |
#     Set `logging: {retention_days: N}` on each production system in the register, at least the
#     configured minimum (`params.min_log_retention_days`, default 184: six months).
#   example: |
#     logging: {retention_days: 365}
package aigis.rules.governance.event_logging

import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/logging_retention_days", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.production(sys)
	not retained(sys)
	msg := sprintf(
		"%s declares no event-log retention of at least %d days.",
		[lib.production_label(sys), lib.param("min_log_retention_days")],
	)
}

retained(sys) if sys.logging_retention_days >= lib.param("min_log_retention_days")

evidence contains lib.evidence(reg, lib.format("%s/logging_retention_days", [sys.pointer]), note) if {
	note := "declares event-log retention of at least the minimum"
	some [reg, sys] in lib.register_systems
	lib.production(sys)
	retained(sys)
}
