# METADATA
# title: Repository index
# description: |
#   What rules need to know about the whole repository beyond the artifacts they judge: names
#   of the dataset records and model cards, the first AI record, the SBOMs' model components
#   and contacts, the agent configurations that act, the MCP servers with host-wide reach and
#   the MCP tools that need approval. A large repository is evaluated in chunks of artifacts;
#   the host evaluates `local` on every chunk, merges them and loads the result as
#   data.aigis_repository_index, so a chunk sees the whole repository through `repo`. A single
#   evaluation (no such data) indexes its own artifacts, which gives the same answers.
package aigis.index

import data.aigis.agent
import data.aigis.lib

# The index of the artifacts in this input, a second entrypoint of the wasm build (passed to `opa
# build -e`). Its values are sets, which the host unions over chunks, and objects, whose keys it
# unions (a key's sets united, its `true` kept): name lookups are objects so that a chunk finds a
# name without first building a set of every name in the repository.
local := {
	"acting_agent_configs": {{"id": c.id, "path": c.path} | some c in agent.acting},
	"data_refs": {comp.ref: true |
		some s in input.artifacts.sboms
		some comp in s.components
		comp.type == "data"
		is_string(comp.ref)
	},
	"dataset_names": {name: true |
		some ds in input.artifacts.datasets
		name := lib.short_name(ds.name)
	},
	# Where only presence or the first id matters, a chunk contributes its first id alone.
	"mcp_ask_rules": {rule: true |
		some c in agent.configs
		some rule in c.permissions.ask
		is_string(rule)
	},
	"first_ai_record_id": first({r.id | some r in lib.ai_records}),
	"first_ai_sbom_id": first({s.id | some s in input.artifacts.sboms; count(s.components) + count(s.services) > 0}),
	"first_card_or_dataset_id": first({a.id |
		some a in array.concat(input.artifacts.model_cards, input.artifacts.datasets)
	}),
	"first_security_contact_sbom_id": first({s.id |
		some s in input.artifacts.sboms
		some ref in s.external_references
		ref.type in {"security-contact", "rfc-9116"}
	}),
	"model_card_names": {name: true |
		some card in input.artifacts.model_cards
		name := lib.short_name(card.name)
	},
	"reaching_mcp_servers": {s.name |
		some [_, s] in agent.servers
		count(agent.reach(s)) > 0
	},
	# What the SBOMs' model components are compared with (policies/cross_artifact): per card name,
	# the base models and licences of the cards of that name, united (for evidence) and as distinct
	# sorted lists with the cards that declare each (for findings). A rule looks up the cards of its
	# chunk's own components, so many artifacts of one name cost a lookup each, not a pair each.
	"model_card_bases": local_model_card_bases,
	"model_card_lineages": local_model_card_lineages,
	"model_card_lineage_ids": local_model_card_lineage_ids,
	"model_card_licenses": local_model_card_licenses,
	"model_card_license_sets": local_model_card_license_sets,
	"model_card_license_set_ids": local_model_card_license_set_ids,
	# The observed AI inventory against the SBOMs (policies/inventory).
	"first_inventory_id": first({r.id | some r in lib.inventory_records}),
	"sbom_component_names": {lib.short_name(comp.name): true |
		some s in input.artifacts.sboms
		some comp in s.components
		is_string(comp.name)
	},
	"sbom_component_sha256": local_sbom_sha256,
	"sbom_service_keys": {key: true |
		some s in input.artifacts.sboms
		some svc in s.services
		some key in lib.service_keys(svc)
	},
	"classified_service_keys": {key: true |
		some s in input.artifacts.sboms
		some svc in s.services
		lib.classified_flow(svc)
		some key in lib.service_keys(svc)
	},
	"used_names": {lib.short_name(u.name): true | some [_, u] in lib.inventory_uses},
	"provider_uses": local_provider_uses,
	# Governance documents are split across chunks like every other artifact; what rules need to
	# know of the documents in other chunks is indexed: which kinds exist, which register entries
	# a document covers (by its path or the ids in systems_covered), and repository-wide facts.
	"governance_kinds": {doc.doc_kind: true | some doc in input.artifacts.governance},
	"governance_covers": local_governance_covers,
	"oversight_assessed_ids": {id: true |
		some doc in lib.governance_docs("impact-assessment")
		lib.section_filled(doc, `(?i)oversight|human review|human in the loop`)
		some id in doc.systems_covered
	},
	"first_ai_policy_path": first({doc.path | some doc in lib.governance_docs("ai-policy")}),
	"governance_facts": {fact: true | some fact in local_governance_facts},
	"register_model_names": {lib.short_name(m): true |
		some [_, sys] in lib.register_systems
		some m in sys.models
		is_string(m)
		lib.short_name(m) != ""
	},
	"register_service_keys": {lib.compact(svc): true |
		some [_, sys] in lib.register_systems
		some svc in sys.services
		is_string(svc)
	},
}

