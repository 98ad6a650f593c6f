package aigis.rules.input.invalid_artifact_test

import data.aigis.rules.input.invalid_artifact as rule
import data.aigis.test.fixtures as fx

test_conforming_artifacts_pass if {
	inp := fx.input_with({
		"model_cards": [fx.model_card({})],
		"datasets": [fx.dataset({})],
		"sboms": [fx.sbom([fx.component({})], [fx.service({})])],
	})
	count(rule.deny) == 0 with input as inp
}

test_schema_problem_is_reported_at_its_source_map_entry if {
	bom := object.union(fx.sbom([], []), {"problems": [
		{"pointer": "/services/0/tags", "reason": "property \"tags\" is not allowed here"},
		{"pointer": "", "reason": "3 more problems not listed"},
	]})
	findings := rule.deny with input as fx.sboms([bom])
	count(findings) == 2
	some f in findings
	f.pointer == "/problems/0"
	f.artifact == "bom.cdx.json"
	contains(f.message, "cyclonedx 1.6")
	contains(f.message, "(at /services/0/tags)")
	some g in findings
	g.pointer == "/problems/1"
	not contains(g.message, "(at")
}

test_every_kind_is_checked if {
	problem := [{"pointer": "/license", "reason": "license must be a string or a list of strings"}]
	inp := fx.input_with({
		"model_cards": [fx.model_card({"problems": problem})],
		"datasets": [fx.dataset({"problems": problem})],
		"governance": [{"id": "AI_POLICY.md", "format": "aigis-governance", "format_version": null, "problems": problem}],
		"agent_configs": [{"id": ".mcp.json", "format": "mcp", "format_version": null, "problems": [
			{"pointer": "/mcpServers/github", "reason": "MCP server \"github\" must be an object"},
		]}],
	})
	findings := rule.deny with input as inp
	count(findings) == 4
	some f in findings
	f.artifact == "AI_POLICY.md"
	startswith(f.message, "AI_POLICY.md does not conform to aigis-governance: ")
	some g in findings
	g.artifact == ".mcp.json"
	g.message == ".mcp.json does not conform to mcp: MCP server \"github\" must be an object (at /mcpServers/github)"
}

test_conforming_agent_config_passes if {
	inp := fx.input_with({"agent_configs": [{"id": ".mcp.json", "format": "mcp", "format_version": null, "problems": []}]})
	count(rule.deny) == 0 with input as inp
}

test_requirement_of_the_spec_text_alone_is_left_to_in_004 if {
	ds := fx.dataset({"problems": [
		{"pointer": "/creator", "reason": "missing creator", "spec_clause": "Croissant 1.0, Dataset-level information"},
		{"pointer": "/distribution/0/containedIn", "reason": "containedIn names no distribution"},
		{"pointer": "/license", "reason": "no licence", "spec_clause": ""},
	]})
	findings := rule.deny with input as fx.datasets([ds])
	{f.pointer | some f in findings} == {"/problems/1", "/problems/2"}
}
