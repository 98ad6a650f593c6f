# METADATA
# title: AI SBOM present where AI is used
# description: |
#   A repository that documents models or datasets is building with AI; an AI bill of materials must
#   list the models, datasets and hosted AI services it depends on.
# related_resources:
#   - https://cyclonedx.org/capabilities/mlbom/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-001
#   severity: high
#   effort: medium
#   applies_to: [model_card, dataset]
#   controls:
#     - iso42001:A.4.2
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:GOVERN 6.1
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#     - eu-ai-act:Annex IV(2)(a)
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:GOVERN 6.1
#   remediation: |
#     Add a CycloneDX 1.5+ JSON BOM (or an SPDX 3 document) listing the models as
#     `machine-learning-model` components, the datasets as `data` components and hosted AI APIs as
#     `services`. Generators such as cdxgen can produce a starting point.
#   example: |
#     {"bomFormat": "CycloneDX", "specVersion": "1.6",
#      "components": [{"type": "machine-learning-model", "name": "support-llm", "version": "1.2.0"}]}
package aigis.rules.supply_chain.sbom_present

import data.aigis.index
import data.aigis.lib

# Reported on the repository: the message names the first model or dataset record (by id) as the
# evidence that AI is in use, without pinning the gap on that record.
deny contains lib.finding(index.repository, "", msg) if {
	not index.has_ai_sbom
	first_id := index.first_card_or_dataset_id
	msg := lib.format("The repository documents AI models or datasets (%s) but has no AI SBOM listing them.", [first_id])
}

evidence contains lib.evidence(sbom, "", "an AI SBOM lists the AI components") if {
	some sbom in input.artifacts.sboms
	count(sbom.components) + count(sbom.services) > 0
}
