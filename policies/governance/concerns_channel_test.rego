package aigis.rules.governance.concerns_channel_test

import data.aigis.rules.governance.concerns_channel as rule
import data.aigis.test.gov

test_published_channel_passes if {
	count(rule.deny) == 0 with input as gov.repo([gov.policy({})])
}

test_incident_contact_is_enough if {
	count(rule.deny) == 0 with input as gov.repo([gov.policy({"concerns_contact": null}), gov.incident({})])
}

test_sbom_security_contact_is_enough if {
	refs := {"external_references": [{"type": "security-contact", "url": "https://x"}]}
	sbom := object.union(data.aigis.test.fixtures.sbom([], []), refs)
	inp := object.union(gov.repo([gov.policy({"concerns_contact": null})]), {"artifacts": {"sboms": [sbom]}})
	count(rule.deny) == 0 with input as inp
}

test_no_channel_fails if {
	some f in rule.deny with input as gov.repo([gov.policy({"concerns_contact": "ask around"})])
	f.pointer == "/concerns_contact"
}

test_no_policy_and_no_channel_fails_on_the_repository if {
	some f in rule.deny with input as gov.repo([gov.register([gov.system({})])])
	f.artifact == ""
}

test_two_policies_without_channel_fail_once if {
	a := gov.policy({"concerns_contact": null, "path": "b/AI_POLICY.md", "id": "b/AI_POLICY.md"})
	b := gov.policy({"concerns_contact": null, "path": "a/AI_POLICY.md", "id": "a/AI_POLICY.md"})
	findings := rule.deny with input as gov.repo([a, b])
	[f.artifact | some f in findings] == ["a/AI_POLICY.md"]
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as gov.repo([gov.policy({})])
}
