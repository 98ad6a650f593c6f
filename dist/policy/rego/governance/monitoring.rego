# METADATA
# title: Monitoring and fallback defined for production systems
# description: |
#   An AI system in production needs a monitoring plan that names what is measured (metrics and
#   thresholds) and who watches it, and a fallback for when the system must be switched off.
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-011
#   severity: medium
#   effort: medium
#   applies_to: [governance]
#   controls:
#     - iso42001:A.6.2.6
#     - nist-ai-rmf:GOVERN 1.7
#     - nist-ai-rmf:MEASURE 2.4
#     - nist-ai-rmf:MEASURE 3.1
#     - nist-ai-rmf:MANAGE 2.4
#     - nist-ai-rmf:MANAGE 4.1
#     - eu-ai-act:Annex IV(3)
#     - eu-ai-act:Annex IV(9)
#     - eu-ai-act:Art. 72
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.7
#     - nist-ai-rmf:MEASURE 2.4
#     - nist-ai-rmf:MANAGE 4.1
#   remediation: |
#     Point the register entry's `monitoring` at a document of kind `monitoring-plan` and fill its
#     `fallback` (what happens when the system is switched off).
#   example: |
#     monitoring: docs/ai/monitoring/support-assistant.md
#     fallback: Route tickets to the manual queue
package aigis.rules.governance.monitoring

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/monitoring", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.production(sys)
	not monitored(sys)
	msg := lib.format("%s has no monitoring plan in the repository.", [lib.production_label(sys)])
}

deny contains lib.finding(reg, lib.format("%s/fallback", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.production(sys)
	not lib.filled(sys.fallback)
	msg := lib.format("%s has no fallback for when it must be switched off.", [lib.production_label(sys)])
}

deny contains lib.finding(doc, lib.section_pointer(doc, metrics_sections), msg) if {
	some doc in lib.governance_docs("monitoring-plan")
	not lib.section_filled(doc, metrics_sections)
	msg := lib.format("Monitoring plan %s names no metrics or thresholds.", [doc.path])
}

deny contains lib.finding(doc, "/owner", msg) if {
	some doc in lib.governance_docs("monitoring-plan")
	not lib.filled_value(doc.owner)
	msg := lib.format("Monitoring plan %s names no owner.", [doc.path])
}

monitored(sys) if index.covers("monitoring-plan", sys, "monitoring")

evidence contains lib.evidence(reg, lib.format("%s/monitoring", [sys.pointer]), note) if {
	note := "has a monitoring plan and a fallback"
	some [reg, sys] in lib.register_systems
	lib.production(sys)
	monitored(sys)
	lib.filled(sys.fallback)
}

evidence contains lib.evidence(doc, "/sections", "the monitoring plan names metrics and an owner") if {
	some doc in lib.governance_docs("monitoring-plan")
	lib.section_filled(doc, `(?i)metric|measure|indicator|signal|threshold`)
	lib.filled_value(doc.owner)
}

metrics_sections := `(?i)metric|measure|indicator|signal|threshold`
