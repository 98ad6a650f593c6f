package aigis.rules.inventory.hf_revision_unpinned_test

import data.aigis.rules.inventory.hf_revision_unpinned as rule
import data.aigis.test.fixtures as fx
import data.aigis.test.inventory as inv

test_commit_revision_passes if {
	pinned := inv.hf("org/m", "0123456789abcdef0123456789abcdef01234567")
	inp := fx.input_with({"inventory": [inv.record("a.py", [pinned])]})
	count(rule.deny) == 0 with input as inp
	[e.pointer | some e in rule.evidence with input as inp] == ["/uses/0"]
}

test_missing_or_branch_revision_fails if {
	inp := fx.input_with({"inventory": [inv.record("a.py", [inv.hf("org/m", null), inv.hf("org/n", "main")])]})
	count(rule.deny) == 2 with input as inp
	count(rule.evidence) == 0 with input as inp
}
