# METADATA
# title: AI policy approved, owned and reviewed on schedule
# description: |
#   An AI policy only binds when someone owns it, management approved it, and it is reviewed on a
#   schedule. aigis reads the policy's `owner`, `approved_by`, `approved_on`, `status` and `review_by`.
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-002
#   severity: medium
#   effort: small
#   applies_to: [governance]
#   controls:
#     - iso42001:A.2.2
#     - iso42001:A.2.4
#     - iso42001:A.3.2
#     - nist-ai-rmf:GOVERN 1.5
#     - nist-ai-rmf:GOVERN 2.1
#     - nist-ai-rmf:GOVERN 2.3
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 2.1
#   remediation: |
#     Fill the policy's front matter: `owner`, `approved_by`, `approved_on` (a date), `status: approved`
#     and `review_by` (a date in the future); update `approved_on` or `last_reviewed` after each review.
#   example: |
#     aigis:
#       kind: ai-policy
#       owner: Head of ML Platform
#       approved_by: CTO
#       approved_on: 2026-03-01
#       review_by: 2027-03-01
#       status: approved
package aigis.rules.governance.ai_policy_approval

import data.aigis.lib

deny contains lib.finding(doc, lib.format("/%s", [field]), msg) if {
	some doc in docs
	some field in ["owner", "approved_by"]
	not lib.filled_value(doc[field])
	msg := lib.format("AI policy %s %s.", [doc.path, missing_name[field]])
}

deny contains lib.finding(doc, "/approved_on", msg) if {
	some doc in docs
	not lib.valid_date(doc.approved_on)
	msg := lib.format("AI policy %s has no approval date (approved_on: YYYY-MM-DD).", [doc.path])
}

deny contains lib.finding(doc, "/status", msg) if {
	some doc in docs
	lower(doc.status) in {"draft", "proposed", "retired"}
	msg := lib.format("AI policy %s is marked %s, not approved.", [doc.path, doc.status])
}

deny contains lib.finding(doc, "/review_by", msg) if {
	some i in overdue_at
	doc := docs[i]
	msg := lib.format("AI policy %s is overdue for review.", [doc.path])
}

overdue(doc) if lib.age_days(doc.review_by) > 0

# Without a review date, the last review or approval must fall within the review interval.
overdue(doc) if {
	not lib.valid_date(doc.review_by)
	last := max({lib.day_number(d) | some d in [doc.approved_on, doc.last_reviewed]; lib.valid_date(d)})
	lib.today_number - last > lib.param("review_interval_days")
}

evidence contains lib.evidence(doc, "/approved_on", "the AI policy is owned, approved and within its review date") if {
	some i, doc in docs
	lib.filled_value(doc.owner)
	lib.filled_value(doc.approved_by)
	lib.valid_date(doc.approved_on)
	not lower(doc.status) in {"draft", "proposed", "retired"}
	not i in overdue_at
}

docs := lib.governance_docs("ai-policy")

# The positions in docs of the policies overdue for review: computed once for both the finding and
# the evidence, as overdue takes up to three dates' day numbers.
overdue_at contains i if {
	some i, doc in docs
	overdue(doc)
}

# How a message says which name is missing.
missing_name := {"owner": "does not name its owner", "approved_by": "does not say who approved it"}
