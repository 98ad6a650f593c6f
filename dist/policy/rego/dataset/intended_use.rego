# METADATA
# title: Dataset intended use declared
# description: |
#   A dataset record must say what the data may be used for, so that training or evaluating a model
#   on it stays within that purpose.
# related_resources:
#   - https://github.com/Data-and-Trust-Alliance/DPS
#   - https://huggingface.co/docs/hub/datasets-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-009
#   severity: medium
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.7.2
#     - nist-ai-rmf:MAP 2.3
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.3
#   remediation: |
#     Declare the intended use: Data Provenance Standard `use.intended-purpose`; Hugging Face dataset
#     card `## Uses` › `### Direct Use`.
#   example: |
#     use:
#       intended-purpose: [{code: ai-pre-training}]
package aigis.rules.dataset.intended_use

import data.aigis.lib

deny contains lib.finding(ds, "/intended_use", msg) if {
	some ds in input.artifacts.datasets
	lib.applies(ds, "intended_use")
	not lib.filled_value(ds.intended_use)
	msg := lib.format("Dataset record for %s does not declare its intended use.", [lib.display_name(ds)])
}

evidence contains lib.evidence(ds, "/intended_use", "declares its intended use") if {
	some ds in input.artifacts.datasets
	lib.filled_value(ds.intended_use)
}
