# METADATA
# title: Shared predicates for aigis rules
# description: |
#   One implementation of the terms every rule uses: filled text, rule parameters, findings.
package aigis.lib

# Default rule parameters live in data.aigis.defaults (policies/data.json); the run's configuration
# overrides them through input.config.params.
default config_params := {}

config_params := input.config.params

param(name) := object.get(config_params, name, data.aigis.defaults[name])

# Text that only says "nothing here yet": template placeholders and filler words.
placeholder_pattern := concat("", [
	`(?i)^\s*(\[?more information needed\]?|todo|tbd|tba|n/?a|none|null|unknown|-+|\.\.\.|…|lorem ipsum.*`,
	`|\{\{.*\}\}|\{%.*%\}|<[^@>]*>|\[.*\])\s*\.?\s*$`,
])

# A trimmed text that only says "nothing here yet". The regular expression runs only on texts that
# start like one of its alternatives (placeholder_start), which decides most texts without it.
placeholder(text) if {
	placeholder_start(text)
	regex.match(placeholder_pattern, text)
}

# What placeholder_pattern requires of a trimmed text, tested without it. The pattern is anchored
# and a trimmed text has no leading space for its \s* to skip, so the text starts with one of the
# alternatives, followed by spaces, a full stop, or (after "[more information needed") a bracket.
# The tables map the first character or the first two letters of every alternative to what the
# rest must be, so a text they do not admit does not match; the regular expression decides the
# rest. Letters are compared in lower case, which (?i) matches exactly for the letters here, except
# k (also the Kelvin sign) and s (also ſ): unknown and lorem ipsum go by their first two letters
# only. The tables are rules, built once per evaluation (one written in a function body is built on
# every call), and are looked up by key, which the wasm build hashes (`x in set` compares x with
# each member).
placeholder_start(text) if placeholder_admits(placeholder_first_chars[substring(text, 0, 1)], text)

placeholder_start(text) if placeholder_admits(placeholder_first_pairs[lower(substring(text, 0, 2))], text)

# What a text that starts like a placeholder must be for the pattern to match: "any" (the regular
# expression decides), "dots" (-+, \.\.\. or …: nothing but dashes, dots, ellipses and spaces) or
# "word" (one of the words, then nothing but spaces, full stops and a bracket).
placeholder_admits("any", _)

placeholder_admits("dots", text) if trim(text, "-.… \t\n\f\r") == ""

placeholder_admits("word", text) if placeholder_words[lower(trim_right(text, "]. \t\n\f\r"))]

placeholder_first_chars := {"[": "any", "{": "any", "<": "any", "-": "dots", ".": "dots", "…": "dots"}

placeholder_first_pairs := {
	"un": "any", "lo": "any",
	"mo": "word", "to": "word", "tb": "word", "n/": "word", "na": "word", "no": "word", "nu": "word",
}

placeholder_words := {"more information needed", "todo", "tbd", "tba", "n/a", "na", "none", "null"}

# filled(x) holds when x is text that documents something: not empty, not a placeholder, and at
# least min_words words long (matched, not counted, so no list of words is built per text).
filled(x) if {
	is_string(x)
	text := trim_space(x)
	text != ""
	not placeholder(text)
	regex.match(min_words_pattern, text)
}

# Text that says something but in fewer than min_words words ("Crawler"): a different gap from a
# missing answer, and reported as such.
too_short(x) if {
	filled_value(x)
	not filled(x)
}

# The message for a text field that is not filled: `short` (with the answer, cut to 60 characters)
# when something too short is written, else `missing`.
gap_message(x, _, short) := msg if {
	too_short(x)
	answer := substring(trim_space(x), 0, 60)
	msg := sprintf(`%s ("%s" is under %d words).`, [short, answer, param("min_words")])
}

gap_message(x, missing, _) := missing if not too_short(x)

# (format_int, not sprintf, for the whole numbers the config schema allows: sprintf is a call out
# to the host in the wasm build; the bound keeps to where both write the same digits.)
min_words_pattern := concat("", [`^\S+(\s+\S+){`, format_int(n, 10), "}"]) if {
	n := param("min_words") - 1
	n == floor(n)
	n >= 0
	n <= 1000
} else := sprintf(`^\S+(\s+\S+){%d}`, [param("min_words") - 1])

