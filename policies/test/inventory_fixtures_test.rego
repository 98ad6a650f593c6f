# Inventory records and uses for the inventory rules' tests.
package aigis.test.inventory

use(i, overrides) := object.union(
	{
		"pointer": sprintf("/uses/%d", [i]),
		"type": "model",
		"name": "org/model",
		"version": null,
		"provider": null,
		"hub": null,
		"category": null,
		"revision": null,
		"hashes": [],
		"evidence": "test",
		"line": 1,
		"column": 1,
	},
	overrides,
)

hf(name, revision) := {"type": "model", "name": name, "hub": "huggingface", "revision": revision}

dependency(name, provider) := {"type": "package", "name": name, "provider": provider, "category": "provider-sdk"}

weights(name, sha) := {"type": "weights", "name": name, "hashes": [{"alg": "SHA-256", "value": sha}]}

provider_model(name, provider) := {"type": "model", "name": name, "hub": provider, "provider": provider}

record(path, uses) := {
	"id": path,
	"path": path,
	"kind": "inventory",
	"format": "code",
	"format_version": null,
	"problems": [],
	"uses": [use(i, u) | some i, u in uses],
}
