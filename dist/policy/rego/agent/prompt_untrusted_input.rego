# METADATA
# title: Prompt interpolates untrusted input without delimiting it
# description: |
#   A template slot such as `{{customer_message}}` or `{question}` that pastes user or document text
#   straight into a prompt lets that text read as instructions. Wrapping it in a tag pair, quotes, a
#   fenced block or delimiter lines, and saying it is data, is the first defence against prompt
#   injection. Heuristic: slots are judged by their names (`params.untrusted_variable_pattern`).
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm012025-prompt-injection/
#   - https://docs.github.com/en/github-models/use-github-models/storing-prompts-in-github-repositories
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-013
#   severity: low
#   effort: small
#   heuristic: true
#   applies_to: [agent_config]
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM01:2025
#     - owasp-agentic:ASI01
#     - eu-ai-act:Art. 15
#   crosswalk_backed:
#     - owasp-agentic:ASI01
#   remediation: |
#     Put the slot inside delimiters and tell the model that their content is data, not instructions.
#   example: |
#     <ticket>
#     {{ticket_body}}
#     </ticket>
package aigis.rules.agent.prompt_untrusted_input

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, v.pointer, msg) if {
	some cfg in agent.configs_of("prompt")
	some v in cfg.prompt.variables
	not v.delimited
	regex.match(lib.param("untrusted_variable_pattern"), v.name)
	msg := sprintf("Prompt %s pastes '%s' into the prompt without delimiters.", [cfg.path, v.name])
}

evidence contains lib.evidence(cfg, v.pointer, "delimits untrusted input in the prompt") if {
	some cfg in agent.configs_of("prompt")
	some v in cfg.prompt.variables
	v.delimited
	regex.match(lib.param("untrusted_variable_pattern"), v.name)
}
