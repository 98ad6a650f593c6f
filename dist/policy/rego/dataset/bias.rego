# METADATA
# title: Known bias and limitations of the data documented
# description: |
#   Gaps, skews and known biases in a dataset carry into every model trained on it; the dataset
#   record must state them.
# related_resources:
#   - https://huggingface.co/docs/hub/datasets-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-004
#   severity: medium
#   effort: medium
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.5.4
#     - iso42001:A.7.4
#     - nist-ai-rmf:MAP 2.3
#     - nist-ai-rmf:MEASURE 2.11
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.3
#     - nist-ai-rmf:MEASURE 2.11
#   remediation: |
#     State known bias and limitations: Hugging Face dataset card `## Bias, Risks, and Limitations`;
#     Croissant `rai:dataBiases` and `rai:dataLimitations`; SPDX `dataset_knownBias`; CycloneDX data
#     component property `aigis:known-bias`.
#   example: |
#     ## Bias, Risks, and Limitations
#     Tickets over-represent enterprise customers; consumer questions are about 8% of the data.
package aigis.rules.dataset.bias

import data.aigis.lib

deny contains lib.finding(ds, "/bias", msg) if {
	some ds in input.artifacts.datasets
	not documented(ds)
	msg := lib.format("Dataset record for %s does not state known bias or limitations.", [lib.display_name(ds)])
}

documented(ds) if lib.filled(ds.bias)

# Formats with one section for bias, risks and limitations (no separate bias field) pass with it.
documented(ds) if {
	not lib.applies(ds, "bias")
	lib.filled(ds.limitations)
}

documented(ds) if {
	not lib.applies(ds, "bias")
	not lib.applies(ds, "limitations")
}

# Only text that was written counts: a format with no bias field passes the check above but
# evidences nothing.
evidence contains lib.evidence(ds, "/bias", "states known bias") if {
	some ds in input.artifacts.datasets
	lib.filled(ds.bias)
}

evidence contains lib.evidence(ds, "/limitations", "states bias, risks and limitations in one section") if {
	some ds in input.artifacts.datasets
	not lib.applies(ds, "bias")
	lib.filled(ds.limitations)
}
