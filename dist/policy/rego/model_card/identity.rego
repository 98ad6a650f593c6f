# METADATA
# title: Model record identifies name and version
# description: |
#   A model record must say which model it describes: a name, and (where the format has a place for
#   it) a version, so that evidence, findings and deployments refer to the same thing.
# related_resources:
#   - https://huggingface.co/docs/hub/model-cards
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-MC-004
#   severity: high
#   effort: small
#   applies_to: [model_card]
#   controls:
#     - iso42001:A.4.2
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:GOVERN 1.6
#     - eu-ai-act:Annex IV(1)
#     - eu-ai-act:Art. 11
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     Name the model and its version: CycloneDX component `name` and `version`; SPDX `name` and
#     `software_packageVersion`; Model Card Toolkit `model_details.name` and `version.name`; a Hugging
#     Face card's title or `model-index[].name`.
#   example: |
#     "name": "support-llm", "version": "1.2.0"
package aigis.rules.model_card.identity

import data.aigis.lib

deny contains lib.finding(card, "/name", msg) if {
	some card in input.artifacts.model_cards
	not lib.filled_value(card.name)
	msg := lib.format("Model record %s does not name the model.", [card.id])
}

# Hugging Face cards are versioned by the repository's revision, not by a field.
deny contains lib.finding(card, "/version", msg) if {
	some card in input.artifacts.model_cards
	card.format != "huggingface-model-card"
	lib.applies(card, "version")
	not lib.filled_value(card.version)
	msg := lib.format("Model record for %s does not give the model's version.", [lib.display_name(card)])
}

# The name alone identifies a Hugging Face card (the Hub versions it by commit); other formats
# need the version too.
evidence contains lib.evidence(card, "/name", "names the model") if {
	some card in input.artifacts.model_cards
	lib.filled_value(card.name)
	versioned(card)
}

versioned(card) if card.format == "huggingface-model-card"

versioned(card) if lib.filled_value(card.version)
