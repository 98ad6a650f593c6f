# METADATA
# title: Personal and sensitive data declared
# description: |
#   A dataset record must state whether the data holds personal or sensitive information: an
#   explicit yes or no, not silence.
# related_resources:
#   - https://github.com/Data-and-Trust-Alliance/DPS
#   - https://huggingface.co/docs/hub/datasets-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-005
#   severity: high
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.5.4
#     - iso42001:A.7.2
#     - nist-ai-rmf:MAP 2.3
#     - nist-ai-rmf:MEASURE 2.10
#     - owasp-llm:LLM02:2025
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.3
#     - nist-ai-rmf:MEASURE 2.10
#   remediation: |
#     Declare personal and sensitive data: Data Provenance Standard `use.classification` (with
#     `evaluated`); Hugging Face dataset card `#### Personal and Sensitive Information`; CycloneDX
#     `data[].sensitiveData` and `classification`.
#   example: |
#     #### Personal and Sensitive Information
#     Ticket texts were scrubbed of names, e-mail addresses and phone numbers before release.
package aigis.rules.dataset.sensitive_data

import data.aigis.lib

deny contains lib.finding(ds, "/sensitive_data", msg) if {
	some ds in input.artifacts.datasets
	not lib.filled_value(ds.sensitive_data)
	msg := lib.format(
		"Dataset record for %s does not state whether it holds personal or sensitive data.",
		[lib.display_name(ds)],
	)
}

evidence contains lib.evidence(ds, "/sensitive_data", "states whether it holds personal or sensitive data") if {
	some ds in input.artifacts.datasets
	lib.filled_value(ds.sensitive_data)
}
