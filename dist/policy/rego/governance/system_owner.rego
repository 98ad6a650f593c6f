# METADATA
# title: Every AI system has an accountable owner
# description: |
#   Each AI system needs a named owning team or role and a way to reach it; otherwise nobody answers
#   for its risks, incidents or retirement.
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-004
#   severity: high
#   effort: small
#   applies_to: [governance]
#   controls:
#     - iso42001:A.3.2
#     - nist-ai-rmf:GOVERN 2.1
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 2.1
#   remediation: |
#     Give each register entry an `owner` with a `team` (or `role`) and a `contact` (e-mail, https URL
#     or handle).
#   example: |
#     owner: {team: support-ml, contact: support-ml@acme.example}
package aigis.rules.governance.system_owner

import data.aigis.lib

deny contains lib.finding(reg, lib.format("%s/owner", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	not lib.filled_value(sys.owner)
	msg := lib.format("AI system %s has no owning team or role.", [label(sys)])
}

deny contains lib.finding(reg, lib.format("%s/owner", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	not lib.reachable_contact(sys.owner_contact)
	msg := lib.format("AI system %s has no owner contact (e-mail, https URL or handle).", [label(sys)])
}

label(sys) := lib.format("'%s'", [sys.id]) if lib.filled_value(sys.id)

else := sys.pointer

evidence contains lib.evidence(reg, lib.format("%s/owner", [sys.pointer]), note) if {
	note := "names an owner and a reachable owner contact"
	some [reg, sys] in lib.register_systems
	lib.filled_value(sys.owner)
	lib.reachable_contact(sys.owner_contact)
}
