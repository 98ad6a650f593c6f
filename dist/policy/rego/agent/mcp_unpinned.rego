# METADATA
# title: MCP server code not pinned
# description: |
#   A stdio MCP server started by a package runner or container runtime runs whatever the registry
#   serves at that moment. Without an exact version (npm `@1.2.3`, PyPI `==1.2.3`) or an image
#   digest, the tool code can change under the agent without any review; a download piped into a
#   shell cannot be pinned at all. A version pinned only by a tag is AIGIS-AG-018.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm032025-supply-chain/
#   - https://modelcontextprotocol.io/specification/draft/basic/security_best_practices
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-003
#   severity: high
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
#     Pin the exact version the team reviewed: `npx -y pkg@1.2.3`, `uvx pkg==1.2.3`, an image with
#     `@sha256:…`, a git source at a commit. Replace `curl … | sh` launchers with a pinned package.
#   example: |
#     "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "./docs"]
package aigis.rules.agent.mcp_unpinned

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, lib.format("%s/package", [s.pointer]), msg) if {
	some [cfg, s] in agent.servers
	msg := unpinned(s)
}

unpinned(s) := lib.format(
	"MCP server '%s' pipes a download into a shell; nothing pins the code it runs.",
	[s.name],
) if {
	s.runner == "download-pipe"
}

unpinned(s) := msg if {
	s.runner != "download-pipe"
	s.pin == "none"
	msg := lib.format(
		"MCP server '%s' runs %s through %s without a version: each start may fetch other code.",
		[s.name, agent.server_code(s), s.runner],
	)
}

unpinned(s) := msg if {
	s.runner != "download-pipe"
	s.pin in {"floating", "range"}
	msg := lib.format(
		"MCP server '%s' runs %s at the moving version '%s' instead of an exact one.",
		[s.name, s.package, s.version],
	)
}

evidence contains lib.evidence(cfg, lib.format("%s/package", [s.pointer]), "pins the MCP server code exactly") if {
	some [cfg, s] in agent.servers
	s.pin in {"exact", "digest", "commit"}
}
