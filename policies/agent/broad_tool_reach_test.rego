package aigis.rules.agent.broad_tool_reach_test

import data.aigis.rules.agent.broad_tool_reach as rule
import data.aigis.test.agents as ag

inp(servers) := ag.only([ag.mcp(servers)])

fs(dir) := ag.server({"args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", dir]})

test_workspace_scoped_servers_pass if {
	count(rule.deny) == 0 with input as inp([fs("./docs"), fs("src"), fs("--verbose"), ag.remote({})])
}

test_filesystem_outside_workspace_fails_at_the_argument if {
	every dir in ["/", "~", "~/code", "$HOME", "C:\\", "../other", "/Users/me/repo"] {
		found := rule.deny with input as inp([fs(dir)])
		[f.pointer | some f in found] == ["/servers/0/args/2"]
		contains(concat("", [f.message | some f in found]), sprintf("filesystem access to %s", [dir]))
	}
}

shell(overrides) := ag.server(object.union(
	{"name": "shell", "args": ["mcp-shell-server"], "runner": "uvx", "package": "mcp-shell-server", "package_arg": 0},
	overrides,
))

env(value) := [{"name": "ALLOW_COMMANDS", "value": value, "reference": false}]

test_shell_server_fails_at_its_package if {
	some f in rule.deny with input as inp([shell({})])
	f.pointer == "/servers/0/package"
}

test_shell_server_passes_when_scoped if {
	every s in [
		shell({"env": env("ls,cat")}),
		shell({"args": ["mcp-shell-server", "--allowed-commands", "ls"]}),
		shell({"args": ["mcp-shell-server", "--allowed-commands=ls"]}),
	] {
		count(rule.deny) == 0 with input as inp([s])
	}
}

test_wildcard_scope_is_no_scope if {
	every s in [shell({"env": env("*")}), shell({"args": ["mcp-shell-server", "--allowed-commands=*"]})] {
		count(rule.deny) == 1 with input as inp([s])
	}
}

test_explicit_approval_rule_passes if {
	settings := ag.config("mcp", {"permissions": ag.permissions({"ask": ["mcp__shell"]})})
	count(rule.deny) == 0 with input as ag.only([ag.mcp([shell({})]), settings])
}

browser(args) := ag.server({"name": "browser", "args": args, "package": "@playwright/mcp", "package_arg": 0})

test_browser_needs_an_origin_allowlist if {
	count(rule.deny) == 1 with input as inp([browser(["@playwright/mcp@0.0.32"])])
	scoped := browser(["@playwright/mcp@0.0.32", "--allowed-origins", "https://staging.acme.example"])
	count(rule.deny) == 0 with input as inp([scoped])
}

docker(args) := ag.server({"runner": "docker", "package": "mcp/docker", "args": args, "package_arg": count(args) - 1})

test_privileged_container_fails_at_the_option if {
	some f in rule.deny with input as inp([docker(["run", "-i", "--privileged", "mcp/docker"])])
	f.pointer == "/servers/0/args/2"
}

test_host_wide_container_options_fail if {
	every args in [
		["run", "--network", "host", "mcp/docker"],
		["run", "--net=host", "mcp/docker"],
		["run", "--pid=host", "mcp/docker"],
		["run", "-v", "/var/run/docker.sock:/var/run/docker.sock", "mcp/docker"],
		["run", "--mount", "type=bind,source=/,target=/host", "mcp/docker"],
		["run", "--volume=/:/host", "mcp/docker"],
	] {
		count(rule.deny) == 1 with input as inp([docker(args)])
	}
}

test_workspace_mount_passes if {
	count(rule.deny) == 0 with input as inp([docker(["run", "-i", "--rm", "-v", "./data:/data", "mcp/docker"])])
}

test_records_evidence_when_satisfied if {
	settings := ag.config("mcp", {"permissions": ag.permissions({"ask": ["mcp__shell"]})})
	count(rule.evidence) == 1 with input as ag.only([ag.mcp([shell({})]), settings])
	count(rule.evidence) == 0 with input as ag.only([ag.mcp([shell({})])])
}