# A finding on an artifact: the pointer names the normalized field the rule judged, which the
# host resolves to a file position (or the nearest enclosing one when the field is missing).
finding(artifact, pointer, message) := {
	"artifact": artifact.id,
	"pointer": pointer,
	"message": message,
}

# Evidence on an artifact: the rule examined the normalized field at pointer and found what it
# needs (the note says what). A control counts as met only through such records, never through
# the silence of a rule, so a rule emits one only where its check passed on something it read.
evidence(artifact, pointer, note) := {
	"artifact": artifact.id,
	"pointer": pointer,
	"evidence": note,
}

# sprintf(pattern, args) for a pattern whose only verbs are %s, made natively when every argument
# is a string: in the wasm build sprintf is a call out to the JavaScript host (arguments and result
# passed as JSON), made for nearly every finding and evidence record. Any other verb, a %%, or an
# argument of another type goes to sprintf, so the text is always the one sprintf makes. One
# argument (most calls) joins the two pieces around it, without building the list of texts.
format(pattern, args) := concat(arg, [before, after]) if {
	is_array(args)
	count(args) == 1
	arg := args[0]
	is_string(arg)
	[before, after] := split(pattern, "%s")
	not contains(before, "%")
	not contains(after, "%")
} else := format_n(pattern, args)

format_n(pattern, args) := concat("", [text |
	some i, piece in pieces
	text := concat("", [piece, padded[i]])
]) if {
	pieces := split(pattern, "%s")
	count(pieces) == count(args) + 1
	every piece in pieces {
		not contains(piece, "%")
	}
	every arg in args {
		is_string(arg)
	}
	padded := array.concat(args, [""])
} else := sprintf(pattern, args)

# An artifact is third-party unless its supplier is one of the organization's own names.
third_party(artifact) if not first_party(artifact)

first_party(artifact) if {
	supplier := lower(trim_space(artifact.supplier))
	some name in param("organization_names")
	supplier == lower(trim_space(name))
}

# Strong integrity hashes; MD5 and SHA-1 do not pin anything an attacker cannot forge.
strong_hash_algs := {
	"sha-256", "sha-384", "sha-512", "sha3-256", "sha3-384", "sha3-512",
	"blake2b-256", "blake2b-384", "blake2b-512", "blake3", "sha256", "sha384", "sha512",
}

has_strong_hash(artifact) if {
	some h in artifact.hashes
	lower(h.alg) in strong_hash_algs
	trim_space(h.value) != ""
}

# A licence that names something: an SPDX id or expression, or a name, that is not a non-answer.
declared_license(lic) if {
	some v in [lic.spdx, lic.name]
	is_string(v)
	not upper(trim_space(v)) in {"", "NOASSERTION", "NONE", "UNKNOWN", "OTHER"}
}

declared_license(lic) if {
	upper(trim_space(lic.spdx)) == "OTHER"
	is_string(lic.url)
	trim_space(lic.url) != ""
}

has_license(artifact) if {
	some lic in artifact.licenses
	declared_license(lic)
}

# (A search of the list, rather than a set built from it on every call.)
applies(artifact, field) if not unsupported(artifact, field)

unsupported(artifact, field) if {
	some f in artifact.unsupported
	f == field
}

# How findings name an artifact: its declared name, else its path.
# (concat, not sprintf: the name is a string here, and sprintf is a call out to the host in the wasm
# build, made for nearly every finding.)
display_name(artifact) := concat("", ["'", artifact.name, "'"]) if {
	is_string(artifact.name)
	trim_space(artifact.name) != ""
} else := artifact.id

# A value that says something: filled text of any length (names, e-mail addresses, URLs).
filled_value(x) if {
	is_string(x)
	text := trim_space(x)
	text != ""
	not placeholder(text)
}

# Model and dataset names match ignoring case, surrounding space and an owner prefix ("org/name").
same_name(a, b) if {
	short_name(a) == short_name(b)
	short_name(a) != ""
}

