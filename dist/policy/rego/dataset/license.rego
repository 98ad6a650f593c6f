# METADATA
# title: Dataset licence declared
# description: |
#   The licence of a dataset decides whether it may be used to train or evaluate a model; a
#   dataset record must declare it.
# related_resources:
#   - https://huggingface.co/docs/hub/datasets-cards
#   - https://github.com/Data-and-Trust-Alliance/DPS
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-001
#   severity: high
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.7.3
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#     - eu-ai-act:Annex IV(2)(d)
#     - iso42001:A.10.3
#   remediation: |
#     Declare the licence: Hugging Face dataset card `license:`; Data Provenance Standard
#     `use.license`; CycloneDX data component `licenses`.
#   example: |
#     use:
#       license: [CC-BY-4.0]
package aigis.rules.dataset.license

import data.aigis.lib

deny contains lib.finding(ds, "/licenses", msg) if {
	some ds in input.artifacts.datasets
	not lib.has_license(ds)
	msg := lib.format("Dataset record for %s declares no recognisable licence.", [lib.display_name(ds)])
}

evidence contains lib.evidence(ds, "/licenses", "declares the dataset's licence") if {
	some ds in input.artifacts.datasets
	lib.has_license(ds)
}
