package aigis.rules.supply_chain.model_version_pinned_test

import data.aigis.rules.supply_chain.model_version_pinned as rule
import data.aigis.test.fixtures as fx

test_pinned_third_party_passes if {
	comp := fx.component({"supplier": "Meta", "version": "0e9e39f"})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_floating_third_party_fails if {
	comp := fx.component({"supplier": "Meta", "version": "latest"})
	some f in rule.deny with input as fx.sboms([fx.sbom([comp], [])])
	f.pointer == "/components/0/version"
}

test_range_fails if {
	comp := fx.component({"supplier": "Meta", "version": "^1.2"})
	count(rule.deny) == 1 with input as fx.sboms([fx.sbom([comp], [])])
}

test_missing_version_fails if {
	comp := fx.component({"supplier": null, "version": null})
	count(rule.deny) == 1 with input as fx.sboms([fx.sbom([comp], [])])
}

test_first_party_is_not_judged if {
	comp := fx.component({"version": "latest"})
	count(rule.deny) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_records_evidence_when_satisfied if {
	comp := fx.component({"supplier": "Meta", "version": "0e9e39f"})
	count(rule.evidence) > 0 with input as fx.sboms([fx.sbom([comp], [])])
}

test_records_no_evidence_for_the_gap if {
	comp := fx.component({"supplier": "Meta", "version": "^1.2"})
	count(rule.evidence) == 0 with input as fx.sboms([fx.sbom([comp], [])])
}
