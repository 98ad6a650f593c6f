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

test_register_systems_pairs_each_entry_with_its_register if {
	inp := {"artifacts": {"governance": [
		{"doc_kind": "system-register", "id": "a.yaml", "systems": [{"id": "x"}, {"id": "y"}]},
		{"doc_kind": "ai-policy", "id": "AI_POLICY.md", "systems": [{"id": "not-a-register"}]},
		{"doc_kind": "system-register", "id": "b.yaml", "systems": [{"id": "z"}]},
	]}}
	pairs := {[reg.id, sys.id] | some [reg, sys] in lib.register_systems} with input as inp
	pairs == {["a.yaml", "x"], ["a.yaml", "y"], ["b.yaml", "z"]}
}

test_only_an_explicit_retirement_makes_an_entry_inactive if {
	not lib.active({"lifecycle": "retired"})
	not lib.active({"lifecycle": " Retired "})
	every lifecycle in [null, "", "  ", "production", "design", "sunset", 3] {
		lib.active({"lifecycle": lifecycle})
	}
	lib.active({})
}

test_an_entry_that_does_not_name_an_earlier_stage_is_held_to_production if {
	every lifecycle in ["production", "PRODUCTION", null, "", "live"] {
		lib.production({"lifecycle": lifecycle})
	}
	lib.production({})
	every lifecycle in ["design", "Development", "retired"] {
		not lib.production({"lifecycle": lifecycle})
	}
}

test_production_label_says_why_an_entry_is_checked if {
	lib.production_label({"id": "a", "lifecycle": "production"}) == "Production AI system 'a'"
	lib.production_note({"id": "a", "lifecycle": null}) == " (no lifecycle stated, so checked as in production)"
	lib.production_note({"id": "a", "lifecycle": "Production"}) == ""
	contains(lib.production_label({"id": "a", "lifecycle": "live"}), "lifecycle 'live' is not a known stage")
}

test_gap_message_says_too_short_for_a_one_word_answer if {
	lib.gap_message("Crawler", "missing", "too short") == `too short ("Crawler" is under 3 words).`
	lib.gap_message("n/a", "missing", "too short") == "missing"
	lib.gap_message(null, "missing", "too short") == "missing"
}

test_placeholder_matches_every_alternative_in_any_case if {
	every text in [
		"[More Information Needed]", "more information needed", "TODO", "Tbd.", "tba", "N/A", "na",
		"None", "NULL", "Unknown", "---", "...", "…", "Lorem ipsum dolor", "{{ x }}", "{% x %}",
		"<describe>", "[fill in]",
	] {
		lib.placeholder(text)
	}
}

test_placeholder_rejects_text_that_only_starts_like_one if {
	every text in ["Tomorrow", "Nothing else", "Unlike x", "Load tests", "-x", "<a@b.io>", "[x] done", "Mostly", "n"] {
		not lib.placeholder(text)
	}
}

test_placeholder_start_admits_every_placeholder if {
	every text in [
		"[x", "{{ x }}", "<x>", "---", "... .", "…", "Unknown", "LOREM", "More information needed]",
		"TBD.", "n/a", "NONE", "Null",
	] {
		lib.placeholder_start(text)
	}
}

test_placeholder_start_passes_over_what_cannot_be_a_placeholder if {
	every text in ["Drafts replies", "- **Model type:** LLM", "...and more", "No answer", "Total", "m", ""] {
		not lib.placeholder_start(text)
	}
}

test_today_number_is_the_day_number_of_params_today if {
	lib.today_number == 20055 with input as {"config": {"params": {"today": "2024-11-28"}}}
	not lib.today_number with input as {"config": {"params": {"today": "today"}}}
}

test_age_days_counts_from_params_today if {
	lib.age_days("2024-11-27") == 1 with input as {"config": {"params": {"today": "2024-11-28"}}}
	not lib.age_days("2024-11-27") with input as {"config": {"params": {"today": null}}}
}

test_section_filled_needs_a_matching_heading_with_filled_text if {
	lib.section_filled({"sections": {"Policy": "", "Scope": "Every AI system we run."}}, `(?i)scope`)
	not lib.section_filled({"sections": {"Scope": ""}}, `(?i)scope`)
	not lib.section_filled({"sections": {"Scope": "TBD"}}, `(?i)scope`)
	not lib.section_filled({"sections": {"Principles": "Every AI system we run."}}, `(?i)scope`)
}