short_name(x) := lower(trim_space(parts[count(parts) - 1])) if {
	parts := split(x, "/")
}

# Records in this input that show the repository builds with AI; data.aigis.index unions them over
# chunks and names the first one (by id), where repository-wide findings are reported, since a
# missing document has no place of its own. Agent configurations (MCP servers, prompts, gateways)
# count too.
ai_records := array.flatten([
	input.artifacts.model_cards,
	input.artifacts.datasets,
	[s | some s in input.artifacts.sboms; count(s.components) + count(s.services) > 0],
	input.artifacts.agent_configs,
])

governance_docs(doc_kind) := [d | some d in input.artifacts.governance; d.doc_kind == doc_kind]

# Every entry of every AI system register, as [register, entry] pairs: findings go on the register
# at the entry's pointer.
register_systems := [[reg, sys] |
	some reg in governance_docs("system-register")
	some sys in reg.systems
]

# The life-cycle stages a register entry may declare (AIGIS-GV-003 reports any other value).
lifecycles := {"design", "development", "production", "retired"}

lifecycle(sys) := lower(trim_space(sys.lifecycle)) if is_string(sys.lifecycle)

else := ""

# An entry is in service unless its lifecycle says retired: a missing, empty or unknown lifecycle
# never switches a rule off (AIGIS-GV-003 reports the field).
active(sys) if lifecycle(sys) != "retired"

# An entry is held to the production controls unless its lifecycle names an earlier stage or
# retirement: an entry that does not say where it is may be live, so it is checked as if it were.
production(sys) if not lifecycle(sys) in (lifecycles - {"production"})

# How findings on production controls name an entry, and why one without a production lifecycle
# is checked at all.
production_label(sys) := format("Production AI system '%s'", [sys.id]) if lifecycle(sys) == "production"

else := sprintf("AI system '%s'%s", [sys.id, production_note(sys)])

production_note(sys) := "" if lifecycle(sys) == "production"

else := " (no lifecycle stated, so checked as in production)" if lifecycle(sys) == ""

else := sprintf(" (lifecycle '%s' is not a known stage, so checked as in production)", [sys.lifecycle])

# A system that acts on its own towards users: nobody stands between its output and the people it reaches.
autonomous_user_facing(sys) if {
	lower(sys.autonomy) in {"full", "autonomous", "fully-autonomous", "yes"}
	sys.user_facing == true
}

# Days since 1970-01-01 for an ISO date (YYYY-MM-DD…), with integer arithmetic only, so the wasm
# policy needs no time builtins from the host. For months 01-12 of years after 0000: 365 days a
# year since year 0, the leap days before the year (ceil(Y/4) - ceil(Y/100) + ceil(Y/400), from the
# year's two halves and a table: division and floor are decimal arithmetic in the wasm build, far
# slower than integer addition), the days before the month, and the day. Other dates keep H.
# Hinnant's days_from_civil, which the first body agrees with wherever it applies (lib_test); year
# 0000 stays with it since it computes January and February from year -1, where OPA's floor rounds
# -1/400 to 0.
day_number(date) := n if {
	regex.match(iso_date_pattern, date)
	m := to_number(substring(date, 5, 2))
	m >= 1
	m <= 12
	c := to_number(substring(date, 0, 2))
	r := to_number(substring(date, 2, 2))
	c + r > 0
	cy := c + to_number(r > 0)
	leap_days := (((25 * c) + quarter_up[r]) - cy) + quarter_up[cy]
	this_leap := to_number(m > 2) * leap_day(c, r)
	days := ((((365 * ((100 * c) + r)) + leap_days) + days_before_month[m]) + this_leap) - 1
	n := (days + to_number(substring(date, 8, 2))) - 719528
} else := days_from_civil(date)

days_from_civil(date) := n if {
	regex.match(iso_date_pattern, date)
	m := to_number(substring(date, 5, 2))
	y := to_number(substring(date, 0, 4)) - to_number(m <= 2)
	era := floor(y / 400)
	yoe := y - (era * 400)
	mp := (m + 9) % 12
	doy := (floor(((153 * mp) + 2) / 5) + to_number(substring(date, 8, 2))) - 1
	doe := (((yoe * 365) + floor(yoe / 4)) - floor(yoe / 100)) + doy
	n := ((era * 146097) + doe) - 719468
}

