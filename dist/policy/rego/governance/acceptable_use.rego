# METADATA
# title: Acceptable-use rules for AI stated
# description: |
#   People who build or use AI systems need written rules for what they may and may not do with
#   them. aigis looks for an acceptable-use document, or an acceptable-use section in the AI policy.
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-017
#   severity: medium
#   effort: medium
#   applies_to: [governance]
#   controls:
#     - iso42001:A.9.2
#     - nist-ai-rmf:GOVERN 4.1
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 4.1
#   remediation: |
#     Add a document of kind `acceptable-use` (or a filled "Acceptable use" section in the AI policy)
#     saying which uses of AI are permitted, which are prohibited and who approves exceptions.
#   example: |
#     ## Acceptable use
#     Staff may use approved assistants for drafting; customer data never goes into unapproved tools.
package aigis.rules.governance.acceptable_use

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(doc, "/sections", msg) if {
	some doc in lib.governance_docs("ai-policy")
	not use_rules
	msg := lib.format("AI policy %s states no acceptable-use rules and there is no acceptable-use document.", [doc.path])
}

# An acceptable-use document or an AI policy anywhere in the repository may state them.
use_rules if index.governance_fact("acceptable_use_rules")

evidence contains lib.evidence(doc, "/sections", "states acceptable-use rules") if {
	some doc in lib.governance_docs("acceptable-use")
	some text in doc.sections
	lib.filled(text)
}

evidence contains lib.evidence(doc, "/sections", "states acceptable-use rules") if {
	some doc in lib.governance_docs("ai-policy")
	lib.section_filled(doc, index.acceptable_use_sections)
}
