package aigis.rules.agent.hidden_unicode_test

import data.aigis.rules.agent.hidden_unicode as rule
import data.aigis.test.agents as ag

hidden(points) := {"pointer": "/hidden_unicode/0", "field": "text", "code_points": points, "count": count(points)}

inp(points) := ag.only([ag.config("prompt", {"path": "AGENTS.md", "hidden_unicode": [hidden(points)]})])

test_plain_text_passes if {
	count(rule.deny) == 0 with input as ag.only([ag.prompt([ag.line(0, "Keep functions small.")], [])])
}

test_tag_characters_fail if {
	some f in rule.deny with input as inp(["U+E0041", "U+E006C"])
	f.pointer == "/hidden_unicode/0"
	contains(f.message, "U+E0041, U+E006C")
	contains(f.message, "tag characters")
}

test_bidi_controls_are_named if {
	some f in rule.deny with input as inp(["U+202E"])
	contains(f.message, "bidirectional")
}

test_zero_width_characters_are_named if {
	some f in rule.deny with input as inp(["U+200B"])
	contains(f.message, "zero-width")
}
