package aigis.rules.agent.mcp_unpinned_test

import data.aigis.rules.agent.mcp_unpinned as rule
import data.aigis.test.agents as ag

inp(s) := ag.only([ag.mcp([s])])

test_exact_digest_commit_and_local_pass if {
	every s in [
		ag.server({}),
		ag.server({"runner": "docker", "pin": "digest"}),
		ag.server({"runner": "uvx", "pin": "commit"}),
		ag.server({"runner": "local", "pin": null, "package": null}),
		ag.remote({}),
	] {
		count(rule.deny) == 0 with input as inp(s)
	}
}

test_no_version_fails if {
	some f in rule.deny with input as inp(ag.server({"pin": "none", "version": null}))
	f.pointer == "/servers/0/package"
	contains(f.message, "without a version")
}

test_latest_fails if {
	some f in rule.deny with input as inp(ag.server({"pin": "floating", "version": "latest"}))
	contains(f.message, "moving version 'latest'")
}

test_ranges_fail if {
	some f in rule.deny with input as inp(ag.server({"pin": "range", "version": "^0.6.0"}))
	contains(f.message, "'^0.6.0'")
}

# A tag is a pin that can move: AIGIS-AG-018's finding.
test_image_tag_only_is_left_to_its_own_rule if {
	s := ag.server({"runner": "docker", "package": "mcp/docker", "version": "1.4.2", "pin": "tag"})
	count(rule.deny) == 0 with input as inp(s)
}

test_download_piped_into_shell_fails if {
	s := ag.server({"runner": "download-pipe", "package": "https://get.example.dev/i.sh", "pin": "none"})
	some f in rule.deny with input as inp(s)
	contains(f.message, "pipes a download into a shell")
}

test_runner_without_a_package_is_named_by_its_command if {
	s := ag.server({"args": ["-y"], "package": null, "pin": "none", "package_arg": -1})
	some f in rule.deny with input as inp(s)
	contains(f.message, "runs npx through npx")
}

test_records_evidence_when_satisfied if {
	count(rule.evidence) == 1 with input as inp(ag.server({"runner": "docker", "pin": "digest"}))
	count(rule.evidence) == 0 with input as inp(ag.server({"runner": "local", "pin": null, "package": null}))
}
