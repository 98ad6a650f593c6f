package aigis.rules.agent.remote_server_auth_test

import data.aigis.rules.agent.remote_server_auth as rule
import data.aigis.test.agents as ag

test_authenticated_local_and_stdio_servers_pass if {
	servers := [
		ag.remote({}),
		ag.remote({"auth": ["oauth"]}),
		ag.remote({"url": "http://localhost:3333/mcp", "auth": []}),
		ag.server({}),
	]
	count(rule.deny) == 0 with input as ag.only([ag.mcp(servers)])
}

test_remote_server_without_auth_fails if {
	open := ag.remote({"url": "https://tickets.acme.example/sse", "auth": [], "headers": []})
	some f in rule.deny with input as ag.only([ag.mcp([open])])
	f.pointer == "/servers/0"
}

test_records_evidence_when_satisfied if {
	servers := [
		ag.remote({}),
		ag.remote({"auth": ["oauth"]}),
		ag.remote({"url": "http://localhost:3333/mcp", "auth": []}),
		ag.server({}),
	]
	count(rule.evidence) > 0 with input as ag.only([ag.mcp(servers)])
}
