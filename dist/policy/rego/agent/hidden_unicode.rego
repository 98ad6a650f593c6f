# METADATA
# title: Hidden or bidirectional Unicode in prompts or tool configuration
# description: |
#   Unicode tag characters, zero-width characters and bidirectional controls are invisible or
#   reorder text in editors and code review, yet the model reads them. They hide instructions in
#   rules files, prompts and tool settings. Findings list the code points, never the decoded text;
#   zero-width joiners inside emoji and subdivision flags are not reported.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm012025-prompt-injection/
#   - https://www.unicode.org/reports/tr36/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-009
#   severity: high
#   effort: small
#   applies_to: [agent_config]
#   evidence: none
#   evidence_reason: Absence of hidden characters is not evidence that an agent resists goal hijack.
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM01:2025
#     - owasp-agentic:ASI01
#     - owasp-agentic:ASI06
#   crosswalk_backed:
#     - owasp-agentic:ASI01
#     - owasp-agentic:ASI06
#   remediation: |
#     Delete the characters (`grep -nP '[\x{200B}-\x{200D}\x{2060}\x{FEFF}\x{202A}-\x{202E}\x{2066}-\x{2069}]'`
#     finds most of them), find out how they got into the file, and review what they spelled out.
#   example: |
#     A rules file line with no characters outside printable text and ordinary whitespace.
package aigis.rules.agent.hidden_unicode

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, h.pointer, msg) if {
	some cfg in agent.configs
	some h in cfg.hidden_unicode
	msg := sprintf("%s: %d hidden %s (%s) in %s.", [cfg.path, h.count, what(h), concat(", ", h.code_points), h.field])
}

what(h) := "Unicode tag characters, which can spell out instructions no reviewer sees" if {
	some cp in h.code_points
	startswith(cp, "U+E00")
} else := "bidirectional controls, which reorder what a reviewer sees" if {
	some cp in h.code_points
	cp in {"U+202A", "U+202B", "U+202C", "U+202D", "U+202E", "U+2066", "U+2067", "U+2068", "U+2069"}
} else := "zero-width characters"
