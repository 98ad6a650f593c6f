# METADATA
# title: Shared predicates for the observed AI inventory
# description: |
#   What the inventory rules ask of the AI uses found in code, manifests, containers and weights
#   files (src/inventory): which uses must be documented, and where the documentation is.
# schemas:
#   - input: schema["policy-input"]
package aigis.inventory

import data.aigis.index
import data.aigis.lib

# Every use of every record, as [record, use] pairs: findings go on the record at the use's pointer.
uses := lib.inventory_uses

# Uses someone must be able to account for: models (Hub, Ollama, provider models), weights files,
# and packages that send data to a hosted provider. Frameworks and local runtimes are ordinary
# dependencies; credential names only corroborate a provider.
documentable(u) if u.type in {"model", "weights"}

documentable(u) if {
	u.type == "package"
	is_string(u.provider)
}

# A model or weights file is documented when an SBOM component, a model card or an AI system
# register entry names it; a hosted provider when an SBOM service or a register entry does.
documented(u) if {
	u.type in {"model", "weights"}
	index.sbom_component_named(lib.short_name(u.name))
}

documented(u) if {
	u.type in {"model", "weights"}
	index.model_card_named(lib.short_name(u.name))
}

documented(u) if {
	u.type in {"model", "weights"}
	index.register_model_named(lib.short_name(u.name))
}

documented(u) if {
	u.type == "package"
	provider_documented(u.provider)
}

provider_documented(provider) if index.sbom_service_mentions(provider)

provider_documented(provider) if index.register_service_mentions(provider)

# A Hub revision pins the weights only as a commit hash: branches and tags move.
pinned_revision(u) if regex.match(`^[0-9a-f]{40}$`, u.revision)

# How findings name a use.
describe(u) := lib.format("%s '%s'", [kind_label[u.type], u.name])

kind_label := {
	"model": "Model",
	"weights": "Weights file",
	"package": "AI package",
	"serving-image": "Serving image",
	"credential": "AI credential",
}
