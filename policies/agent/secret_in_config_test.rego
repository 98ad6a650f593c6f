package aigis.rules.agent.secret_in_config_test

import data.aigis.rules.agent.secret_in_config as rule
import data.aigis.test.agents as ag

test_references_pass if {
	count(rule.deny) == 0 with input as ag.only([ag.mcp([ag.server({})])])
}

test_secret_in_mcp_env_fails if {
	cfg := ag.config("mcp", {"secrets": [ag.secret("openai-key", "sk-p…")]})
	some f in rule.deny with input as ag.only([cfg])
	f.pointer == "/secrets/0"
	contains(f.message, "OpenAI API key (sk-p…)")
}

test_secret_in_gateway_fails if {
	cfg := ag.config("gateway", {"secrets": [ag.secret("connection-string-password", "****")]})
	some f in rule.deny with input as ag.only([cfg])
	contains(f.message, "password in a connection string")
}

test_secret_in_prompt_is_not_this_rule if {
	cfg := ag.config("prompt", {"secrets": [ag.secret("openai-key", "sk-p…")]})
	count(rule.deny) == 0 with input as ag.only([cfg])
}

test_unknown_kind_reads_as_credential if {
	cfg := ag.config("mcp", {"secrets": [ag.secret("new-kind", "****")]})
	some f in rule.deny with input as ag.only([cfg])
	contains(f.message, "hard-coded credential")
}
