package aigis.rules.agent.agent_oversight_test

import data.aigis.rules.agent.agent_oversight as rule
import data.aigis.test.agents as ag
import data.aigis.test.gov

test_documented_oversight_and_contact_pass if {
	count(rule.deny) == 0 with input as ag.input_with([ag.mcp([ag.server({})]), ag.gateway({})])
}

test_prompts_alone_do_not_trigger if {
	count(rule.deny) == 0 with input as ag.only([ag.prompt([ag.line(0, "Be brief.")], [])])
}

test_agents_without_governance_fail_twice if {
	fs := rule.deny with input as ag.only([ag.mcp([ag.server({})]), ag.gateway({})])
	count(fs) == 2
	{f.artifact | some f in fs} == {".mcp.json"}
}

test_permissions_alone_count_as_agent_tools if {
	settings := ag.config("mcp", {"permissions": ag.permissions({"allow": ["Bash(npm test)"]})})
	count(rule.deny) == 2 with input as ag.only([settings])
}

test_oversight_in_policy_section_and_concerns_contact_pass if {
	oversight := "Engineers approve every agent action that writes to production."
	policy := gov.policy({"sections": {"human oversight": oversight}})
	docs := [policy, gov.register([gov.system({"human_oversight": null})])]
	count(rule.deny) == 0 with input as object.union(gov.repo(docs), {"artifacts": {"agent_configs": [ag.gateway({})]}})
}

test_missing_contact_is_reported if {
	docs := [gov.policy({"concerns_contact": null}), gov.register([gov.system({})])]
	some f in rule.deny with input as object.union(gov.repo(docs), {"artifacts": {"agent_configs": [ag.gateway({})]}})
	contains(f.message, "no incident or concerns contact")
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) > 0 with input as ag.input_with([ag.mcp([ag.server({})]), ag.gateway({})])
}

test_records_no_evidence_for_the_gap if {
	settings := ag.config("mcp", {"permissions": ag.permissions({"allow": ["Bash(npm test)"]})})
	count(rule.evidence) == 0 with input as ag.only([settings])
}
