package aigis.index_test

import data.aigis.index
import data.aigis.main
import data.aigis.test.agents as ag
import data.aigis.test.fixtures
import data.aigis.test.gov

# These helpers evaluate the entrypoints under inputs they build, which is what the tests are about.

# Evaluates `inp` the way the host evaluates a large repository: one chunk per artifact (governance
# documents too; the errors in every chunk), each chunk given the union of the chunks' indexes.
chunked_findings(inp) := {f |
	merged := merged_index(inp)
	some chunk in chunks(inp)

	# regal ignore:with-outside-test-context
	some f in main.findings with input as chunk with data.aigis_repository_index as merged
}

chunks(inp) := [object.union(inp, {"artifacts": object.union(no_artifacts, {kind: [a]})}) |
	some kind in object.keys(no_artifacts)
	some a in object.get(inp.artifacts, kind, [])
]

no_artifacts := {
	"model_cards": [], "datasets": [], "sboms": [], "agent_configs": [],
	"governance": [], "inventory": [],
}

# As the host merges: sets united; objects by key, a key's sets united and its `true` kept.
merged_index(inp) := {key: merge([local[key] | some local in locals(inp)]) |
	some key in object.keys(empty_index)
}

merge(values) := {v | some value in values; some v in value} if is_set(values[0])

merge(values) := {k: merge_key(values, k) |
	some value in values
	some k, _ in value
} if {
	is_object(values[0])
}

merge_key(values, k) if {
	some value in values
	value[k] == true
} else := {v |
	some value in values
	some v in object.get(value, k, [])
}

empty_index := local if {
	# regal ignore:with-outside-test-context
	local := index.local with input as fixtures.input_with({})
}

locals(inp) := [local |
	some chunk in chunks(inp)

	# regal ignore:with-outside-test-context,comprehension-term-assignment
	local := index.local with input as chunk
]

full_findings(inp) := {f |
	# regal ignore:with-outside-test-context
	some f in main.findings with input as inp
}

# Every cross-artifact relation at once, with gaps: a card naming a dataset documented only in
# another chunk and one documented nowhere, an SBOM model whose licence and base model disagree
# with its card, an SBOM model without a card, acting agent configs, no security contact.
related := object.union(no_contacts, {"artifacts": {
	"model_cards": [
		fixtures.model_card({"datasets": ["acme/support-tickets-2026", "acme/unknown-scrape"]}),
		fixtures.model_card({
			"id": "models/b/README.md", "path": "models/b/README.md",
			"name": "other-llm", "datasets": ["data-x"],
		}),
	],
	"datasets": [fixtures.dataset({})],
	"sboms": [fixtures.sbom(
		[
			fixtures.component({"licenses": [{"spdx": "MIT", "name": null, "url": null}], "ancestors": ["acme/base"]}),
			fixtures.component({
				"pointer": "/components/1", "ref": "model-2",
				"name": "orphan-model", "has_model_card": false,
			}),
			fixtures.component({"pointer": "/components/2", "ref": "data-x", "type": "data", "name": "x"}),
		],
		[],
	)],
	"agent_configs": [ag.mcp([ag.server({})]), ag.config("gateway", {"id": "litellm.yaml", "path": "litellm.yaml"})],
}})

no_contacts := gov.repo([gov.policy({"concerns_contact": ""}), gov.incident({"contact": ""})])

test_chunked_evaluation_finds_what_one_evaluation_finds if {
	full := full_findings(related)
	count(full) > 0
	chunked_findings(related) == full
}

test_chunked_evaluation_sees_cross_artifact_gaps if {
	rules := {f.rule_package | some f in chunked_findings(related)}
	every p in {
		"aigis.rules.cross_artifact.datasets_documented",
		"aigis.rules.cross_artifact.license_agreement",
		"aigis.rules.cross_artifact.lineage_agreement",
		"aigis.rules.supply_chain.first_party_model_documented",
		"aigis.rules.governance.concerns_channel",
	} {
		p in rules
	}
}

test_chunked_evaluation_of_a_repository_without_sbom if {
	inp := fixtures.input_with({"model_cards": [fixtures.model_card({})], "datasets": [fixtures.dataset({})]})
	chunked_findings(inp) == full_findings(inp)
	some f in chunked_findings(inp)
	f.rule_package == "aigis.rules.supply_chain.sbom_present"
}

test_chunked_agent_oversight_names_every_acting_config if {
	inp := ag.only([ag.mcp([ag.server({})]), ag.config("gateway", {"id": "a-gateway.yaml", "path": "a-gateway.yaml"})])
	chunked_findings(inp) == full_findings(inp)
	some f in chunked_findings(inp)
	f.rule_package == "aigis.rules.agent.agent_oversight"
	f.artifact == ".mcp.json"
	contains(f.message, "in 2 configurations")
}

test_index_of_an_input_without_ai_is_empty if {
	local := index.local with input as fixtures.input_with({})
	every _, values in local {
		count(values) == 0
	}
	not index.has_ai_sbom with input as fixtures.input_with({})
}

test_given_index_replaces_the_local_one if {
	# The chunk holds only the card; the dataset it names is known from another chunk.
	inp := fixtures.cards([fixtures.model_card({"datasets": ["acme/support-tickets-2026"]})])
	merged := {"dataset_names": {"support-tickets-2026": true}}
	index.dataset_named("support-tickets-2026") with input as inp
		with data.aigis_repository_index as merged
	not index.dataset_named("support-tickets-2026") with input as inp
}

