package aigis.lib_test

import data.aigis.lib

test_filled_accepts_prose if {
	lib.filled("Drafts replies to tickets.")
}

test_filled_rejects_placeholders if {
	not lib.filled("[More Information Needed]")
	not lib.filled("  TBD ")
	not lib.filled("{{ model_description }}")
	not lib.filled("<describe the model here>")
	not lib.filled(null)
	not lib.filled(3)
}

test_min_words_comes_from_config if {
	lib.filled("two words") with input as {"config": {"params": {"min_words": 2}}}
	not lib.filled("two words") with input as {"config": {"params": {}}}
}

test_filled_value_accepts_short_values if {
	lib.filled_value("a@b.io")
	lib.filled_value("<ml@example.com>")
	not lib.filled_value("N/A")
}

test_display_name if {
	lib.display_name({"id": "x.md", "name": "chat"}) == "'chat'"
	lib.display_name({"id": "x.md", "name": ""}) == "x.md"
	lib.display_name({"id": "x.md", "name": null}) == "x.md"
}

test_same_name_ignores_owner_and_case if {
	lib.same_name("acme/Support-LLM", "support-llm")
	not lib.same_name("", "")
	not lib.same_name("a", "b")
}

test_strong_hash if {
	lib.has_strong_hash({"hashes": [{"alg": "SHA-256", "value": "ab"}]})
	not lib.has_strong_hash({"hashes": [{"alg": "SHA-1", "value": "ab"}]})
	not lib.has_strong_hash({"hashes": [{"alg": "SHA-512", "value": " "}]})
}

test_earlier_names_read_the_index if {
	inp := {"artifacts": {
		"model_cards": [{"id": "b.md", "name": "acme/Chat"}],
		"datasets": [{"id": "a.yaml", "name": "tickets"}],
		"sboms": [], "governance": [],
	}}
	lib.ai_in_use with input as inp
	lib.first_ai_record.id == "a.yaml" with input as inp
	lib.dataset_names == {"tickets"} with input as inp
	lib.model_card_names == {"chat"} with input as inp
	not lib.ai_in_use with input as {"artifacts": {"model_cards": [], "datasets": [], "sboms": [], "governance": []}}
}
