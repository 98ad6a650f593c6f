package aigis.rules.input.duplicate_key_test

import data.aigis.rules.input.duplicate_key as rule
import data.aigis.test.fixtures as fx

test_unique_keys_pass if {
	inp := fx.input_with({
		"model_cards": [fx.model_card({"duplicate_keys": []})],
		"datasets": [fx.dataset({})],
	})
	count(rule.deny) == 0 with input as inp
}

test_repeated_key_is_reported_at_its_source_map_entry if {
	dup := [{"pointer": "/litellm_settings/store_model_in_db", "first_line": 3}]
	inp := fx.input_with({"agent_configs": [{"id": "litellm_config.yaml", "duplicate_keys": dup}]})
	findings := rule.deny with input as inp
	count(findings) == 1
	some f in findings
	f.artifact == "litellm_config.yaml"
	f.pointer == "/duplicate_keys/0"
	contains(f.message, "/litellm_settings/store_model_in_db twice (first at line 3)")
}

test_every_kind_is_checked if {
	dup := [{"pointer": "/license", "first_line": 2}]
	inp := fx.input_with({
		"model_cards": [fx.model_card({"duplicate_keys": dup})],
		"datasets": [fx.dataset({"duplicate_keys": dup})],
		"sboms": [object.union(fx.sbom([], []), {"duplicate_keys": dup})],
		"governance": [{"id": "AI_POLICY.md", "duplicate_keys": dup}],
		"agent_configs": [{"id": ".mcp.json", "duplicate_keys": dup}],
	})
	count(rule.deny) == 5 with input as inp
}
