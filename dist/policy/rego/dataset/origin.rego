# METADATA
# title: Dataset origin and collection documented
# description: |
#   A dataset record must say where the data came from and how it was collected, so that its
#   provenance can be traced and its fitness judged. A date of collection left as a placeholder
#   (`date: TODO`, as `aigis init` scaffolds it) is reported as not filled, at its line.
# related_resources:
#   - https://github.com/Data-and-Trust-Alliance/DPS
#   - https://huggingface.co/docs/hub/datasets-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-002
#   severity: high
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.7.3
#     - iso42001:A.7.5
#     - nist-ai-rmf:MAP 2.3
#     - owasp-llm:LLM04:2025
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.3
#   remediation: |
#     Document origin and collection: Data Provenance Standard `source.issuer`, `provenance.origin`
#     and `provenance.generation-method`; Hugging Face dataset card `### Source Data` and
#     `#### Data Collection and Processing`; CycloneDX data component: `supplier` for the origin and
#     `data[].description` for how the data was collected.
#   example: |
#     provenance:
#       origin: {name: Acme Support}
#       generation-method: [{code: feeds-internal}]
#       date: 2026-03-01
package aigis.rules.dataset.origin

import data.aigis.lib

deny contains lib.finding(ds, "/origin", msg) if {
	some ds in input.artifacts.datasets
	not lib.filled_value(ds.origin)
	msg := lib.format("Dataset record for %s does not say where the data came from.", [lib.display_name(ds)])
}

deny contains lib.finding(ds, "/collection", msg) if {
	some ds in input.artifacts.datasets
	lib.applies(ds, "collection")
	not lib.filled(ds.collection)
	msg := lib.gap_message(
		ds.collection,
		lib.format("Dataset record for %s does not say how the data was collected.", [lib.display_name(ds)]),
		lib.format("Dataset record for %s answers too briefly how the data was collected", [lib.display_name(ds)]),
	)
}

# A record that gives the date of collection (Data Provenance Standard provenance.date) must give
# a date: a placeholder is an unfilled answer, not a malformed one. Formats without the field give null.
deny contains lib.finding(ds, "/collection_date", msg) if {
	some ds in input.artifacts.datasets
	placeholder_date(ds)
	msg := lib.format(
		"Dataset record for %s does not say when the data was collected (the date is the placeholder \"%s\").",
		[lib.display_name(ds), trim_space(ds.collection_date)],
	)
}

placeholder_date(ds) if {
	is_string(ds.collection_date)
	lib.placeholder(trim_space(ds.collection_date))
}

evidence contains lib.evidence(ds, "/origin", "says where the data came from and how it was collected") if {
	some ds in input.artifacts.datasets
	lib.filled_value(ds.origin)
	lib.filled(ds.collection)
	not placeholder_date(ds)
}