test_chunked_auto_approval_knows_servers_of_other_configs if {
	root := ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]
	broad := ag.mcp([ag.server({"name": "filesystem", "args": root})])
	settings := ag.config("mcp", {
		"id": ".claude/settings.json", "path": ".claude/settings.json",
		"permissions": ag.permissions({"allow": ["mcp__filesystem"]}),
	})
	inp := ag.only([broad, settings])
	chunked_findings(inp) == full_findings(inp)
	some f in chunked_findings(inp)
	f.artifact == ".claude/settings.json"
	f.pointer == "/permissions/allow/0"
}

test_chunked_reach_knows_approval_rules_of_other_configs if {
	root := ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]
	broad := ag.mcp([ag.server({"name": "filesystem", "args": root})])
	settings := ag.config("mcp", {
		"id": ".claude/settings.json", "path": ".claude/settings.json",
		"permissions": ag.permissions({"ask": ["mcp__filesystem"]}),
	})
	inp := ag.only([broad, settings])
	chunked_findings(inp) == full_findings(inp)
	every f in chunked_findings(inp) {
		f.rule_package != "aigis.rules.agent.broad_tool_reach"
	}
}

# Governance documents are split across chunks too: a register entry is judged against the impact
# assessment, monitoring plan, notice and declaration in other chunks, and repository-wide facts
# (objectives, acceptable use, contacts, oversight) hold wherever the document that states them is.
covered_elsewhere := gov.repo(array.concat(gov.complete, [
	gov.register([gov.system({
		"id": "covered-by-id", "pointer": "/systems/0",
		"impact_assessment": "", "monitoring": "", "transparency_notice": "",
		"human_oversight": "", "risk_tier": "high",
	})]),
	gov.doc("eu-declaration-of-conformity", {
		"id": "docs/ai/doc.md", "path": "docs/ai/doc.md",
		"systems_covered": ["covered-by-id"],
	}),
]))

test_chunked_governance_finds_what_one_evaluation_finds if {
	full := full_findings(covered_elsewhere)
	chunked_findings(covered_elsewhere) == full
	rules := {f.rule_package | some f in full; not f.evidence}
	not "aigis.rules.governance.ai_policy" in rules
	not "aigis.rules.governance.concerns_channel" in rules

	# The declaration covers the entry by id from another chunk; its impact assessment is missing.
	every f in full {
		not contains(f.message, "has no EU declaration of conformity")
	}
	some f in full
	f.message == "AI system 'covered-by-id' has no impact assessment in the repository."
}

test_chunked_governance_reports_what_no_chunk_covers if {
	inp := gov.repo([gov.policy({"concerns_contact": ""}), gov.register([gov.system({"id": "alone"})])])
	full := full_findings(inp)
	chunked_findings(inp) == full
	rules := {f.rule_package | some f in full}
	"aigis.rules.governance.impact_assessment" in rules
	"aigis.rules.governance.monitoring" in rules
	"aigis.rules.governance.incident_response" in rules
	"aigis.rules.governance.concerns_channel" in rules
}

test_index_records_governance_kinds_and_what_documents_cover if {
	local := index.local with input as covered_elsewhere
	local.governance_kinds["impact-assessment"] == true
	local.governance_kinds["eu-declaration-of-conformity"] == true
	local.governance_covers[json.marshal(["eu-declaration-of-conformity", "id", "covered-by-id"])] == true
	local.governance_covers[json.marshal(["impact-assessment", "path", "docs/ai/impact/support-assistant.md"])] == true
	local.governance_facts.incident_contact == true
	local.register_model_names["support-llm"] == true
	index.has_any_governance with input as covered_elsewhere
	not index.has_any_governance with input as fixtures.input_with({})
	not index.has_governance("ai-policy") with input as fixtures.input_with({})
}

test_covers_by_path_or_by_id if {
	inp := gov.repo([gov.impact({"systems_covered": ["by-id"]})])
	path := gov.system({"id": "x", "impact_assessment": "./docs/ai/impact/support-assistant.md"})
	index.covers("impact-assessment", path, "impact_assessment") with input as inp
	by_id := gov.system({"id": "by-id", "impact_assessment": ""})
	index.covers("impact-assessment", by_id, "impact_assessment") with input as inp
	other := gov.system({"id": "other", "impact_assessment": "elsewhere.md"})
	not index.covers("impact-assessment", other, "impact_assessment") with input as inp
	not index.covers("monitoring-plan", path, "impact_assessment") with input as inp
}

test_model_cards_are_indexed_by_position_with_their_names_bases_and_licences if {
	inp := {"artifacts": {"model_cards": [
		{
			"id": "a.md", "format": "huggingface-model-card", "name": "acme/Chat",
			"base_models": ["org/base@v1"], "licenses": [{"spdx": "MIT"}],
		},
		{"id": "x.cdx.json#/components/0", "format": "cyclonedx", "name": "chat", "base_models": ["other"], "licenses": []},
		{
			"id": "b.md", "format": "huggingface-model-card", "name": "chat",
			"base_models": [], "licenses": [{"spdx": "NOASSERTION"}],
		},
	]}}
	index.own_card_names == {0: "chat", 2: "chat"} with input as inp
	index.own_card_bases == {0: {"base"}, 2: set()} with input as inp
	index.own_card_licenses == {0: {"mit"}, 2: set()} with input as inp
	index.local_model_card_lineage_ids == {`["chat",["base"]]`: {"a.md"}} with input as inp
	index.local_model_card_license_sets == {"chat": {["mit"]}} with input as inp
}
