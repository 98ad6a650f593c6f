package aigis.rules.governance.incident_response_test

import data.aigis.rules.governance.incident_response as rule
import data.aigis.test.gov

test_complete_procedure_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_missing_procedure_document_fails if {
	some f in rule.deny with input as gov.repo([gov.policy({})])
	contains(f.message, "no AI incident response")
	f.artifact == ""
}

test_incomplete_procedure_fails if {
	doc := gov.incident({"contact": "the team", "notify": ["internal:security"], "sections": {}})
	findings := rule.deny with input as gov.repo([doc])
	{f.pointer | some f in findings} == {"/contact", "/notify", "/sections"}
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}
