# METADATA
# title: Governance test fixtures
# description: A complete AI policy, register and per-system documents that rule tests break in one place.
package aigis.test.gov

import data.aigis.test.fixtures as fx

# Overrides replace whole fields (object.union would merge nested objects such as sections).
shallow(base, overrides) := object.union(object.remove(base, object.keys(overrides)), overrides)

doc(doc_kind, overrides) := shallow(
	{
		"id": sprintf("docs/ai/%s.md", [doc_kind]),
		"path": sprintf("docs/ai/%s.md", [doc_kind]),
		"kind": "governance",
		"format": "aigis-governance",
		"format_version": null,
		"problems": [],
		"doc_kind": doc_kind,
		"title": doc_kind,
		"sections": {},
		"owner": "Head of ML Platform",
		"approved_by": "CTO",
		"approved_on": "2026-03-01",
		"review_by": "2027-03-01",
		"last_reviewed": null,
		"status": "approved",
		"version": "1.0",
		"contact": "ai-incidents@acme.example",
		"concerns_contact": null,
		"systems_covered": ["support-assistant"],
		"notify": [],
		"objectives": [],
		"systems": [],
		"suppliers": [],
	},
	overrides,
)

policy(overrides) := doc("ai-policy", shallow(
	{
		"sections": {
			"scope": "Covers every AI system Acme builds, buys or operates.",
			"principles": "Human review of customer-facing output, no automated decisions about people.",
			"roles and responsibilities": "The ML platform lead owns this policy; each system has a named owner.",
			"review": "Reviewed every year and after any serious incident.",
			"acceptable use": "Approved assistants may draft text; customer data never enters unapproved tools.",
		},
		"concerns_contact": "ethics@acme.example",
		"objectives": [{"name": "grounded answers", "metric": "citation rate", "target": ">= 0.95"}],
	},
	overrides,
))

impact(overrides) := doc("impact-assessment", shallow(
	{
		"id": "docs/ai/impact/support-assistant.md",
		"path": "docs/ai/impact/support-assistant.md",
		"sections": {
			"affected individuals and groups": "Customers writing tickets and the agents who review drafts.",
			"societal and environmental impacts": "Small: internal support tool with modest inference load.",
			"mitigations": "Agents approve every draft; PII is redacted before prompting.",
			"residual risk": "Accepted by the Head of Support on 2026-03-01.",
			"human oversight": "Agents approve every drafted reply before it is sent.",
		},
	},
	overrides,
))

monitoring(overrides) := doc("monitoring-plan", shallow(
	{
		"id": "docs/ai/monitoring/support-assistant.md",
		"path": "docs/ai/monitoring/support-assistant.md",
		"sections": {"metrics": "Draft acceptance rate and escalation rate, weekly."},
	},
	overrides,
))

incident(overrides) := doc("incident-response", shallow(
	{
		"sections": {"procedure": "Triage within one business day; notify affected customers within 72 hours."},
		"notify": ["internal:security", "external:customers"],
	},
	overrides,
))

notice(overrides) := doc("transparency-notice", shallow(
	{
		"id": "docs/ai/notices/support-assistant.md",
		"path": "docs/ai/notices/support-assistant.md",
		"sections": {"notice": "Replies may be drafted by an AI system and are reviewed by our agents."},
	},
	overrides,
))

system(overrides) := shallow(
	{
		"pointer": "/systems/0",
		"id": "support-assistant",
		"name": "Customer support assistant",
		"purpose": "Drafts replies to support tickets for human agents",
		"lifecycle": "production",
		"owner": "support-ml",
		"owner_contact": "support-ml@acme.example",
		"risk_tier": "limited",
		"user_facing": true,
		"eu_market": true,
		"autonomy": "human-in-the-loop",
		"human_oversight": "Agents approve every drafted reply before it is sent.",
		"models": ["support-llm"],
		"datasets": [],
		"services": [],
		"standards": [],
		"impact_assessment": "docs/ai/impact/support-assistant.md",
		"monitoring": "docs/ai/monitoring/support-assistant.md",
		"fallback": "Route tickets to the manual queue.",
		"transparency_notice": "docs/ai/notices/support-assistant.md",
		"logging_retention_days": 365,
	},
	overrides,
)

register(systems) := doc("system-register", {
	"id": "ai-systems.yaml",
	"path": "ai-systems.yaml",
	"systems_covered": [],
	"systems": systems,
})

# A repository with AI in use and a complete set of governance documents.
repo(governance) := object.union(
	fx.input_with({"model_cards": [fx.model_card({})], "governance": governance}),
	{"config": {"params": {"organization_names": ["Acme"], "today": "2026-11-28"}}},
)

complete := [policy({}), register([system({})]), impact({}), monitoring({}), incident({}), notice({})]