test_service_keys_are_compacted_and_never_empty if {
	svc := {"name": "Hugging Face", "provider": null, "endpoints": ["https://api.openai.com/v1", "--"]}
	lib.service_keys(svc) == {"huggingface", "httpsapiopenaicomv1"}
}

test_format_makes_the_text_sprintf_makes if {
	every case in [
		["%s/hashes", ["/components/0"]],
		["Model card for %s names no contact.", ["'chat'"]],
		["AI service %s is reached over plaintext %s.", ["svc", "http"]],
		["%s%s", ["", "b"]],
		["no verb", []],
		["%s/endpoints/%d", ["/services/0", 2]],
		["%s is 100%% done", ["x"]],
		["%s", [null]],
		["%s", [3]],
		["%v and %s", [["a"], "b"]],
		["%s and %s", ["a"]],
	] {
		lib.format(case[0], case[1]) == sprintf(case[0], case[1])
	}
}

test_format_n_substitutes_any_number_of_strings if {
	lib.format_n("%s is reached over %s.", ["svc", "http"]) == "svc is reached over http."
	lib.format_n("plain", []) == "plain"
	lib.format_n("%s/endpoints/%d", ["/s", 2]) == "/s/endpoints/2"
}

test_valid_date_holds_where_day_number_is_defined if {
	every date in ["2026-01-15", "2026-01-15T12:00:00Z", "0000-00-00"] {
		lib.valid_date(date)
		lib.day_number(date)
	}
	every date in ["2026-1-15", "15.01.2026", "", "２０２６-01-15"] {
		not lib.valid_date(date)
		not lib.day_number(date)
	}
	not lib.valid_date(20260115)
}

test_min_words_pattern_is_the_one_sprintf_writes if {
	every n in [1, 3, 10] {
		lib.min_words_pattern == sprintf(`^\S+(\s+\S+){%d}`, [n - 1]) with input as {"config": {"params": {"min_words": n}}}
	}
	lib.min_words_pattern == sprintf(`^\S+(\s+\S+){%d}`, [1.5]) with input as {"config": {"params": {"min_words": 2.5}}}
}

test_day_number_agrees_with_days_from_civil_on_every_year if {
	every y in numbers.range(0, 9999) {
		every md in ["02-29", "03-01"] {
			date := concat("-", [sprintf("%04d", [y]), md])
			lib.day_number(date) == lib.days_from_civil(date)
		}
	}
}

test_day_number_agrees_with_days_from_civil_on_every_month_and_day if {
	years := [0, 1, 3, 4, 99, 100, 101, 399, 400, 401, 1899, 1900, 1970, 1999, 2000, 2024, 2026, 2100, 2400, 9999]
	every y in years {
		every m in numbers.range(0, 99) {
			every d in [0, 1, 28, 29, 30, 31, 99] {
				date := sprintf("%04d-%02d-%02dT12:00:00Z", [y, m, d])
				lib.day_number(date) == lib.days_from_civil(date)
			}
		}
	}
}

test_day_number_of_known_dates if {
	lib.day_number("1970-01-01") == 0
	lib.day_number("2000-03-01") == 11017
	lib.day_number("1969-12-31") == -1
	lib.day_number("2026-13-01") == lib.days_from_civil("2026-13-01")
	not lib.days_from_civil("soon")
}

test_leap_day if {
	lib.leap_day(20, 0) == 1
	lib.leap_day(19, 0) == 0
	lib.leap_day(20, 24) == 1
	lib.leap_day(20, 26) == 0
}

test_placeholder_admits_by_kind if {
	lib.placeholder_admits("any", "[anything")
	lib.placeholder_admits("dots", "-- .")
	not lib.placeholder_admits("dots", "- item")
	lib.placeholder_admits("word", "N/A.")
	not lib.placeholder_admits("word", "Not for legal advice")
	not lib.placeholder_admits("other", "x")
}

test_applies_unless_the_format_does_not_support_the_field if {
	lib.applies({"unsupported": ["energy"]}, "license")
	not lib.applies({"unsupported": ["energy"]}, "energy")
	lib.applies({}, "energy")
	lib.applies({"unsupported": null}, "energy")
	lib.unsupported({"unsupported": ["energy"]}, "energy")
	not lib.unsupported({"unsupported": []}, "energy")
}
