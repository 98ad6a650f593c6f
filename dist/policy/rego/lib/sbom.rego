# METADATA
# title: Shared predicates for SBOM model components
# description: |
#   What several supply-chain rules ask of the models an SBOM lists: which components are models and
#   whether one is documented by a model card.
# schemas:
#   - input: schema["policy-input"]
package aigis.sbom

import data.aigis.index
import data.aigis.lib

# Every model component of every SBOM, as [sbom, component] pairs: findings go on the SBOM at the
# component's pointer.
models := [[sbom, comp] |
	some sbom in input.artifacts.sboms
	some comp in sbom.components
	comp.type == "machine-learning-model"
]

# A model component with a model card: inline, linked, or kept in the repository under the same name.
documented(comp) if comp.has_model_card == true

documented(comp) if {
	some ref in comp.external_references
	ref.type == "model-card"
}

documented(comp) if index.model_card_named(lib.short_name(comp.name))
