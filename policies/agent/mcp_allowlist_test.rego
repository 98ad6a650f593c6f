package aigis.rules.agent.mcp_allowlist_test

import data.aigis.rules.agent.mcp_allowlist as rule
import data.aigis.test.agents as ag

with_list(servers, allowlist) := object.union(
	ag.only([ag.mcp(servers)]),
	{"config": {"params": {"mcp_allowlist": allowlist}}},
)

test_empty_list_is_not_enforced if {
	count(rule.deny) == 0 with input as ag.only([ag.mcp([ag.server({"package": "unknown-server"})])])
}

test_listed_servers_pass if {
	allow := ["@modelcontextprotocol/server-filesystem", "https://api.githubcopilot.com/"]
	local := ag.server({"runner": "local", "package": null, "command": "node"})
	count(rule.deny) == 0 with input as with_list([ag.server({}), ag.remote({}), local], allow)
	count(rule.deny) == 0 with input as with_list([ag.server({})], ["@modelcontextprotocol/server-filesystem@2025.7.1"])
}

test_unlisted_servers_fail if {
	fs := rule.deny with input as with_list([ag.server({}), ag.remote({"pointer": "/servers/1"})], ["some-other-server"])
	{f.pointer | some f in fs} == {"/servers/0/package", "/servers/1/url"}
}

test_unlisted_command_is_named if {
	s := ag.server({"runner": "download-pipe", "package": null, "command": "bash"})
	some f in rule.deny with input as with_list([s], ["x"])
	contains(f.message, "(bash)")
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) == 1 with input as with_list([ag.server({})], ["@modelcontextprotocol/server-filesystem"])
	count(rule.evidence) == 0 with input as with_list([ag.server({})], [])
}
