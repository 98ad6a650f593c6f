# METADATA
# title: Agent test fixtures
# description: Well-configured MCP, prompt and gateway configs that agent rule tests break in one place.
package aigis.test.agents

import data.aigis.test.fixtures as fx
import data.aigis.test.gov

# Overrides replace whole fields (nested objects such as permissions are replaced, not merged).
shallow(base, overrides) := object.union(object.remove(base, object.keys(overrides)), overrides)

permissions(overrides) := shallow(
	{
		"default_mode": null,
		"allow": [],
		"ask": [],
		"deny": [],
		"enable_all_project_servers": null,
		"auto_approve_all": null,
		"terminal_auto_approve": [],
	},
	overrides,
)

config(format, overrides) := shallow(
	{
		"id": sprintf("%s-config", [format]),
		"path": sprintf("%s-config", [format]),
		"kind": "agent_config",
		"format": format,
		"format_version": null,
		"problems": [],
		"dialect": format,
		"name": null,
		"servers": [],
		"permissions": permissions({}),
		"prompt": {"name": null, "model": null, "lines": [], "variables": []},
		"gateway": {"models": [], "limits": [], "aliases": [], "guardrails": [], "callbacks": []},
		"secrets": [],
		"hidden_unicode": [],
	},
	overrides,
)

# A pinned, workspace-scoped filesystem server.
server(overrides) := shallow(
	{
		"pointer": "/servers/0",
		"name": "docs",
		"transport": "stdio",
		"command": "npx",
		"args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "./docs"],
		"runner": "npx",
		"package": "@modelcontextprotocol/server-filesystem",
		"version": "2025.7.1",
		"pin": "exact",
		"package_arg": 1,
		"url": null,
		"headers": [],
		"env": [],
		"auth": [],
		"auto_approve": [],
		"disabled": false,
	},
	overrides,
)

# An authenticated HTTPS server.
remote(overrides) := server(object.union(
	{
		"name": "github",
		"transport": "http",
		"command": null,
		"args": [],
		"runner": null,
		"package": null,
		"version": null,
		"pin": null,
		"package_arg": -1,
		"url": "https://api.githubcopilot.com/mcp/",
		"headers": [{"name": "Authorization", "value": "Bearer ${input:github-pat}", "reference": true}],
		"auth": ["Authorization"],
	},
	overrides,
))

mcp(servers) := config("mcp", {"path": ".mcp.json", "id": ".mcp.json", "dialect": "claude-code", "servers": servers})

model(overrides) := shallow(
	{
		"pointer": "/gateway/models/0",
		"name": "support-drafts",
		"model": "openai/gpt-4o-2024-08-06",
		"api_base": null,
		"limits": ["rpm", "tpm"],
	},
	overrides,
)

guardrail(modes) := {"pointer": "/gateway/guardrails/0", "name": "pii", "guardrail": "presidio", "modes": modes}

gateway(overrides) := config("gateway", {
	"path": "litellm/config.yaml",
	"id": "litellm/config.yaml",
	"dialect": "litellm",
	"gateway": shallow(
		{
			"models": [model({})],
			"limits": [],
			"aliases": [],
			"guardrails": [guardrail(["pre_call", "post_call"])],
			"callbacks": [],
		},
		overrides,
	),
})

line(i, text) := {"pointer": sprintf("/prompt/lines/%d", [i]), "role": "system", "text": text, "code": false}

variable(i, name, delimited) := {
	"pointer": sprintf("/prompt/variables/%d", [i]),
	"name": name,
	"line": 0,
	"delimited": delimited,
}

prompt(lines, variables) := config("prompt", {
	"path": "prompts/reply.prompt.yml",
	"id": "prompts/reply.prompt.yml",
	"dialect": "github-models",
	"prompt": {
		"name": "reply", "model": "openai/gpt-4o-2024-08-06", "json_output": false,
		"lines": lines, "variables": variables,
	},
})

secret(kind, masked) := {"pointer": "/secrets/0", "field": "env.OPENAI_API_KEY", "kind": kind, "masked": masked}

# Agent configs beside a complete set of governance documents.
input_with(configs) := object.union(gov.repo(gov.complete), {"artifacts": {"agent_configs": configs}})

# Agent configs and nothing else.
only(configs) := fx.input_with({"agent_configs": configs})