# quarter_up[x] is ceil(x / 4) for x from 0 to 100.
quarter_up := array.concat([0], [q | some q in numbers.range(1, 25); some _ in [1, 2, 3, 4]])

days_before_month := [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

# 1 when year 100 * c + r is a leap year, else 0.
leap_day(c, r) := 1 if {
	r > 0
	r % 4 == 0
} else := 1 if {
	r == 0
	c % 4 == 0
} else := 0

# The run's date (params.today, set by the host or pinned in config) as a day number: a rule, so it
# is computed once per evaluation rather than on every age_days call.
today_number := day_number(param("today"))

# Age in days of an ISO date on the run's date.
age_days(date) := today_number - day_number(date)

# What day_number reads: a date is valid exactly when day_number is defined, which is when this
# matches (the arithmetic that follows always succeeds on digits), so valid_date skips the arithmetic.
iso_date_pattern := `^\d{4}-\d{2}-\d{2}`

valid_date(x) if {
	is_string(x)
	regex.match(iso_date_pattern, x)
}

# An e-mail address, an https URL or a @handle: somewhere a report can actually be sent.
contact_pattern := `^(mailto:)?[^@\s]+@[^@\s]+\.[^@\s]+$|^https://\S+$|^@[\w.-]+$`

reachable_contact(x) if {
	filled_value(x)
	regex.match(contact_pattern, trim_space(x))
}

# Where a finding about an unfilled section goes: the first section (by key) whose heading matches
# the pattern, so each placeholder is reported at its own heading; the section list when none does.
section_pointer(doc, pattern) := concat("/", ["/sections", escaped]) if {
	keys := {key | some key, _ in doc.sections; regex.match(pattern, key)}
	count(keys) > 0
	escaped := replace(replace(min(keys), "~", "~0"), "/", "~1")
} else := "/sections"

# How messages name the section a pattern looks for: its label in params.section_labels, else the
# pattern's first alternative (never the raw regular expression).
section_label(pattern) := label if {
	label := section_labels[pattern]
} else := split(trim_prefix(pattern, "(?i)"), "|")[0]

section_labels := param("section_labels")

# Section text of a document whose heading matches one of the patterns.
# Sections without text (a title heading) are passed over before the heading is matched, since
# filled would reject them anyway.
section_filled(doc, pattern) if {
	some key, text in doc.sections
	text != ""
	regex.match(pattern, key)
	filled(text)
}

# The observed AI inventory (src/inventory): records are optional in inputs built before it existed.
inventory_records := object.get(input.artifacts, "inventory", [])

inventory_uses := [[r, u] |
	some r in inventory_records
	some u in r.uses
]

# A name reduced to lower-case letters and digits, so "Hugging Face" and "api.openai.com" compare
# with provider keys (huggingface, openai).
# (The runs of letters and digits joined, which is what is left between the splits at the other
# characters; found natively, where regex.split is a call out to the host in the wasm build.)
compact(x) := concat("", [run[0] | some run in regex.find_all_string_submatch_n(`[a-z0-9]+`, lower(x), -1)])

# What names an SBOM service's provider: its name, provider and endpoints, compacted.
service_keys(svc) := {key |
	some v in array.concat([svc.name, svc.provider], svc.endpoints)
	is_string(v)
	key := compact(v)
	key != ""
}

# A data flow whose classification says something.
classified_flow(svc) if {
	some f in svc.data_flows
	filled_value(f.classification)
	lower(f.classification) != "unknown"
}

# A base model as lineage rules compare it: "org/name@revision" and "name" compare by name.
base_model_name(x) := short_name(split(x, "@")[0])

# The SPDX licence ids an artifact declares, lower case; NOASSERTION, NONE and OTHER declare none.
spdx_ids(x) := {lower(lic.spdx) |
	some lic in x.licenses
	is_string(lic.spdx)
	not upper(lic.spdx) in {"", "NOASSERTION", "NONE", "OTHER"}
}
