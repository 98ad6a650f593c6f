package aigis.rules.agent.secret_in_prompt_test

import data.aigis.rules.agent.secret_in_prompt as rule
import data.aigis.test.agents as ag

test_clean_prompt_passes if {
	count(rule.deny) == 0 with input as ag.only([ag.prompt([ag.line(0, "You are a support assistant.")], [])])
}

test_key_in_prompt_fails if {
	cfg := ag.config("prompt", {"path": "CLAUDE.md", "secrets": [ag.secret("aws-access-key", "AKIA…")]})
	some f in rule.deny with input as ag.only([cfg])
	f.pointer == "/secrets/0"
	contains(f.message, "AWS access key (AKIA…)")
}
