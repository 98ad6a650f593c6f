# METADATA
# title: Agents without documented human oversight or incident contact
# description: |
#   Where agents are given tools (MCP servers, tool permissions) or an LLM gateway serves models,
#   the governance documents must say who oversees what the agents do, and whom to tell when they
#   cause harm: a register entry with `human_oversight` (or an oversight section in an impact
#   assessment or the AI policy), and an incident-response contact or the AI policy's
#   `concerns_contact`. Prompt and instruction files alone do not trigger the rule.
# related_resources:
#   - https://www.iso.org/standard/81230.html
#   - https://artificialintelligenceact.eu/article/14/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-015
#   severity: medium
#   effort: medium
#   applies_to: [agent_config, governance]
#   controls:
#     - iso42001:A.9.2
#     - iso42001:A.8.4
#     - iso42001:A.3.3
#     - nist-ai-rmf:MAP 3.5
#     - nist-ai-rmf:GOVERN 4.3
#     - nist-ai-rmf:MANAGE 4.3
#     - owasp-agentic:ASI09
#     - eu-ai-act:Annex IV(2)(e)
#     - eu-ai-act:Art. 14
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 4.3
#   remediation: |
#     Describe the oversight of the agents in the system register (`human_oversight`: who approves
#     or reviews their actions and how they are stopped) and publish an incident contact
#     (`aigis: {kind: incident-response, contact: …}` or `concerns_contact` in the AI policy).
#   example: |
#     human_oversight: Engineers approve every tool call that writes; agents run with read-only tokens
package aigis.rules.agent.agent_oversight

import data.aigis.index
import data.aigis.lib

# Agent configs that act or serve: MCP configs with servers or permissions, gateways.
# Over the whole repository (data.aigis.index): acting configurations as {id, path}.
acting := index.acting_agent_configs

first := [c | some c in acting; c.id == min({x.id | some x in acting})][0]

deny contains lib.finding(first, "", msg) if {
	count(acting) > 0
	not oversight_documented
	msg := sprintf(
		"Agents get tools or models in %d configurations (first: %s); no document describes human oversight.",
		[count(acting), first.path],
	)
}

deny contains lib.finding(first, "", msg) if {
	count(acting) > 0
	not incident_contact
	msg := sprintf(
		"Agents get tools or models in %d configurations (first: %s); no incident or concerns contact is published.",
		[count(acting), first.path],
	)
}

# In a register entry or a filled oversight section of an impact assessment or AI policy.
oversight_documented if index.governance_fact("oversight_described")

incident_contact if index.governance_fact("incident_contact")

incident_contact if index.governance_fact("concerns_contact")

evidence contains lib.evidence(first, "", "agents are covered by documented oversight and an incident contact") if {
	count(acting) > 0
	oversight_documented
	incident_contact
}
