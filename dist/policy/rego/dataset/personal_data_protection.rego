# METADATA
# title: Protection measures for personal data documented
# description: |
#   When a dataset holds personal or sensitive data, its record must say how that data is protected
#   (anonymisation, pseudonymisation, redaction, minimisation, consent), or the data should not be used.
# related_resources:
#   - https://github.com/Data-and-Trust-Alliance/DPS
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-006
#   severity: high
#   effort: small
#   heuristic: true
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.5.4
#     - iso42001:A.7.2
#     - nist-ai-rmf:MEASURE 2.10
#     - owasp-llm:LLM02:2025
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:MEASURE 2.10
#   remediation: |
#     Name the protection measure: Data Provenance Standard `use.privacy-enhancing` (with a PET
#     `tool-category`) and `use.consents`; a Hugging Face card's personal-information section naming the
#     measure; SPDX `dataset_anonymizationMethodUsed`.
#   example: |
#     use:
#       privacy-enhancing:
#         - tool-category: {code: pseudonymization}
package aigis.rules.dataset.personal_data_protection

import data.aigis.lib

# Wording that says personal or sensitive data is present.
present_pattern := `(?i)\b(pii|phi|spi|pci|pfi|personal|sensitive|health|biometric|names?|e-?mail|addresses?|phone)\b`

# Wording that says it is absent.
absent_pattern := concat("", [
	`(?i)^\s*(no|none|n/a|not applicable|none declared.*|no (personal|sensitive).*`,
	`|does not contain.*|contains no .*)\s*\.?\s*$`,
])

# Wording that names a protection measure.
measure_pattern := concat("", [
	`(?i)(anonymi[sz]|pseudonymi[sz]|de-?identif|redact|mask|scrub|minimi[sz]|encrypt|tokeni[sz]|`,
	`differential.privacy|k-anonym|l-divers|t-closeness|federated|aggregat|consent|removed|stripped)`,
])

deny contains lib.finding(ds, "/sensitive_data", msg) if {
	some ds in input.artifacts.datasets
	holds_personal_data(ds)
	not protection_named(ds)
	msg := lib.format(
		"Dataset record for %s declares personal or sensitive data but no protection measure.",
		[lib.display_name(ds)],
	)
}

holds_personal_data(ds) if {
	lib.filled_value(ds.sensitive_data)
	not regex.match(absent_pattern, ds.sensitive_data)
	regex.match(present_pattern, ds.sensitive_data)
}

protection_named(ds) if regex.match(measure_pattern, ds.processing)

protection_named(ds) if regex.match(measure_pattern, ds.sensitive_data)

evidence contains lib.evidence(ds, "/sensitive_data", "names how the personal data it holds is protected") if {
	some ds in input.artifacts.datasets
	holds_personal_data(ds)
	protection_named(ds)
}