# What each governance document covers, as [kind, "path", its path] and [kind, "id", system id]
# for each id in its systems_covered (JSON-encoded keys): a register entry names its document by
# either. Keys, not a list, so that a lookup does not grow with the number of documents.
local_governance_covers[json.marshal(key)] := true if {
	some doc in input.artifacts.governance
	by_id := [[doc.doc_kind, "id", id] | some id in doc.systems_covered]
	some key in array.concat([[doc.doc_kind, "path", doc.path]], by_id)
}

# Facts about the repository that any one governance document can establish.
local_governance_facts contains "measurable_objective" if {
	some k in ["ai-policy", "responsible-ai"]
	some doc in lib.governance_docs(k)
	some o in doc.objectives
	lib.filled_value(o.metric)
	lib.filled_value(o.target)
}

local_governance_facts contains "acceptable_use_rules" if {
	some doc in lib.governance_docs("acceptable-use")
	some text in doc.sections
	lib.filled(text)
}

local_governance_facts contains "acceptable_use_rules" if {
	some doc in lib.governance_docs("ai-policy")
	lib.section_filled(doc, acceptable_use_sections)
}

local_governance_facts contains "concerns_contact" if {
	some doc in lib.governance_docs("ai-policy")
	lib.reachable_contact(doc.concerns_contact)
}

local_governance_facts contains "incident_contact" if {
	some doc in lib.governance_docs("incident-response")
	lib.reachable_contact(doc.contact)
}

local_governance_facts contains "oversight_described" if {
	some [_, sys] in lib.register_systems
	lib.filled(sys.human_oversight)
}

local_governance_facts contains "oversight_described" if {
	some kind in ["impact-assessment", "ai-policy"]
	some doc in lib.governance_docs(kind)
	lib.section_filled(doc, `(?i)oversight|human review|human in the loop|approval`)
}

# The headings that state acceptable-use rules in an AI policy.
acceptable_use_sections := `(?i)acceptable use|permitted use|prohibited use|allowed use|usage rules|rules of use`

# SHA-256 hashes of SBOM components by short name (weights files are checked against them).
local_sbom_sha256[name] contains lower(h.value) if {
	some s in input.artifacts.sboms
	some comp in s.components
	name := lib.short_name(comp.name)
	some h in comp.hashes
	lower(h.alg) in {"sha-256", "sha256"}
}

# Every use of a hosted provider as [record id, pointer]: a finding per provider goes on the first.
local_provider_uses[u.provider] contains [r.id, u.pointer] if {
	some [r, u] in lib.inventory_uses
	is_string(u.provider)
}

first(ids) := {min(ids)} if count(ids) > 0

else := set()

# Model cards of their own (not a CycloneDX component's model card): the short name of each by its
# index in input.artifacts.model_cards, and its base models' short names and SPDX ids. By index, so
# that the rules below compute these once per card, and never hash whole cards into sets.
own_card_names[i] := lib.short_name(card.name) if {
	some i, card in input.artifacts.model_cards
	card.format != "cyclonedx"
}

own_card_bases[i] := card_bases(input.artifacts.model_cards[i]) if some i, _ in own_card_names

own_card_licenses[i] := lib.spdx_ids(input.artifacts.model_cards[i]) if some i, _ in own_card_names

# The short names of a card's base models (empty when it declares none).
card_bases(card) := {lib.base_model_name(b) | some b in card.base_models}

local_model_card_bases[name] contains base if {
	some i, name in own_card_names
	some base in own_card_bases[i]
}

local_model_card_lineages[name] contains sort(bases) if {
	some i, name in own_card_names
	bases := own_card_bases[i]
	count(bases) > 0
}

local_model_card_lineage_ids[json.marshal([name, sort(bases)])] contains id if {
	some i, name in own_card_names
	bases := own_card_bases[i]
	count(bases) > 0
	id := input.artifacts.model_cards[i].id
}

local_model_card_licenses[name] contains id if {
	some i, name in own_card_names
	some id in own_card_licenses[i]
}

local_model_card_license_sets[name] contains sort(ids) if {
	some i, name in own_card_names
	ids := own_card_licenses[i]
	count(ids) > 0
}

local_model_card_license_set_ids[json.marshal([name, sort(ids)])] contains id if {
	some i, name in own_card_names
	ids := own_card_licenses[i]
	count(ids) > 0
	id := input.artifacts.model_cards[i].id
}

