# METADATA
# title: Data preparation documented
# description: |
#   How data was cleaned, filtered, labelled or otherwise prepared shapes what a model learns; the
#   dataset record must describe it.
# related_resources:
#   - https://huggingface.co/docs/hub/datasets-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-003
#   severity: medium
#   effort: medium
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.7.4
#     - iso42001:A.7.6
#     - nist-ai-rmf:MAP 2.3
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 2.3
#   remediation: |
#     Describe preparation: Hugging Face dataset card `#### Data Collection and Processing` or
#     `Annotation process`; Croissant `rai:dataPreprocessingProtocol`; SPDX `dataset_dataPreprocessing`.
#   example: |
#     #### Data Collection and Processing
#     Tickets were de-duplicated, stripped of signatures and filtered to English with a language detector.
package aigis.rules.dataset.preparation

import data.aigis.lib

deny contains lib.finding(ds, "/processing", msg) if {
	some ds in input.artifacts.datasets
	lib.applies(ds, "processing")
	not lib.filled(ds.processing)
	msg := lib.format("Dataset record for %s does not describe how the data was prepared.", [lib.display_name(ds)])
}

evidence contains lib.evidence(ds, "/processing", "describes how the data was prepared") if {
	some ds in input.artifacts.datasets
	lib.filled(ds.processing)
}
