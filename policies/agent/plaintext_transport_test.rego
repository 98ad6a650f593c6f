package aigis.rules.agent.plaintext_transport_test

import data.aigis.rules.agent.plaintext_transport as rule
import data.aigis.test.agents as ag

test_https_and_loopback_pass if {
	servers := [
		ag.remote({}),
		ag.remote({"url": "http://localhost:3333/mcp"}),
		ag.remote({"url": "http://127.0.0.1:8080"}),
		ag.remote({"url": "http://mcp-server:8080/sse"}),
		ag.remote({"url": "http://<host>:<port>/mcp"}),
		ag.remote({"url": "http://host.docker.internal:3000/mcp"}),
		ag.remote({"url": "http://tools.default.svc.cluster.local/mcp"}),
	]
	count(rule.deny) == 0 with input as ag.only([ag.mcp(servers), ag.gateway({})])
}

test_plain_http_server_fails_at_its_url if {
	some f in rule.deny with input as ag.only([ag.mcp([ag.remote({"url": "http://mcp.tools.acme.example/mcp"})])])
	f.pointer == "/servers/0/url"
}

test_plain_http_model_endpoint_fails if {
	gw := ag.gateway({"models": [ag.model({"model": "ollama/llama3.1:8b", "api_base": "http://gpu.acme.internal:11434"})]})
	some f in rule.deny with input as ag.only([gw])
	f.pointer == "/gateway/models/0/api_base"
}

test_records_evidence_when_satisfied if {
	servers := [
		ag.remote({}),
		ag.remote({"url": "http://localhost:3333/mcp"}),
		ag.remote({"url": "http://127.0.0.1:8080"}),
	]
	count(rule.evidence) > 0 with input as ag.only([ag.mcp(servers), ag.gateway({})])
	tls := ag.gateway({"models": [ag.model({"api_base": "https://llm.acme.example/v1"})]})
	pointers := {e.pointer | some e in rule.evidence with input as ag.only([tls])}
	"/gateway/models/0/api_base" in pointers
}

test_plain_http_company_host_fails if {
	some f in rule.deny with input as ag.only([ag.mcp([ag.remote({"url": "http://mcp-server.acme.example:8080/sse"})])])
	f.pointer == "/servers/0/url"
}
