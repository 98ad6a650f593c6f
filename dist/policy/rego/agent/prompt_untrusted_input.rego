# METADATA
# title: Prompt interpolates untrusted input without delimiting it
# description: |
#   A template slot such as `{{customer_message}}` or `{question}` that pastes user or document text
#   straight into a prompt lets that text read as instructions. Wrapping it in a tag pair, quotes, a
#   fenced block or delimiter lines, and saying it is data, is the first defence against prompt
#   injection. Heuristic: slots are judged by their names (`params.untrusted_variable_pattern`).
#   A prompt whose answer is constrained to JSON (a `json_object` or `json_schema` response format)
#   is not reported for a slot in a user message: the input can still steer the fields, but cannot
#   turn the answer into free text for the caller to act on. A slot in the system message is.
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
	not role_of(cfg, v) == "system"
	not whole_user_message(cfg, v)
	not json_output(cfg)
	msg := lib.format("Prompt %s pastes '%s' into the prompt without delimiters.", [cfg.path, v.name])
}

# The system message carries the instructions the model trusts most: untrusted text there speaks
# with that authority, delimiters or not. It belongs in a user message, delimited.
deny contains lib.finding(cfg, v.pointer, msg) if {
	some cfg in agent.configs_of("prompt")
	cfg.dialect in {"github-models", "prompty"}
	some v in cfg.prompt.variables
	regex.match(lib.param("untrusted_variable_pattern"), v.name)
	role_of(cfg, v) == "system"
	msg := lib.format(
		"Prompt %s pastes '%s' into the system message; pass it in a user message, delimited.",
		[cfg.path, v.name],
	)
}

evidence contains lib.evidence(cfg, v.pointer, "delimits untrusted input in the prompt") if {
	some cfg in agent.configs_of("prompt")
	some v in cfg.prompt.variables
	v.delimited
	not system_slot(cfg, v)
	regex.match(lib.param("untrusted_variable_pattern"), v.name)
}

role_of(cfg, v) := cfg.prompt.lines[v.line].role

# Only a response format the reader saw counts; an absent field leaves the rule on.
json_output(cfg) if cfg.prompt.json_output == true

# A user message that is nothing but the slot (`content: "{{input}}"`) is the user's turn itself:
# there is no instruction in it for the input to be confused with.
whole_user_message(cfg, v) if {
	role_of(cfg, v) == "user"
	regex.match(only_slot, cfg.prompt.lines[v.line].text)
}

only_slot := concat("", [`^\s*["'`, "`", `]?\{\{\s*[A-Za-z_][\w.-]*\s*\}\}["'`, "`", `]?\s*$`])

system_slot(cfg, v) if {
	cfg.dialect in {"github-models", "prompty"}
	role_of(cfg, v) == "system"
}
