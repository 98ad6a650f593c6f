# METADATA
# title: Datasets named by a model have dataset records
# description: |
#   Every dataset a model card says the model was trained on must have its own record in the
#   repository (or be on the configured list of public datasets), so its provenance, licence and
#   personal-data status can be checked.
# related_resources:
#   - https://huggingface.co/docs/hub/datasets-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-XA-001
#   severity: high
#   effort: medium
#   applies_to: [model_card, dataset]
#   controls:
#     - iso42001:A.4.3
#     - iso42001:A.7.2
#     - iso42001:A.7.5
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 2.3
#     - owasp-llm:LLM04:2025
#     - eu-ai-act:Annex IV(2)(d)
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 2.3
#   remediation: |
#     Add a dataset record for it (a Hugging Face dataset card, a Croissant file, a Data Provenance
#     Standard record, or a CycloneDX `data` component), or list it under `params.public_datasets` in
#     `.aigis.yml` if it is a public dataset you rely on as published.
#   example: |
#     # data/support-tickets/provenance.yaml
#     source:
#       title: support-tickets-2026
package aigis.rules.cross_artifact.datasets_documented

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(card, "/datasets", msg) if {
	some card in input.artifacts.model_cards
	some name in card.datasets
	not documented(name)
	msg := lib.format(
		"Model card for %s names training dataset '%s', which has no dataset record.",
		[lib.display_name(card), name],
	)
}

documented(name) if index.dataset_named(lib.short_name(name))

# CycloneDX model cards name their data by bom-ref.
documented(name) if index.data_ref(name)

documented(name) if {
	some allowed in lib.param("public_datasets")
	lib.same_name(allowed, name)
}

evidence contains lib.evidence(card, "/datasets", "each named training dataset has a record or is public") if {
	some card in input.artifacts.model_cards
	count(card.datasets) > 0
	every name in card.datasets {
		documented(name)
	}
}
