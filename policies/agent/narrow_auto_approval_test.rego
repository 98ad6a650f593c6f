package aigis.rules.agent.narrow_auto_approval_test

import data.aigis.rules.agent.narrow_auto_approval as rule
import data.aigis.test.agents as ag

settings(overrides) := ag.config("mcp", {"path": ".claude/settings.json", "permissions": ag.permissions(overrides)})

server_input(s) := ag.only([ag.mcp([s])])

settings_input(overrides) := ag.only([settings(overrides)])

fs_root := ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]

test_human_approval_passes if {
	count(rule.deny) == 0 with input as server_input(ag.server({}))
	narrow := {"terminal_auto_approve": ["npm test"], "enable_all_project_servers": false}
	count(rule.deny) == 0 with input as settings_input(narrow)
}

test_named_auto_approved_tools_fail if {
	some f in rule.deny with input as server_input(ag.server({"auto_approve": ["read_file", "list_directory"]}))
	f.pointer == "/servers/0/auto_approve"
	contains(f.message, "runs read_file, list_directory without asking")
}

# Every tool, or a server with host-wide reach, is AIGIS-AG-005's.
test_broad_auto_approval_is_left_to_the_base_rule if {
	count(rule.deny) == 0 with input as server_input(ag.server({"auto_approve": ["*"]}))
	count(rule.deny) == 0 with input as server_input(ag.server({"args": fs_root, "auto_approve": ["write_file"]}))
}

test_all_project_servers_fail if {
	some f in rule.deny with input as settings_input({"enable_all_project_servers": true})
	f.pointer == "/permissions/enable_all_project_servers"
}

test_terminal_patterns_that_approve_anything_fail if {
	some f in rule.deny with input as settings_input({"terminal_auto_approve": ["npm test", "/.*/"]})
	f.pointer == "/permissions/terminal_auto_approve/1"
}

test_approving_a_shell_by_name_fails if {
	count(rule.deny) == 1 with input as settings_input({"terminal_auto_approve": ["bash"]})
}
