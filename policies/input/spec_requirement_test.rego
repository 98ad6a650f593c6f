package aigis.rules.input.spec_requirement_test

import data.aigis.rules.input.spec_requirement as rule
import data.aigis.test.fixtures as fx

test_record_without_spec_only_problems_passes if {
	ds := fx.dataset({"problems": [{"pointer": "/distribution/0/containedIn", "reason": "names no distribution"}]})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_spec_only_problem_is_reported_with_its_clause if {
	ds := fx.dataset({"problems": [
		{"pointer": "/distribution/0/containedIn", "reason": "names no distribution"},
		{"pointer": "/creator", "reason": "no creator", "spec_clause": "Croissant 1.0 §Dataset-level information"},
	]})
	findings := rule.deny with input as fx.datasets([ds])
	count(findings) == 1
	some f in findings
	f.pointer == "/problems/1"
	contains(f.message, "Croissant 1.0 §Dataset-level information")
	contains(f.message, "(at /creator)")
}

test_empty_clause_is_not_spec_only if {
	ds := fx.dataset({"problems": [{"pointer": "/creator", "reason": "no creator", "spec_clause": ""}]})
	count(rule.deny) == 0 with input as fx.datasets([ds])
}

test_sbom_problem_is_checked if {
	problem := {"pointer": "/@graph/3", "reason": "no ai_typeOfModel", "spec_clause": "SPDX 3.0.1 AI profile"}
	bom := object.union(fx.sbom([], []), {"problems": [problem]})
	count(rule.deny) == 1 with input as fx.sboms([bom])
}
