# METADATA
# title: Test fixtures
# description: Complete, passing artifacts that each rule test breaks in one place.
package aigis.test.fixtures

model_card(overrides) := object.union(
	{
		"id": "models/chat/README.md",
		"path": "models/chat/README.md",
		"kind": "model_card",
		"format": "huggingface-model-card",
		"format_version": null,
		"name": "support-llm",
		"version": "1.2.0",
		"supplier": "Acme",
		"licenses": [{"spdx": "Apache-2.0", "name": "apache-2.0", "url": null}],
		"hashes": [],
		"base_models": ["meta-llama/Llama-3.1-8B-Instruct"],
		"derived": true,
		"datasets": ["acme/support-tickets-2026"],
		"intended_use": "Drafts replies to support tickets for human agents.",
		"out_of_scope_use": "Not for legal, medical or financial advice.",
		"limitations": "Answers degrade on tickets outside the product catalogue.",
		"training_data": "Two years of anonymised support tickets.",
		"evaluation": "Accuracy 0.91 on the held-out support eval set.",
		"metrics": [{"type": "accuracy", "value": "0.91"}],
		"environmental_impact": "Six hours on 8x A100, 4.1 kg CO2eq.",
		"contact": "ml-platform@example.com",
		"unsupported": [],
		"problems": [],
		"description": "A LoRA adapter that drafts replies to support tickets.",
		"task": "text-generation",
		"architecture": "LoRA adapter on a decoder-only transformer",
		"training_procedure": "Three epochs of LoRA fine-tuning, rank 16.",
		"test_datasets": ["acme/support-eval-2026"],
		"owners": ["Acme"],
		"energy": [],
		"risk_assessment": null,
		"autonomy_type": null,
		"human_oversight": "Agents approve every drafted reply.",
		"sensitive_data": null,
		"standards": [],
	},
	overrides,
)

dataset(overrides) := object.union(
	{
		"id": "data/tickets/provenance.yaml",
		"path": "data/tickets/provenance.yaml",
		"kind": "dataset",
		"format": "dtadps",
		"format_version": "1.0.0",
		"name": "support-tickets-2026",
		"version": null,
		"supplier": "Acme Support",
		"licenses": [{"spdx": "CC-BY-4.0", "name": "CC-BY-4.0", "url": null}],
		"hashes": [{"alg": "SHA-256", "value": "4c1e"}],
		"origin": "Acme Support (US)",
		"collection": "Exported from the ticketing system, feeds-internal.",
		"processing": "Deduplicated, filtered to English, names and e-mails redacted.",
		"source_datasets": [],
		"sensitive_data": "pii (evaluated)",
		"intended_use": "ai-pre-training",
		"limitations": "Over-represents enterprise customers.",
		"owners": ["Acme Support"],
		"unsupported": [],
		"problems": [],
		"description": "Anonymised customer-support tickets, 2024-2026.",
		"bias": "Over-represents enterprise customers; consumer questions are rare.",
		"classification": null,
		"anonymization": "data-redaction",
		"annotation": null,
		"collection_methods": ["feeds-internal"],
		"collection_date": "2026-03-01",
		"maintenance": null,
		"out_of_scope_use": null,
		"contact": null,
		"stewards": [],
		"custodians": [],
		"distributions": [],
	},
	overrides,
)

component(overrides) := object.union(
	{
		"pointer": "/components/0",
		"ref": "model-1",
		"type": "machine-learning-model",
		"name": "support-llm",
		"version": "3f2a9c1",
		"supplier": "Acme",
		"purl": "pkg:huggingface/acme/support-llm@3f2a9c1",
		"licenses": [{"spdx": "Apache-2.0", "name": null, "url": null}],
		"hashes": [{"alg": "SHA-256", "value": "9f2c"}],
		"external_references": [],
		"has_model_card": true,
		"ancestors": [],
		"properties": [],
		"depends_on": [],
	},
	overrides,
)

service(overrides) := object.union(
	{
		"pointer": "/services/0",
		"ref": "openai",
		"name": "chat-completions",
		"provider": "OpenAI",
		"endpoints": ["https://api.openai.com/v1/chat/completions"],
		"authenticated": true,
		"trust_boundary": true,
		"data_flows": [{"flow": "outbound", "classification": "confidential", "source": [], "destination": []}],
		"ai_signals": ["endpoint host api.openai.com"],
		"trust_zone": null,
		"external_references": [],
		"properties": [],
	},
	overrides,
)

sbom(components, services) := {
	"id": "bom.cdx.json",
	"path": "bom.cdx.json",
	"kind": "sbom",
	"format": "cyclonedx",
	"format_version": "1.6",
	"spec": "cyclonedx",
	"name": "support-assistant",
	"timestamp": "2026-10-01T00:00:00Z",
	"components": components,
	"services": services,
	"problems": [],
	"supplier": "Acme",
	"relationships": [],
	"external_references": [],
	"properties": [],
	"unsupported": [],
}

input_with(artifacts) := {
	"schema_version": 1,
	"artifacts": object.union(
		{"model_cards": [], "datasets": [], "sboms": [], "governance": [], "agent_configs": []},
		artifacts,
	),
	"errors": [],
	"repository": {"files_scanned": 1},
	"config": {"params": {"organization_names": ["Acme"]}},
}

cards(list) := input_with({"model_cards": list})

datasets(list) := input_with({"datasets": list})

sboms(list) := input_with({"sboms": list})
