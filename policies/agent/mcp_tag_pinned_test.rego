package aigis.rules.agent.mcp_tag_pinned_test

import data.aigis.rules.agent.mcp_tag_pinned as rule
import data.aigis.test.agents as ag

inp(s) := ag.only([ag.mcp([s])])

test_exact_digest_and_commit_pass if {
	every s in [
		ag.server({}),
		ag.server({"runner": "docker", "pin": "digest"}),
		ag.server({"runner": "uvx", "pin": "commit"}),
	] {
		count(rule.deny) == 0 with input as inp(s)
	}
}

test_image_tag_only_fails if {
	s := ag.server({"runner": "docker", "package": "mcp/docker", "version": "1.4.2", "pin": "tag"})
	some f in rule.deny with input as inp(s)
	f.pointer == "/servers/0/package"
	contains(f.message, "pins mcp/docker by the tag '1.4.2' only")
}

# Missing or moving versions are AIGIS-AG-003's.
test_unpinned_servers_are_left_to_the_base_rule if {
	count(rule.deny) == 0 with input as inp(ag.server({"pin": "none", "version": null}))
	count(rule.deny) == 0 with input as inp(ag.server({"pin": "floating", "version": "latest"}))
}
