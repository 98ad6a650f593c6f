# METADATA
# title: AI system register present and complete
# description: |
#   An inventory of AI systems is the basis of every other control: what exists, what it is for and
#   where it is in its life cycle. aigis reads `ai-systems.yaml` (or a document of kind system-register).
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-003
#   severity: high
#   effort: medium
#   applies_to: [governance, model_card, dataset, sbom]
#   controls:
#     - iso42001:A.9.4
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 1.1
#     - eu-ai-act:Annex IV(1)
#   remediation: |
#     Add `ai-systems.yaml` listing each AI system with a unique `id`, `name`, `purpose` and `lifecycle`
#     (design, development, production or retired).
#   example: |
#     aigis: {kind: system-register}
#     systems:
#       - id: support-assistant
#         name: Customer support assistant
#         purpose: Drafts replies to support tickets for human agents
#         lifecycle: production
package aigis.rules.governance.system_register

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(index.repository, "", msg) if {
	index.ai_in_use
	not index.has_governance("system-register")
	msg := "The repository builds with AI but has no AI system register (ai-systems.yaml)."
}

deny contains lib.finding(reg, sys.pointer, msg) if {
	some [reg, sys] in lib.register_systems
	some field in ["id", "name", "purpose", "lifecycle"]
	not lib.filled_value(sys[field])
	msg := lib.format("AI system %s in the register has no %s.", [system_label(sys), field])
}

deny contains lib.finding(reg, lib.format("%s/lifecycle", [sys.pointer]), msg) if {
	some [reg, sys] in lib.register_systems
	lib.filled_value(sys.lifecycle)
	not lib.lifecycle(sys) in lib.lifecycles
	msg := lib.format(
		"AI system %s has lifecycle '%s'; use design, development, production or retired.",
		[system_label(sys), sys.lifecycle],
	)
}

deny contains lib.finding(reg, sys.pointer, msg) if {
	some reg in lib.governance_docs("system-register")
	some i, sys in reg.systems
	some j, other in reg.systems
	i > j
	lib.filled_value(sys.id)
	sys.id == other.id
	msg := lib.format("AI system id '%s' appears more than once in the register.", [sys.id])
}

deny contains lib.finding(reg, "/systems", msg) if {
	some reg in lib.governance_docs("system-register")
	count(reg.systems) == 0
	msg := lib.format("AI system register %s lists no systems.", [reg.path])
}

system_label(sys) := lib.format("'%s'", [sys.id]) if lib.filled_value(sys.id)

else := sys.pointer

evidence contains lib.evidence(reg, sys.pointer, "registered with id, name, purpose and a known lifecycle") if {
	some [reg, sys] in lib.register_systems
	every field in ["id", "name", "purpose", "lifecycle"] {
		lib.filled_value(sys[field])
	}
	lib.lifecycle(sys) in lib.lifecycles
}