# SBOM model components by short name, with what cross-artifact rules compare: the SBOM's id (as
# "sbom"), the component's pointer, name, id, licences and ancestors. Rules iterate this input's
# own (a chunk's) and look up the whole repository's cards by name.
local_sbom_models[name] contains model if {
	some s in input.artifacts.sboms
	some comp in s.components
	comp.type == "machine-learning-model"
	name := lib.short_name(comp.name)
	model := object.union(object.filter(comp, {"ancestors", "id", "licenses", "name", "pointer"}), {"sbom": s.id})
}

# The whole repository's index: the one the host merged from every chunk and loaded as data (once
# for all chunks, see src/engine/chunks.ts) when the input is a chunk, else this input's own.
repo := data.aigis_repository_index if is_object(data.aigis_repository_index)

else := local

dataset_named(name) if repo.dataset_names[name] == true

model_card_named(name) if repo.model_card_names[name] == true

data_ref(ref) if repo.data_refs[ref] == true

# The base models declared by the repository's model cards named `name`, united.
model_card_bases_named(name) := object.get(repo.model_card_bases, name, [])

# The distinct (sorted) lists of base models declared by the cards named `name`, and the ids of
# the cards that declare one of them.
model_card_lineages_named(name) := object.get(repo.model_card_lineages, name, [])

model_cards_with_lineage(name, bases) := object.get(repo.model_card_lineage_ids, json.marshal([name, bases]), [])

# The same for licences (lib.spdx_ids).
model_card_licenses_named(name) := object.get(repo.model_card_licenses, name, [])

model_card_license_sets_named(name) := object.get(repo.model_card_license_sets, name, [])

model_cards_with_license_set(name, ids) := object.get(repo.model_card_license_set_ids, json.marshal([name, ids]), [])

has_ai_sbom if count(repo.first_ai_sbom_id) > 0

has_security_contact if count(repo.first_security_contact_sbom_id) > 0

first_card_or_dataset_id := min(repo.first_card_or_dataset_id)

acting_agent_configs := repo.acting_agent_configs

# Names of MCP servers with host-wide reach (filesystem outside the workspace, shell, browser, container).
reaching_mcp_servers := repo.reaching_mcp_servers

# Human approval for the server's tools is declared in a Claude Code settings file, which may be
# another file than the one that declares the server.
approval_declared(s) if repo.mcp_ask_rules[concat("", ["mcp__", s.name])] == true

ai_in_use if count(repo.first_ai_record_id) > 0

first_ai_id := min(repo.first_ai_record_id)

# The observed AI inventory (policies/lib/inventory.rego) as the whole repository sees it.
first_inventory_id := min(repo.first_inventory_id)

has_inventory if count(repo.first_inventory_id) > 0

sbom_component_named(name) if repo.sbom_component_names[name] == true

sbom_component_sha256(name) := object.get(repo.sbom_component_sha256, name, [])

sbom_service_mentions(provider) if {
	some key, _ in repo.sbom_service_keys
	contains(key, provider)
}

classified_service_mentions(provider) if {
	some key, _ in repo.classified_service_keys
	contains(key, provider)
}

used_name(name) if repo.used_names[name] == true

# Whether the repository holds a governance document of the kind (anywhere, in any chunk).
has_governance(kind) if repo.governance_kinds[kind] == true

has_any_governance if count(repo.governance_kinds) > 0

# Whether a document of the kind covers the register entry: its path is the one the entry names
# under `field` (e.g. impact_assessment: ./docs/ai/impact.md), or it lists the entry's id.
covers(kind, sys, field) if repo.governance_covers[json.marshal([kind, "path", trim_prefix(sys[field], "./")])] == true

covers(kind, sys, _) if covers_id(kind, sys)

covers_id(kind, sys) if repo.governance_covers[json.marshal([kind, "id", sys.id])] == true

# Human oversight of a register entry: described in the entry, or in a filled oversight section of
# an impact assessment that covers it.
oversight_documented(sys) if lib.filled(sys.human_oversight)

oversight_documented(sys) if repo.oversight_assessed_ids[sys.id] == true

governance_fact(name) if repo.governance_facts[name] == true

# The first AI policy by path, where repository-wide policy findings are anchored.
first_ai_policy_path := min(repo.first_ai_policy_path)

has_ai_policy if count(repo.first_ai_policy_path) > 0

# A register entry names the model (by short name) or a service whose name holds the provider.
register_model_named(name) if repo.register_model_names[name] == true

register_service_mentions(provider) if {
	some key, _ in repo.register_service_keys
	contains(key, provider)
}

first_provider_use(provider) := min(object.get(repo.provider_uses, provider, []))

# What repository-wide findings (a missing policy, register or SBOM) are reported on: the
# repository itself, id "". A missing document has no place of its own, and pinning it on some
# model card or MCP config would annotate an artifact that has nothing to fix.
repository := {"id": ""}
