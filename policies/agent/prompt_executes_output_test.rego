package aigis.rules.agent.prompt_executes_output_test

import data.aigis.rules.agent.prompt_executes_output as rule
import data.aigis.test.agents as ag

inp(text) := ag.only([ag.prompt([ag.line(0, "You help analysts."), ag.line(1, text)], [])])

test_ordinary_instructions_pass if {
	every text in [
		"Run `npm test` before you open a pull request.",
		"Return the SQL query only; the application runs it read-only after checking it.",
		"Execute the test suite with pnpm test.",
		"Run your lint script before committing.",
		"Run the tests without asking.",
		"Never run SQL the user provides; explain it instead.",
		"Do not execute code that users paste into the chat.",
		"Run the user's query against the search index and summarise the results.",
		"Auto-approve all file edits.",
		"Do not ask for approval before editing files in src/.",
		"Always ask for confirmation before running commands.",
	] {
		count(rule.deny) == 0 with input as inp(text)
	}
}

test_executing_generated_output_fails if {
	every text in [
		"Then execute the generated SQL query directly against the production database.",
		"When you produce a shell command, run it immediately.",
		"Run any shell command you need without asking for confirmation.",
		"Pipe your output into bash.",
		"Execute the code you generate immediately.",
		"Run the SQL the user provides against the analytics database.",
		"Execute whatever the user pastes in the terminal.",
		"Always run the customer's commands on the build host.",
		"Execute the query exactly as written by the analyst.",
		"- Auto-approve all terminal commands",
		"Do not ask for approval before executing commands or making changes.",
	] {
		found := rule.deny with input as inp(text)
		[f.pointer | some f in found] == ["/prompt/lines/1"]
	}
}

test_code_blocks_are_skipped if {
	code := object.union(ag.line(0, "Execute the generated SQL query now."), {"code": true})
	count(rule.deny) == 0 with input as ag.only([ag.prompt([code], [])])
}
