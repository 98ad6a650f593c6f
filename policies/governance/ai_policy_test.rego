package aigis.rules.governance.ai_policy_test

import data.aigis.rules.governance.ai_policy as rule
import data.aigis.test.gov

test_complete_policy_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_missing_policy_fails_on_the_repository if {
	some f in rule.deny with input as gov.repo([])
	f.artifact == ""
}

test_no_ai_needs_no_policy if {
	inp := object.union(gov.repo([]), {"artifacts": {"model_cards": []}})
	count(rule.deny) == 0 with input as inp
}

test_missing_section_fails if {
	p := gov.policy({"sections": {"scope": "Covers every AI system Acme builds or buys."}})
	findings := rule.deny with input as gov.repo([p])
	count(findings) == 3
	some f in findings
	f.pointer == "/sections"
	f.message == "AI policy docs/ai/ai-policy.md has no filled section on principles."
}

test_placeholder_section_fails_at_its_own_heading if {
	p := gov.policy({"sections": {
		"scope": "Covers every AI system Acme builds or buys.",
		"principles": "TODO",
		"roles/owners": "TODO",
		"review": "Reviewed every year by the AI governance board.",
	}})
	findings := rule.deny with input as gov.repo([p])
	{f.pointer | some f in findings} == {"/sections/principles", "/sections/roles~1owners"}
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_unfilled_lists_each_policy_s_missing_patterns if {
	p := gov.policy({"sections": {"scope": "Covers every AI system Acme builds or buys.", "review": "TBD"}})
	unfilled := rule.unfilled with input as gov.repo([p])
	unfilled == {0: {
		"(?i)principle|objective|goal|commitment",
		"(?i)role|responsib|accountab|governance",
		"(?i)review|update|revision",
	}}
	count(rule.docs) == 0 with input as gov.repo([])
}
