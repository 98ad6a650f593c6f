package aigis.rules.governance.acceptable_use_test

import data.aigis.rules.governance.acceptable_use as rule
import data.aigis.test.gov

test_acceptable_use_document_passes if {
	aup := gov.doc("acceptable-use", {"sections": {"rules": "No customer data in public chatbots, ever."}})
	count(rule.deny) == 0 with input as gov.repo([gov.policy({}), aup])
}

test_acceptable_use_section_passes if {
	sections := object.union(gov.policy({}).sections, {"acceptable use": "Approved assistants for drafting only."})
	count(rule.deny) == 0 with input as gov.repo([gov.policy({"sections": sections})])
}

test_no_use_rules_fail if {
	sections := object.remove(gov.policy({}).sections, ["acceptable use"])
	some f in rule.deny with input as gov.repo([gov.policy({"sections": sections})])
	f.pointer == "/sections"
}

test_records_evidence_when_satisfied if {
	aup := gov.doc("acceptable-use", {"sections": {"rules": "No customer data in public chatbots, ever."}})
	count(rule.evidence) > 0 with input as gov.repo([gov.policy({}), aup])
}
