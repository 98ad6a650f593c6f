# METADATA
# title: MCP server code pinned by a tag only
# description: |
#   A stdio MCP server whose image (or source) is pinned by a tag alone runs whatever the tag points
#   at when it starts: the publisher, or anyone who takes over the repository, can move it to other
#   code without a version change the team would review. A digest or commit pins the code itself.
#   Servers with no version, a moving one or a piped download are AIGIS-AG-003.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm032025-supply-chain/
#   - https://modelcontextprotocol.io/specification/draft/basic/security_best_practices
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-018
#   severity: medium
#   effort: small
#   applies_to: [agent_config]
#   controls:
#     - iso42001:A.4.4
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.2
#     - nist-ai-rmf:MANAGE 3.1
#     - owasp-llm:LLM03:2025
#     - owasp-agentic:ASI04
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 4.2
#     - nist-ai-rmf:MANAGE 3.1
#     - owasp-agentic:ASI04
#   remediation: |
#     Add the digest to the image (`mcp/docker:1.4.2@sha256:…`) or pin a git source at a commit, so the
#     code that runs is the code the team reviewed.
#   example: |
#     "args": ["run", "-i", "--rm",
#       "mcp/docker:1.4.2@sha256:2d4f8a1c6e0b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f"]
package aigis.rules.agent.mcp_tag_pinned

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, lib.format("%s/package", [s.pointer]), msg) if {
	some [cfg, s] in agent.servers
	s.pin == "tag"
	msg := lib.format(
		"MCP server '%s' pins %s by the tag '%s' only; add the digest or commit.",
		[s.name, s.package, s.version],
	)
}

evidence contains lib.evidence(cfg, lib.format("%s/package", [s.pointer]), note) if {
	note := "pins the MCP server code by version, digest or commit"
	some [cfg, s] in agent.servers
	s.pin in {"exact", "digest", "commit"}
}
