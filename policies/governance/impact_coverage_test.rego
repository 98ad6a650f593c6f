package aigis.rules.governance.impact_coverage_test

import data.aigis.rules.governance.impact_coverage as rule
import data.aigis.test.gov

test_complete_assessment_passes if {
	count(rule.deny) == 0 with input as gov.repo(gov.complete)
}

test_missing_sections_fail if {
	ia := gov.impact({"sections": {"affected people": "Customers who write tickets.", "mitigations": "TBD"}})
	findings := rule.deny with input as gov.repo([ia])
	count(findings) == 3
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo(gov.complete)
}

test_unfilled_lists_each_assessment_s_missing_patterns if {
	ia := gov.impact({"sections": {
		"affected people": "Customers who write tickets.", "societal impact": "Limited to an internal tool.",
		"mitigations": "Agents approve every draft.", "residual risk": "TODO",
	}})
	rule.unfilled == {0: {"(?i)residual|accept|sign-?off|decision"}} with input as gov.repo([ia])
	count(rule.docs) == 0 with input as gov.repo([])
}
