# METADATA
# title: Impact assessment covers individuals, groups and society
# description: |
#   An impact assessment must address who is affected (individuals and groups), the wider societal
#   and environmental effects, the mitigations, and the residual risk and who accepted it.
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-007
#   severity: medium
#   effort: large
#   applies_to: [governance]
#   controls:
#     - iso42001:A.5.4
#     - iso42001:A.5.5
#     - nist-ai-rmf:GOVERN 4.2
#     - nist-ai-rmf:MEASURE 2.11
#     - nist-ai-rmf:MANAGE 1.3
#     - nist-ai-rmf:MANAGE 1.4
#     - eu-ai-act:Art. 27
#     - eu-ai-act:Annex IV(5)
#     - eu-ai-act:Art. 9
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 4.2
#     - nist-ai-rmf:MEASURE 2.11
#     - nist-ai-rmf:MANAGE 1.4
#   remediation: |
#     Fill the assessment's sections on affected individuals and groups, societal and environmental
#     impacts, mitigations, and residual risk with its acceptance (heading patterns are configurable in
#     `params.impact_sections`).
#   example: |
#     ## Affected individuals and groups
#     ## Societal and environmental impacts
#     ## Mitigations
#     ## Residual risk and acceptance
package aigis.rules.governance.impact_coverage

import data.aigis.lib

deny contains lib.finding(doc, lib.section_pointer(doc, pattern), msg) if {
	some i, doc in docs
	some pattern in unfilled[i]
	msg := lib.format("Impact assessment %s has no filled section on %s.", [doc.path, lib.section_label(pattern)])
}

evidence contains lib.evidence(doc, "/sections", "the impact assessment covers every required section") if {
	some i, doc in docs
	count(unfilled[i]) == 0
}

docs := lib.governance_docs("impact-assessment")

# The required sections (patterns) each document leaves unfilled, by its position in docs: computed
# once for both its findings and its evidence.
unfilled[i] := {pattern |
	some pattern in lib.param("impact_sections")
	not lib.section_filled(doc, pattern)
} if {
	some i, doc in docs
}
