# METADATA
# title: AI policy present and complete
# description: |
#   An organization that builds with AI needs a written AI policy: its scope, the principles AI work
#   must follow, who is accountable, and how the policy is reviewed. aigis looks for a governance document
#   of kind `ai-policy` (front matter `aigis: {kind: ai-policy}` or a file such as `AI_POLICY.md`).
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-001
#   severity: high
#   effort: large
#   applies_to: [governance, model_card, dataset, sbom]
#   controls:
#     - iso42001:A.2.2
#     - nist-ai-rmf:GOVERN 1.2
#     - nist-ai-rmf:GOVERN 1.4
#     - nist-ai-rmf:MAP 1.3
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.2
#   remediation: |
#     Add `AI_POLICY.md` (or a document with `aigis: {kind: ai-policy}` front matter) with filled
#     sections for scope, principles, roles and responsibilities, and review. `aigis init` can scaffold it.
#   example: |
#     ---
#     aigis: {kind: ai-policy, owner: Head of ML Platform, approved_by: CTO, approved_on: 2026-03-01}
#     ---
#     # AI policy
#     ## Scope
#     ## Principles
#     ## Roles and responsibilities
#     ## Review
package aigis.rules.governance.ai_policy

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(index.repository, "", msg) if {
	index.ai_in_use
	not index.has_governance("ai-policy")
	msg := "The repository builds with AI but has no AI policy (a document of kind ai-policy, e.g. AI_POLICY.md)."
}

deny contains lib.finding(doc, lib.section_pointer(doc, pattern), msg) if {
	some i, doc in docs
	some pattern in unfilled[i]
	msg := lib.format("AI policy %s has no filled section on %s.", [doc.path, lib.section_label(pattern)])
}

evidence contains lib.evidence(doc, "/sections", "an AI policy with every required section filled") if {
	some i, doc in docs
	count(unfilled[i]) == 0
}

docs := lib.governance_docs("ai-policy")

# The required sections (patterns) each document leaves unfilled, by its position in docs: computed
# once for both its findings and its evidence.
unfilled[i] := {pattern |
	some pattern in lib.param("ai_policy_sections")
	not lib.section_filled(doc, pattern)
} if {
	some i, doc in docs
}
