package aigis.rules.agent.auto_approval_test

import data.aigis.rules.agent.auto_approval as rule
import data.aigis.test.agents as ag

settings(overrides) := ag.config("mcp", {"path": ".claude/settings.json", "permissions": ag.permissions(overrides)})

server_input(s) := ag.only([ag.mcp([s])])

settings_input(overrides) := ag.only([settings(overrides)])

fs_root := ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]

test_human_approval_passes if {
	count(rule.deny) == 0 with input as server_input(ag.server({}))
	count(rule.deny) == 0 with input as settings_input({"allow": ["Bash(npm run test:*)"], "ask": ["mcp__github"]})
	count(rule.deny) == 0 with input as settings_input({"terminal_auto_approve": ["npm test"], "auto_approve_all": false})
}

test_auto_approving_everything_fails if {
	some f in rule.deny with input as server_input(ag.server({"auto_approve": ["*"]}))
	f.pointer == "/servers/0/auto_approve"
	contains(f.message, "every tool")
}

test_auto_approving_a_broad_server_fails if {
	some f in rule.deny with input as server_input(ag.server({"args": fs_root, "auto_approve": ["write_file"]}))
	contains(f.message, "runs write_file without asking")
}

# Named tools of a server without host-wide reach are AIGIS-AG-017's.
test_other_auto_approved_tools_are_left_to_the_narrow_rule if {
	count(rule.deny) == 0 with input as server_input(ag.server({"auto_approve": ["read_file", "list_directory"]}))
	count(rule.deny) == 0 with input as settings_input({"enable_all_project_servers": true})
	count(rule.deny) == 0 with input as settings_input({"terminal_auto_approve": ["/.*/"]})
}

test_claude_code_bypass_and_bash_fail if {
	bypass := {"default_mode": "bypassPermissions", "allow": ["Read(./src/**)", "Bash", "Bash(*)"]}
	fs := rule.deny with input as settings_input(bypass)
	{f.pointer | some f in fs} == {"/permissions/default_mode", "/permissions/allow/1", "/permissions/allow/2"}
}

broad := ag.mcp([ag.server({"name": "filesystem", "args": fs_root})])

test_allowing_a_broad_server_fails if {
	some f in rule.deny with input as ag.only([broad, settings({"allow": ["mcp__filesystem"]})])
	f.pointer == "/permissions/allow/0"
}

test_allowing_one_tool_of_a_broad_server_fails if {
	count(rule.deny) == 1 with input as ag.only([broad, settings({"allow": ["mcp__filesystem__read_file"]})])
	count(rule.deny) == 0 with input as ag.only([broad, settings({"allow": ["mcp__docs"]})])
}

test_vscode_auto_approve_fails if {
	some f in rule.deny with input as settings_input({"auto_approve_all": true})
	f.pointer == "/permissions/auto_approve_all"
}

# One case per entry of the permission grammar, and the narrow rules beside each that stay silent.
grammar_cases := [
	["*", "every tool"],
	["Bash", "any shell command"],
	["Bash(*)", "any shell command"],
	["Bash(:*)", "any shell command"],
	["Bash(sudo:*)", "any command through a shell, interpreter or package runner"],
	["Bash(python3 *)", "any command through a shell, interpreter or package runner"],
	["Bash(npm:*)", "any package's code through a package manager"],
	["Bash(curl:*)", "network requests to any host"],
	["Bash(docker:*)", "any container or cluster command"],
	["mcp__*", "every tool of every MCP server"],
]

test_every_grammar_entry_is_broad if {
	count(grammar_cases) == count(rule.claude_allow_grammar) + 3
	every case in grammar_cases {
		some f in rule.deny with input as settings_input({"allow": [case[0]]})
		contains(f.message, case[1])
	}
}

test_narrow_claude_rules_pass if {
	narrow := [
		"Bash(npm run test:*)", "Bash(npm ci)", "Bash(pnpm install:*)",
		"Bash(git status)", "Bash(curl https://api.acme.example/health)",
		"WebFetch(domain:docs.acme.example)", "Read(./src/**)", "mcp__docs__search",
	]
	every allow in narrow {
		count(rule.deny) == 0 with input as settings_input({"allow": [allow]})
	}
}
