package aigis.rules.governance.ai_policy_approval_test

import data.aigis.rules.governance.ai_policy_approval as rule
import data.aigis.test.gov

test_approved_policy_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_missing_owner_and_approver_fail if {
	p := gov.policy({"owner": null, "approved_by": "TBD"})
	findings := rule.deny with input as gov.repo([p])
	{f.pointer | some f in findings} == {"/owner", "/approved_by"}
	{f.message | some f in findings} == {
		"AI policy docs/ai/ai-policy.md does not name its owner.",
		"AI policy docs/ai/ai-policy.md does not say who approved it.",
	}
}

test_draft_without_date_fails if {
	p := gov.policy({"status": "draft", "approved_on": "soon", "review_by": null})
	findings := rule.deny with input as gov.repo([p])
	{f.pointer | some f in findings} == {"/status", "/approved_on"}
}

test_past_review_date_fails if {
	some f in rule.deny with input as gov.repo([gov.policy({"review_by": "2026-11-01"})])
	f.pointer == "/review_by"
}

test_old_approval_without_review_date_fails if {
	p := gov.policy({"review_by": null, "approved_on": "2025-06-01"})
	some f in rule.deny with input as gov.repo([p])
	f.pointer == "/review_by"
}

test_recent_review_without_review_date_passes if {
	p := gov.policy({"review_by": null, "approved_on": "2024-06-01", "last_reviewed": "2026-06-01"})
	count(rule.deny) == 0 with input as gov.repo([p])
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_overdue_at_holds_the_positions_of_overdue_policies if {
	current := gov.policy({"review_by": null, "approved_on": "2026-06-01"})
	late := gov.policy({"review_by": "2026-11-01"})
	rule.overdue_at == {1} with input as gov.repo([current, late])
	count(rule.docs) == 2 with input as gov.repo([current, late])
}
