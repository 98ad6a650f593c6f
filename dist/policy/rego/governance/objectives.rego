# METADATA
# title: Responsible AI objectives stated with metrics
# description: |
#   The organization must say what responsible development and use of AI means for it in terms it
#   can track: objectives, each with a metric and a target, in the AI policy (or a responsible-AI
#   document).
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-010
#   severity: medium
#   effort: medium
#   applies_to: [governance]
#   controls:
#     - iso42001:A.6.1.2
#     - iso42001:A.9.3
#     - nist-ai-rmf:GOVERN 1.2
#     - nist-ai-rmf:MEASURE 1.1
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.2
#   remediation: |
#     List `objectives` in the AI policy's front matter (or a document of kind `responsible-ai`), each
#     with a `name`, a `metric` and a `target`.
#   example: |
#     objectives:
#       - {name: grounded answers, metric: citation rate, target: ">= 0.95"}
package aigis.rules.governance.objectives

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(doc, "/objectives", msg) if {
	some doc in lib.governance_docs("ai-policy")
	not measurable_objective
	msg := lib.format("AI policy %s states no responsible-AI objectives with a metric and a target.", [doc.path])
}

# Any AI policy or responsible-AI document of the repository may state it.
measurable_objective if index.governance_fact("measurable_objective")

evidence contains lib.evidence(doc, "/objectives", "states an objective with a metric and a target") if {
	some k in ["ai-policy", "responsible-ai"]
	some doc in lib.governance_docs(k)
	some o in doc.objectives
	lib.filled_value(o.metric)
	lib.filled_value(o.target)
}
