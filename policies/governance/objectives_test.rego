package aigis.rules.governance.objectives_test

import data.aigis.rules.governance.objectives as rule
import data.aigis.test.gov

test_objectives_pass if {
	count(rule.deny) == 0 with input as gov.repo([gov.policy({})])
}

test_objectives_in_a_responsible_ai_document_pass if {
	rai := gov.doc("responsible-ai", {"objectives": [{"name": "fair", "metric": "parity gap", "target": "< 0.05"}]})
	count(rule.deny) == 0 with input as gov.repo([gov.policy({"objectives": []}), rai])
}

test_objectives_without_metric_fail if {
	p := gov.policy({"objectives": [{"name": "be good", "metric": null, "target": "high"}]})
	some f in rule.deny with input as gov.repo([p])
	f.pointer == "/objectives"
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo([gov.policy({})])
}
